/// <reference types="node" />
/**
 * Reports as they arrive at an office, built from real report text for the CLI tests: GBK bytes, a saved
 * web page, a Word file, and the bad inputs people pass by mistake (an image, an old .doc, a cut-off
 * .docx, an empty page). Seeds come from the shared corpus when it is there; fixtures always are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const RULES = path.resolve(import.meta.dirname, 'fixtures');

/** True when the shared corpus is present; tests on seeds are skipped (with a warning) otherwise. */
export const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS) console.warn(`CLI input tests on seed reports skipped: no corpus at ${SEEDS}`);

/** The seed reports as `seeds/<name>` → UTF-8 text. */
export const seeds: Record<string, string> = HAVE_SEEDS
  ? Object.fromEntries(
      readdirSync(SEEDS)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => [`seeds/${n}`, readFileSync(path.join(SEEDS, n), 'utf8')]),
    )
  : {};

/** A hand-written report from tests/fixtures/reports. */
export const report = (name: string): string => readFileSync(path.join(REPORTS, name), 'utf8');

/** A rule set from tests/cli/fixtures. */
export const ruleSet = (name: string): string => readFileSync(path.join(RULES, name), 'utf8');

/** The text in GBK, as Windows Notepad and many office systems save it. */
export const toGbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'));

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page saved from a government site: every line a paragraph, inside navigation and a footer. */
export function toHtmlPage(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const body = lines.map((l) => `<p>${escape(l.trim())}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(lines[0] ?? '')}</title>
<script>var column = '法治政府建设年度报告';</script></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/fzzf">法治政府建设年度报告</a></li></ul></div>
<div class="article">
${body}
</div>
<div class="footer"><p>版权所有:某县人民政府办公室</p></div>
</body></html>`;
}

/** A Word file: one paragraph per line. */
export async function toDocx(text: string): Promise<Uint8Array> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l.trim())] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A .docx cut off halfway, as an interrupted download leaves it. */
export async function truncatedDocx(text: string): Promise<Uint8Array> {
  const whole = await toDocx(text);
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** The start of a real PNG: signature, then the IHDR chunk of a 1×1 image. */
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

/** An old Word .doc: the OLE2 compound-file signature, then the rest of a 512-byte header. */
export const OLE2_DOC = (() => {
  const bytes = new Uint8Array(512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  return bytes;
})();

/** A saved page whose article never loaded: a title and nothing else. */
export const EMPTY_HTML = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n<body>\n</body></html>\n';

/** Status per requirement id, from the JSON output of `check`. */
export function statuses(json: string): Array<Record<string, string>> {
  const assessments = JSON.parse(json) as Array<{ findings: Array<{ requirement: string; status: string }> }>;
  return assessments.map((a) => Object.fromEntries(a.findings.map((f) => [f.requirement, f.status])));
}
