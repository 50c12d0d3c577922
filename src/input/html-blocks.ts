/**
 * The DOM half of the HTML reader: finds the report body of a parsed government page and flattens
 * the page into lines ("blocks") that remember where they sat (body, page header) and how they were
 * marked up (h1–h6, all-bold paragraph). Site chrome — navigation, breadcrumbs, sidebars, footers — is
 * never emitted. html.ts decides which blocks become the extracted text.
 */
import { DomUtils, ElementType, type parseDocument } from 'htmlparser2';

/** A parsed page. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
/** A DOM element (domhandler's Element, named through DomUtils so we do not depend on domhandler). */
export type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type AnyNode = Parameters<typeof DomUtils.getChildren>[0];

/** One line of the flattened page. */
export interface Block {
  /** Whitespace-collapsed text; '' for a deliberate empty line (an empty <p>, <br><br>). */
  text: string;
  /** Inside the main content container (always true when the page has none). */
  inMain: boolean;
  /** Inside a header-like element (<header>, class "header"): only its title and info lines are used. */
  inHeader: boolean;
  /** 1–6 for a line of an h1–h6 element. */
  hLevel: number | null;
  /** Written by a p/div, whose text may be an all-bold heading. */
  paragraph: boolean;
  /** Every visible character is inside <strong>/<b> (or font-weight: bold). */
  bold: boolean;
  /** From the title element picked by the caller. */
  title: boolean;
}

type Context = Omit<Block, 'text' | 'bold'>;

// Never part of what a reader sees. <form> is not here: ASP.NET portals wrap the whole page in one.
const NOISE = new Set(['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'object', 'embed', 'select', 'textarea', 'button', 'input', 'title', 'link', 'meta']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'center', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'hr', 'details', 'summary', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Block elements whose text, when all bold and short, is a heading (the TRS/WPS "<p><strong>一、…").
const PARAGRAPHS = new Set(['p', 'div', 'center']);
// Substrings of id/class that mark site chrome. Substrings, not tokens: CMS classes are glued
// ("leftNav", "bread_crumb", "wzfooter"). Not "print": many templates wrap title, info line and body
// in a #printContent for the print button, and the button's own 【打印本页】 is filtered by the parser.
const CHROME_ATTR = /nav|menu|breadcrumb|crumb|footer|sidebar|share|toolbar|copyright|related|pager|pagination|position|location|logo|banner|search|login/;
const HEADER_ATTR = /header/;
// Common CMS body containers (TRS, 大汉, 开普云 …), compared as whole id/class tokens; a token
// ending in -content/_text/-detail … (wz_content, news-text) counts too.
const CONTAINERS = new Set(['zoom', 'fontzoom', 'trs_editor', 'article', 'articlecontent', 'content', 'pages_content', 'ucap-content', 'view']);
const CONTAINER_SUFFIX = /[-_](content|article|text|zoom|detail)$/;
const CJK = /[\u3400-\u9fff]/g;
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// A table is layout, not data, when it holds a whole article in a cell, a nested table or headings.
const LAYOUT_CELL_CHARS = 500;

const isElement = (node: AnyNode): node is Element => ElementType.isTag(node);
const attrs = (el: Element) => `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`.toLowerCase();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const cjkCount = (text: string) => text.match(CJK)?.length ?? 0;

/**
 * Removes scripts, styles, comments and hidden elements, so no later step can read their text.
 *
 * @example
 * const doc = parseDocument('<p>正文</p><script>var a = 1</script>'); pruneNoise(doc) // doc holds <p>正文</p> only
 */
export function pruneNoise(doc: HtmlDocument): void {
  const doomed = DomUtils.filter(
    (node) =>
      node.type === ElementType.Comment ||
      node.type === ElementType.Directive ||
      (isElement(node) && (NOISE.has(node.name) || 'hidden' in node.attribs || HIDDEN_STYLE.test(node.attribs.style ?? ''))),
    doc,
  );
  for (const node of doomed) DomUtils.removeElement(node as Parameters<typeof DomUtils.removeElement>[0]);
}

/**
 * 'chrome' for navigation, footers, sidebars…; 'header' for page headers (title and info lines live there).
 *
 * @example
 * chromeKind(DomUtils.findOne((e) => e.name === 'div', parseDocument('<div class="leftNav">').children)!) // 'chrome'
 */
export function chromeKind(el: Element): 'chrome' | 'header' | null {
  if (el.name === 'nav' || el.name === 'footer' || el.name === 'aside') return 'chrome';
  // A search box or login form; a form that wraps the page holds the report and is never chrome.
  if (el.name === 'form') return textCjk(el) < 100 ? 'chrome' : null;
  const names = attrs(el);
  if (CHROME_ATTR.test(names)) return 'chrome';
  if (el.name === 'header' || HEADER_ATTR.test(names)) return 'header';
  return null;
}

/** Chinese characters in an element, not counting chrome inside it. */
function textCjk(node: AnyNode): number {
  if (node.type === ElementType.Text) return cjkCount((node as { data: string }).data);
  if (!isElement(node) && node.type !== ElementType.Root) return 0;
  if (isElement(node) && node.name !== 'form' && chromeKind(node) === 'chrome') return 0;
  return DomUtils.getChildren(node).reduce((n, child) => n + textCjk(child), 0);
}

function isContainer(el: Element): boolean {
  if (el.name === 'article' || el.name === 'main') return true;
  return attrs(el).split(/\s+/).some((token) => CONTAINERS.has(token) || CONTAINER_SUFFIX.test(token));
}

/**
 * Whether an ancestor is chrome (`only` = 'chrome': page headers do not count).
 *
 * @example
 * insideChrome(h1InsideArticleHeader, 'chrome') // false: a page header may hold the title
 */
export function insideChrome(el: Element, only?: 'chrome'): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) {
    const kind = p.name === 'form' ? null : chromeKind(p);
    if (kind && (!only || kind === only)) return true;
  }
  return false;
}

/**
 * The main content container: the candidate (article, main, a CMS body class) with the most Chinese
 * text, then the tightest candidate inside it that still holds nearly all of that text — so a
 * `.content` wrapper around breadcrumb, title and `.TRS_Editor` yields the `.TRS_Editor`.
 *
 * @example
 * findMain(parseDocument(page))?.attribs.class // 'TRS_Editor'
 */
export function findMain(doc: HtmlDocument): Element | null {
  const scored = DomUtils.findAll((el) => isContainer(el) && !insideChrome(el), doc)
    .map((el) => ({ el, score: textCjk(el) }))
    .filter((c) => c.score >= 20);
  const richest = (list: typeof scored) => list.reduce<(typeof scored)[number] | null>((a, c) => (!a || c.score > a.score ? c : a), null);
  let best = richest(scored);
  while (best) {
    const outer = best;
    // "Nearly all": 90 %, or all but 100 characters (a title and an info line) of a short report.
    const floor = Math.min(outer.score * 0.9, outer.score - 100);
    const inner = richest(scored.filter((c) => c.el !== outer.el && c.score >= floor && contains(outer.el, c.el)));
    if (!inner) break;
    best = inner;
  }
  return best?.el ?? null;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/**
 * Flattens the page into blocks, skipping chrome except where it wraps the main container.
 *
 * @example
 * toBlocks(parseDocument('<p><b>一、主要举措</b></p>'), null, null)[0] // { text: '一、主要举措', bold: true, paragraph: true, … }
 */
export function toBlocks(doc: HtmlDocument, main: Element | null, titleEl: Element | null): Block[] {
  const writer = new BlockWriter();
  const holdsMain = new Set<unknown>();
  for (let p: unknown = main; p; p = (p as Element).parent) holdsMain.add(p);
  const root: Context = { inMain: main === null, inHeader: false, hLevel: null, paragraph: false, title: false };

  const walk = (node: AnyNode, ctx: Context, bold: boolean): void => {
    if (node.type === ElementType.Text) return writer.add((node as { data: string }).data, ctx, bold);
    if (!isElement(node)) {
      if (node.type === ElementType.Root) for (const child of DomUtils.getChildren(node)) walk(child, ctx, bold);
      return;
    }
    const el = node;
    const next: Context = { ...ctx, inMain: ctx.inMain || el === main, title: ctx.title || el === titleEl };
    // Chrome is dropped unless it holds the body (a layout wrapper) or is a long text inside the body
    // (a Word class such as "MsoNormal print" must not cost a paragraph).
    let kind = holdsMain.has(el) ? null : chromeKind(el);
    if (kind && ctx.inMain && cjkCount(DomUtils.textContent(el)) >= 200) kind = null;
    if (kind === 'chrome') return writer.end();
    if (kind === 'header') next.inHeader = true;
    if (el.name === 'br') return writer.br(next);
    const isBold = bold || el.name === 'strong' || el.name === 'b' || BOLD_STYLE.test(el.attribs.style ?? '');
    if (!BLOCKS.has(el.name)) {
      for (const child of el.children) walk(child, next, isBold);
      return;
    }
    writer.end();
    const heading = /^h[1-6]$/.test(el.name) ? Number(el.name[1]) : null;
    if (heading) next.hLevel = heading;
    next.paragraph = heading === null && PARAGRAPHS.has(el.name);
    if (el.name === 'table' && !isLayoutTable(el)) {
      for (const row of DomUtils.getElementsByTagName('tr', el)) writer.line(rowText(row), next);
      return;
    }
    const before = writer.count;
    for (const child of el.children) walk(child, next, isBold);
    writer.end();
    // An empty paragraph is the page's own blank line.
    if (el.name === 'p' && writer.count === before) writer.line('', next);
  };

  walk(doc, root, false);
  return writer.blocks;
}

function isLayoutTable(table: Element): boolean {
  if (DomUtils.findOne((el) => el.name === 'table' || /^h[1-6]$/.test(el.name), table.children)) return true;
  return DomUtils.findAll((el) => el.name === 'td' || el.name === 'th', table.children).some((cell) => cjkCount(DomUtils.textContent(cell)) >= LAYOUT_CELL_CHARS);
}

/** One table row as text: cells joined with ' | ', empty cells left out. */
function rowText(row: Element): string {
  return row.children
    .filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
    .map(cellText)
    .filter(Boolean)
    .join(' | ');
}

/** A cell's text on one line: its paragraphs and line breaks become spaces. */
function cellText(node: AnyNode): string {
  if (node.type === ElementType.Text) return (node as { data: string }).data;
  if (!isElement(node)) return '';
  const inner = node.children.map(cellText).join('');
  return collapse(BLOCKS.has(node.name) || node.name === 'br' ? ` ${inner} ` : inner);
}

/** Collects inline text into lines; a line takes the context of its first piece of text. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private parts: Array<{ text: string; bold: boolean }> = [];
  private ctx: Context | null = null;

  get count(): number {
    return this.blocks.length;
  }

  add(text: string, ctx: Context, bold: boolean): void {
    if (this.parts.length === 0) this.ctx = ctx;
    this.parts.push({ text, bold });
  }

  line(text: string, ctx: Context, bold = false): void {
    this.blocks.push({ ...ctx, text, bold });
  }

  /** Ends the current line, if any text was written. */
  end(): void {
    const text = collapse(this.parts.map((p) => p.text).join(''));
    const visible = this.parts.filter((p) => p.text.trim());
    if (text && this.ctx) this.line(text, this.ctx, visible.every((p) => p.bold));
    this.parts = [];
    this.ctx = null;
  }

  /** A <br> ends the line; a second one in a row is the page's own blank line. */
  br(ctx: Context): void {
    if (this.parts.some((p) => p.text.trim())) this.end();
    else this.line('', ctx);
    this.parts = [];
  }
}
