/**
 * HTML → text: a saved government web page becomes the report text a reader sees on it. The page's
 * title and its 发布时间/来源 line come first, one per line, so the parser's header reading finds them;
 * then the body, one line per paragraph, table rows as `cell | cell`. Headings marked up as h1–h6 or
 * as all-bold short paragraphs become heading hints. Navigation, breadcrumbs, sidebars and footers —
 * where the column name 法治政府建设年度报告 appears on every page of the column — are left out.
 */
import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { InputError } from '../errors.js';
import { parseDate } from '../parse/dates.js';
import type { ReportMeta } from '../types.js';
import { findMain, insideChrome, pruneNoise, toBlocks, type Block, type Element, type HtmlDocument } from './html-blocks.js';
import { MAX_HTML_DEPTH, treeDepth, tooDeep } from './depth-limit.js';
import type { ExtractedText, HeadingHint, InputFormat } from './types.js';

type AnyNode = HtmlDocument['children'][number];
const childNodes = (node: AnyNode | HtmlDocument): readonly AnyNode[] | null => ('children' in node ? node.children : null);

// Header fields worth keeping; the others in the alternation (浏览次数, 字体 …) only end a value.
const KEPT_FIELDS = ['发布时间', '发布日期', '发文日期', '成文日期', '印发日期', '日期', '时间', '信息来源', '文章来源', '来源', '发布机构', '发文机关', '索引号', '发文字号', '文件编号', '文号'];
const OTHER_FIELDS = ['作者', '责任编辑', '编辑', '浏览次数', '浏览量', '点击数', '点击量', '点击率', '阅读次数', '访问量', '字体', '字号', '分享到', '主题分类', '组配分类', '体裁分类', '有效性', '公开方式', '关键词', '所属机构'];
const FIELD = new RegExp(`(${[...KEPT_FIELDS, ...OTHER_FIELDS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`, 'g');
const DATE_FIELDS = new Set(['发布时间', '发布日期', '发文日期', '日期', '时间']);
const TITLE_WORD = /报告|函|要点|通知|意见|公告|通报|方案|计划|总结|情况|决定|办法|规定|纲要/;
const NUMBERED = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[部分章节])/;
// An all-bold paragraph longer than this, or ending a sentence, is emphasis, not a heading.
const MAX_BOLD_HEADING = 40;

/**
 * Whether a line reads as a document title: short, not a sentence, not numbered, and naming a kind
 * of document (报告, 情况, 函 …) — so a site logo (XX县人民政府门户网站) or a column name is not one.
 */
function looksLikeTitle(text: string): boolean {
  if (text.length < 6 || text.length > 80 || /[。；;，,！!？?：:]$/.test(text) || NUMBERED.test(text)) return false;
  if ((text.match(/[。，,]/g) ?? []).length > 1) return false;
  return TITLE_WORD.test(text) && !/(门户网站|政府网|政务网|信息网)$/.test(text);
}

/** `<meta name="PubDate">`, `<meta name="ContentSource">` … by lower-cased name. */
function headMeta(doc: HtmlDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of DomUtils.getElementsByTagName('meta', doc)) {
    const name = (el.attribs.name ?? '').toLowerCase();
    const content = (el.attribs.content ?? '').trim();
    if (name && content && !map.has(name)) map.set(name, content);
  }
  return map;
}

/** The document title in `<title>`: the first segment, before the site and column names, that reads as a title. */
function pageTitle(doc: HtmlDocument): string | null {
  const el = DomUtils.getElementsByTagName('title', doc, true, 1)[0];
  const raw = el ? DomUtils.textContent(el).replace(/\s+/g, ' ').trim() : '';
  // A dash between digits is a range (2021-2025年), not a separator.
  const segments = raw.split(/\s*[_|｜]\s*|\s+[-–—]\s+|(?<!\d)\s*[-–—]\s*|\s*[-–—]\s*(?!\d)/);
  return segments.map((s) => s.trim()).find(looksLikeTitle) ?? null;
}

/**
 * The title element: the first h1 that reads as a title, outside site chrome (a logo in <h1> is not
 * one); else an element whose id/class says "title" and whose text is the page's own title
 * (ArticleTitle or <title>), as in CMS templates that set the title in a <div class="article-title">.
 */
function findTitleElement(doc: HtmlDocument, known: string | null): Element | null {
  const textOf = (el: Element) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
  const h1 = DomUtils.findOne((el) => el.name === 'h1' && looksLikeTitle(textOf(el)) && !insideChrome(el, 'chrome'), doc);
  if (h1 || !known) return h1;
  // Only with the page's own title to compare: a sidebar's <h3>法治政府建设年度报告</h3> reads as a title too.
  const same = (text: string) => text.replace(/\s/g, '') === known.replace(/\s/g, '');
  const marked = (el: Element) => /^h[2-6]$/.test(el.name) || /title/i.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`);
  return DomUtils.findOne((el) => marked(el) && same(textOf(el)) && !insideChrome(el, 'chrome'), doc);
}

/**
 * Header fields in one info line, each as `key：value` (`发布时间：2024-03-15 09:30`). Only a line
 * that starts with a field counts, so a body sentence quoting "来源：" is never taken.
 */
function headerFields(line: string): string[] {
  const text = line.replace(/^[【\[\s]+/, '');
  if (text.length > 200) return [];
  const matches = [...text.matchAll(FIELD)];
  if (matches[0]?.index !== 0) return [];
  return matches.flatMap((m, i) => {
    const key = m[1] as string;
    const end = matches[i + 1]?.index ?? text.length;
    const value = text.slice((m.index ?? 0) + m[0].length, end).replace(/^[\s|【\[]+|[\s|【】\[\]]+$/g, '');
    return KEPT_FIELDS.includes(key) && value ? [`${key}：${value}`] : [];
  });
}

/** Numbering style of a heading (一、 / （一） / 1. …), to tell levels of all-bold headings apart. */
function numberingOf(text: string): string {
  const m = NUMBERED.exec(text) ?? /^[①-⑳]|^[（(]\d+[）)]/.exec(text);
  if (!m) return 'none';
  // （一） and (二) are one style; so are 1. and 1、.
  return m[0].replace(/[一二三四五六七八九十]+/g, '一').replace(/\d+/g, '1').replace(/（/g, '(').replace(/）/g, ')').replace(/[、．]/g, '.');
}

function isBoldHeading(block: Block): boolean {
  return block.paragraph && block.bold && block.text.length <= MAX_BOLD_HEADING && !/[。；;，,：:]$/.test(block.text);
}

/**
 * Heading hints for the body lines. h1–h6 keep their order; an all-bold paragraph sits below the last
 * h-level seen, each numbering style one level deeper than the styles seen before it (一、 above
 * （一） above 1.) — the parser closes a hinted section at a heading of the same level, so giving
 * every bold heading one level would make each （一） a sibling of its 一、. Levels are then shifted
 * so the top one is 1.
 */
function headingHints(body: Block[], firstLine: number, skip: ReadonlySet<number>): HeadingHint[] {
  const raw: HeadingHint[] = [];
  const depth = new Map<string, number>();
  let lastH: number | null = null;
  for (const [i, block] of body.entries()) {
    if (!block.text || skip.has(i)) continue;
    if (block.hLevel !== null && block.text.length <= 100) {
      lastH = block.hLevel;
      raw.push({ line: firstLine + i, level: block.hLevel });
    } else if (isBoldHeading(block)) {
      const style = numberingOf(block.text);
      if (!depth.has(style)) depth.set(style, depth.size);
      raw.push({ line: firstLine + i, level: (lastH ?? 1) + 1 + (depth.get(style) as number) });
    }
  }
  const top = Math.min(...raw.map((h) => h.level));
  return raw.map((h) => ({ line: h.line, level: h.level - top + 1 }));
}

/** Drops leading and trailing empty lines and keeps at most one empty line in a row. */
function tidy(blocks: Block[]): Block[] {
  const out = blocks.filter((b, i) => b.text || (i > 0 && blocks[i - 1]?.text));
  while (out.length && !out[0]?.text) out.shift();
  while (out.length && !out[out.length - 1]?.text) out.pop();
  return out;
}

/**
 * The page's metadata: the first title candidate that reads as a title, the publication date from
 * <meta name="PubDate"> (or the 发布时间/发布日期 field), the issuer from ContentSource/author.
 */
function pageMeta(tags: Map<string, string>, titles: Array<string | null | undefined>, header: string[]): Partial<ReportMeta> {
  const meta: Partial<ReportMeta> = {};
  const title = titles.find((t): t is string => !!t && looksLikeTitle(t));
  if (title) meta.title = title;
  const tagDate = tags.get('pubdate') ?? tags.get('publishdate') ?? tags.get('firstpublishedtime');
  const field = header.find((l) => DATE_FIELDS.has(l.split('：')[0] as string));
  const published = (tagDate ? parseDate(tagDate) : null) ?? (field ? parseDate(field) : null);
  if (published) meta.published = published;
  const issuer = tags.get('contentsource') ?? tags.get('author');
  if (issuer) meta.issuer = issuer;
  return meta;
}

/**
 * The extraction without the empty-page check; the .docx reader uses it with its own message.
 *
 * @internal
 * @example
 * htmlToText(mammothHtml, 'docx').format // 'docx'
 */
export function htmlToText(html: string, format: InputFormat = 'html', name?: string): ExtractedText {
  const doc = parseDocument(html);
  // htmlparser2 builds the tree without recursion; the walks below recurse, so measure it first.
  if (treeDepth<AnyNode | HtmlDocument>(doc, childNodes, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw tooDeep(name, 'HTML elements', MAX_HTML_DEPTH);
  const metaTags = headMeta(doc);
  const fromTitleTag = pageTitle(doc);
  pruneNoise(doc);
  const main = findMain(doc);
  const titleEl = findTitleElement(doc, metaTags.get('articletitle') ?? fromTitleTag);
  const blocks = toBlocks(doc, main, titleEl);

  const isBody = (b: Block) => b.inMain && !b.inHeader && !b.title;
  let body = tidy(blocks.filter(isBody));
  const titleText = blocks.filter((b) => b.title && b.text).map((b) => b.text).join(' ') || null;
  // Title and info lines sit outside the body, often in the page header; chrome never reached here.
  // A page may show its date twice (above and below the body): the first of each field is kept.
  const fields = blocks.filter((b) => !isBody(b) && !b.title).flatMap((b) => headerFields(b.text));
  const header = fields.filter((f, i) => fields.findIndex((g) => g.split('：')[0] === f.split('：')[0]) === i);
  if (titleText && body[0]?.text.replace(/\s/g, '') === titleText.replace(/\s/g, '')) body = body.slice(1);

  // Without an <h1>, a bold or heading first line of the body is the title (a Word title paragraph).
  const first = body[0];
  const bodyTitle = !titleText && first && (first.hLevel !== null || isBoldHeading(first)) && looksLikeTitle(first.text) ? first.text : null;
  const top = [...(titleText ? [titleText] : []), ...header];
  const firstBodyLine = top.length ? top.length + 2 : 1;
  const lines = [...top, ...(top.length && body.length ? [''] : []), ...body.map((b) => b.text)];

  // An info line inside the body (a page with no body container) still dates the page.
  const leading = body.slice(0, 5).flatMap((b) => headerFields(b.text));
  const meta = pageMeta(metaTags, [titleText, bodyTitle, metaTags.get('articletitle') ?? null, fromTitleTag], [...header, ...leading]);
  return {
    text: lines.join('\n'),
    format,
    encoding: null,
    headings: headingHints(body, firstBodyLine, new Set(bodyTitle ? [0] : [])),
    boilerplateLines: [],
    softBreaks: [],
    meta,
  };
}

/**
 * Extracts the report text of a saved web page, with the page's title and header fields first and
 * its h1–h6 / bold headings as heading hints. Site navigation, sidebars and footers are left out.
 *
 * @param html The page, already decoded (see {@link declaredCharset}).
 * @param name The input's name, for the error message.
 * @throws InputError `INPUT_EMPTY` when the page shows no text outside scripts and site chrome.
 * @example
 * const page = extractHtml('<h1>XX县2023年度法治政府建设工作报告</h1><div class="info">发布时间：2024-03-15 浏览次数：52</div>' +
 *   '<div class="TRS_Editor"><p>2023年，XX县坚持以习近平法治思想为指导，扎实推进法治政府建设。</p></div>')
 * page.text // 'XX县2023年度法治政府建设工作报告\n发布时间：2024-03-15\n\n2023年，XX县坚持以习近平法治思想为指导，扎实推进法治政府建设。'
 * page.meta.published // '2024-03-15'
 */
export function extractHtml(html: string, name?: string): ExtractedText {
  const extracted = htmlToText(html, 'html', name);
  if (!extracted.text.trim()) {
    throw new InputError(
      'INPUT_EMPTY',
      `${name ?? 'the page'} has no text: the HTML page shows nothing outside scripts, navigation and footers (a page whose text is loaded by script saves empty); save it again from the browser after it has loaded, or copy the report text into a .txt file`,
      { file: name ?? null },
    );
  }
  return extracted;
}

/**
 * The character set a page declares in its first 2 KB (`<meta charset>`, `<meta http-equiv=
 * "Content-Type" content="…; charset=…">`, or an XML declaration), lower-cased; null when none.
 * Read with htmlparser2's tokenizer, so a commented-out or quoted tag does not count.
 *
 * @example
 * declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">') // 'gb2312'
 */
export function declaredCharset(head: string): string | null {
  const found: { charset: string | null } = { charset: null };
  const parser = new Parser({
    onopentag(name, attribs) {
      if (found.charset || name !== 'meta') return;
      if (attribs.charset) found.charset = attribs.charset;
      else if ((attribs['http-equiv'] ?? '').toLowerCase() === 'content-type') {
        found.charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attribs.content ?? '')?.[1] ?? null;
      }
    },
    // In HTML mode the tokenizer reads `<?xml … ?>` as a (bogus) comment, as browsers do.
    oncomment(data) {
      found.charset ??= /^\?xml\b.*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(data)?.[1] ?? null;
    },
  });
  parser.end(head.slice(0, 2048));
  return found.charset?.trim().toLowerCase() || null;
}
