/**
 * The dashboard's stylesheet, inlined into the page so it works offline and from a file: URL. A TS
 * string rather than a .css file so the core stays free of fs and bundlers need no loader.
 */
export const DASHBOARD_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --met: #1a7f37; --partial: #9a6700; --missing: #cf222e; --other: #8c959f; --bar: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 22px; margin: 0 0 16px; }
h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
h3 { font-size: 15px; margin: 16px 0 8px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 0; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card dt { color: var(--muted); font-size: 13px; }
.card dd { margin: 0; font-size: 24px; font-weight: 600; }
.card dd.small { font-size: 15px; font-weight: 500; }
.card dd small { font-size: 13px; font-weight: 400; color: var(--muted); }
.charts { display: grid; grid-template-columns: 3fr 2fr; gap: 24px; }
@media (max-width: 900px) { .charts { grid-template-columns: 1fr; } }
figure { margin: 0; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
figcaption { font-weight: 600; margin-bottom: 8px; }
svg text { font-size: 12px; fill: var(--ink); }
svg .axis { stroke: var(--line); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); white-space: nowrap; }
th.group { text-align: center; }
#reports th[data-sort] { cursor: pointer; user-select: none; }
#reports th[aria-sort="ascending"]::after { content: " ▲"; }
#reports th[aria-sort="descending"]::after { content: " ▼"; }
#reports td:nth-child(1) { min-width: 12em; word-break: break-all; }
#reports td:nth-child(2) { min-width: 16em; }
#reports td:nth-child(4) { min-width: 8em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-met { color: var(--met); }
.status-partial { color: var(--partial); }
.status-missing, .status-unknown, .fail { color: var(--missing); }
.status-not-applicable, .status-waived { color: var(--other); }
.pass { color: var(--met); }
.flagged { color: var(--missing); cursor: help; }
details { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--line); color: var(--muted); }
.hint { color: var(--muted); font-size: 13px; font-weight: 400; }
.gap { margin: 6px 0; }
.error-list li { color: var(--missing); }
footer { max-width: 1200px; margin: 32px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
`;
