/**
 * Recognises lines that are not report text: web-page chrome (breadcrumbs, font switches, footers),
 * flattened metadata tables, page numbers. They are kept out of the outline; metadata lines are
 * still read by meta.ts.
 */

import { DATE_PATTERN } from './dates.js';

/** Why a line is boilerplate. */
export type BoilerplateKind = 'chrome' | 'metadata' | 'page-number' | 'table-rule';

// Toolbar, breadcrumb and footer phrases of government portals that never occur in report text.
// Matched only on short lines, so a report paragraph that happens to quote one is never dropped.
const CHROME = [
  /^(首页|主页|当前位置|您的位置|您现在的位置|所在位置)/,
  /首页\s*[>›»]/,
  /[>›»].*[>›»]/,
  /字体\s*[:：]?\s*(\[|【|大|中|小|$)/,
  /^[【\[]?\s*(大|中|小)\s*[】\]]?(\s*[【\[]?\s*(大|中|小)\s*[】\]]?){1,2}$/,
  /ICP\s*备|ICP\s*证|网站标识码|公网安备|网安备|返回顶部|回到顶部|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|分享到[:：]?|扫一扫|浏览次数|访问次数|阅读次数|本文链接|上一篇|下一篇/,
  /^(打印|关闭|收藏|分享|纠错)(\s+(打印|关闭|收藏|分享|纠错))*$/,
  /^[\u4e00-\u9fa5]{2,30}(门户网站|政府网站|人民政府网|政务网|政务服务网|信息网)$/,
  /^附件\s*\d{0,2}\s*[:：]?$/,
  /^(相关链接|相关文章|相关阅读|相关新闻|相关文件|推荐阅读)\s*[:：]?$/,
];

// Footer words that are also ordinary report words (无障碍环境建设, 承办单位, 技术支持…): chrome only on a
// line that is neither numbered nor a sentence.
const WEAK_CHROME = /版权所有|主办单位|承办单位|协办单位|技术支持|网站地图|联系我们|无障碍|适老化|长者模式|政务微信|政务微博|访问量|点击数/;

// What a page puts right after the article: its buttons and its footer. Read only right after a date.
const PAGE_END_CHROME = '[【\\[]?\\s*(打印本页|关闭窗口|打印|关闭|收藏|分享|纠错)\\s*[】\\]]?|主办单位|承办单位|网站标识码|ICP\\s*备|公网安备|版权所有|技术支持|返回顶部|分享到|扫一扫|上一篇|下一篇|相关链接|相关文章|[【\\[]?\\s*字体\\s*[:：]|[(（]?\\s*责任编辑|浏览次数|阅读次数|访问次数';
// How far from the end of a line the signature's date may stand: the buttons and footer after it.
const PAGE_END_TAIL = 400;
// The date, then the chrome, maybe after an end note in brackets ("(此件公开发布)"), which goes with it.
const DATE_THEN_CHROME = new RegExp(`(?:${DATE_PATTERN.source})(?=\\s*(?:[(（][^)）]{0,20}[)）]\\s*)?(?:${PAGE_END_CHROME}))`);

/**
 * Where a web page's chrome starts after the signature's date on the same line, or -1: a page
 * flattened onto a few lines runs the signature into its buttons and footer ("…人民政府 2024年3月28日
 * 【打印本页】【关闭窗口】 主办单位:… 网站标识码…"), and the line would be chrome, or end in it. The date
 * is written in any of the forms a signature uses (2024年3月28日, 二〇二四年三月二十八日, 2024-03-28).
 *
 * @example
 * chromeAfterDate('柳岸县人民政府 2024年3月28日 【打印本页】') // 19
 */
export function chromeAfterDate(line: string): number {
  // Only the end of the line is read: the signature closes the text, and a regex run over the whole
  // of a document flattened onto one line cost as much as a tenth of its parse.
  const from = Math.max(0, line.length - PAGE_END_TAIL);
  const m = DATE_THEN_CHROME.exec(from === 0 ? line : line.slice(from));
  if (!m) return -1;
  let at = from + m.index + m[0].length;
  while (at < line.length && /\s/.test(line[at] as string)) at++;
  return at;
}

/** Lines after which a web page has nothing but links and footer. */
export const FOOTER_START = /^(相关链接|相关文章|相关阅读|相关新闻|相关文件|推荐阅读|扫一扫在手机|版权所有)/;

/**
 * Words of a template's placeholder, which asks to be filled in ("【填写存在的问题】", "【单位名称】"): a
 * bracketed phrase with one of them is a blank, not a heading or a label of the text.
 */
export const FILL_IN = '填|请|此处|输入|插入|补充|名称|数据|数字|日期|姓名|单位|时间|××|xx|XX';

const METADATA = /^(发布时间|发布日期|发文日期|公开日期|成文日期|印发日期|日期|时间|来源|信息来源|文章来源|作者|编辑|责任编辑|索引号|文号|发文字号|文件编号|发布机构|发文机关|组配分类|主题分类|体裁分类|有效性|公开方式|公开范围|关键词|所属机构)\s*[:：|]/;

const LABELLED_DATE = /(发布时间|发布日期|发文日期|公开日期|成文日期|印发日期)\s*[:：]\s*\d/;

/** A page's info line that starts with the time of posting and no label: "2024-03-28 10:21 来源:县司法局". */
export const POSTED_LINE = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=来源|信息来源|作者|浏览|点击|字体|访问|阅读)/;

const PAGE_NUMBER = [/^[-—–_\s]*\d{1,4}[-—–_\s]*$/, /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, /^\d{1,4}\s*\/\s*\d{1,4}$/, /^(page\s*)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i];

/**
 * Classifies one trimmed, normalised line; returns null for report text.
 *
 * @example
 * classifyLine('网站标识码: 5001100002') // 'chrome'
 */
export function classifyLine(line: string): BoilerplateKind | null {
  if (line.length === 0) return null;
  if (/^[|\s\-=_+*·•]+$/.test(line)) return 'table-rule';
  if (line.length <= 120 && METADATA.test(line)) return 'metadata';
  // A labelled date inside a note ("(转载自…网站 原发布日期:2022年3月25日)"): a field, not a sentence.
  if (line.length <= 120 && LABELLED_DATE.test(line) && !/。/.test(line)) return 'metadata';
  if (line.length <= 120 && POSTED_LINE.test(line)) return 'metadata';
  if (line.length <= 20 && PAGE_NUMBER.some((re) => re.test(line))) return 'page-number';
  if (line.length <= 100 && CHROME.some((re) => re.test(line))) return 'chrome';
  if (line.length <= 60 && WEAK_CHROME.test(line) && !/[。,;]/.test(line) && !/^\s*[(（第一二三四五六七八九十\d①-⑳]/.test(line)) return 'chrome';
  return null;
}
