/**
 * Document metadata: the title, the report year, the issuer and its level, and the dates. Read from
 * the web-page header fields, the title line, the opening sentence and the signature block.
 */
import type { IssuerLevel, IsoDate } from '../types.js';
import { POSTED_LINE } from './boilerplate.js';
import { DATE_PATTERN, isoDate, parseDate } from './dates.js';
import { parseNumeral } from './numerals.js';

/** Fields read from header lines such as `发布时间: 2021-03-23` or a flattened metadata table. */
export interface HeaderFields {
  published: IsoDate | null;
  written: IsoDate | null;
  docNumber: string | null;
  publisher: string | null;
}

const LABELS = '发布时间|发布日期|发文日期|公开日期|成文日期|印发日期|日期|时间|文号|发文字号|文件编号|发布机构|发文机关';
// A value runs to a table pipe, the end, a wide gap, the next known label of the page's info line, or
// the next field ("成文日期:2024-03-20 发布日期:2024-04-08" is two fields, not one long value).
const FIELD = new RegExp(`(${LABELS})\\s*[:：]\\s*\\|?\\s*([^|]*?)\\s*(?=\\||$|\\s{2,}|字体|来源|浏览|(?:${LABELS})\\s*[:：])`, 'g');

/**
 * Reads known header fields from metadata lines (normalised text).
 *
 * @example
 * readHeaderFields(['发布时间: 2021-03-23 09:33 字体:[]']).published // '2021-03-23'
 */
export function readHeaderFields(lines: readonly string[]): HeaderFields {
  const fields: HeaderFields = { published: null, written: null, docNumber: null, publisher: null };
  for (const line of lines) {
    for (const m of line.matchAll(FIELD)) {
      const key = m[1] as string;
      const value = (m[2] as string).trim();
      if (!value) continue;
      if (/^(发布时间|发布日期|发文日期|公开日期|日期|时间)$/.test(key)) fields.published ??= parseDate(value);
      else if (/^(成文日期|印发日期)$/.test(key)) fields.written ??= parseDate(value);
      else if (/^(文号|发文字号|文件编号)$/.test(key)) fields.docNumber ??= value;
      else fields.publisher ??= value;
    }
    const posted = POSTED_LINE.exec(line);
    if (posted) fields.published ??= parseDate(posted[1] as string);
  }
  return fields;
}

/** Words one of which a document title holds: the kind of document it names. */
export const TITLE_WORDS = /报告|函|要点|通知|意见|公告|解读|通报|方案|计划|总结|情况|会议|召开|审议/;

/**
 * Whether a line (normalised, trimmed, table pipes removed) reads as a document title: short, not a
 * sentence, not numbered.
 */
export function isTitleLike(line: string): boolean {
  if (line.length < 6 || line.length > 80) return false;
  if (/[。;,!?]$/.test(line) || /^[(第一二三四五六七八九十\d①-⑳]/.test(line.replace(/^关于/, 'X'))) return false;
  if ((line.match(/[,。]/g) ?? []).length > 1) return false;
  return TITLE_WORDS.test(line);
}

/** Removes flattened-table pipes around a line. */
export function stripPipes(line: string): string {
  return line.replace(/^[|\s]+|[|\s]+$/g, '').trim();
}

/**
 * Reads the report year: from the title first (2023年度…), then from the opening sentence
 * ("2022年以来,…", "2020,全县…" where a character was lost).
 *
 * @example
 * readYear('湄潭县2020年度法治政府建设工作报告', '') // 2020
 */
export function readYear(title: string | null, opening: string): number | null {
  const fromTitle = title?.match(/((?:19|20)\d{2})\s*年/);
  if (fromTitle) return Number(fromTitle[1]);
  const written = title?.match(CN_YEAR);
  if (written) return parseNumeral(written[1] as string);
  // Not the end of a period such as 《纲要(2021—2025年)》.
  const fromOpening = opening.slice(0, 120).match(/^[^。《]{0,20}?(?<![-—–~至到\d])((?:19|20)\d{2})\s*(?:年|[,，])/);
  return fromOpening ? Number(fromOpening[1]) : null;
}

/** A year written in Chinese numerals: 二〇二三年, 二○二三年. */
const CN_YEAR = /(二[〇○零][〇○零一二三四五六七八九]{2})\s*年/;

const ORG_SUFFIX = /(人民政府|政府|委员会|委|局|厅|办公室|办事处|办|管委会|中心|省|自治区|市|州|盟|县|区|旗|镇|乡|街道)$/;

/**
 * Reads the issuer from the title prefix ("湄潭县2020年度…", "XX市人民政府关于…") or the opening
 * sentence ("2022年以来,南村镇深入贯彻…").
 */
export function readIssuer(title: string | null, opening: string): string | null {
  if (title) {
    const prefix = title.replace(/^关于/, '').match(/^(.{2,30}?)(?:关于|(?:19|20)\d{2}\s*年|二[〇○零][〇○零一二三四五六七八九]{2}\s*年)/);
    const name = prefix?.[1]?.trim();
    if (name && ORG_SUFFIX.test(name)) return name;
  }
  const lead = opening.slice(0, 80).replace(/^[^,，。]{0,12}?(?:19|20)\d{2}\s*年?(?:度|以来|来)?\s*[,，]?\s*/, '');
  const m = lead.match(/^([\u4e00-\u9fa5]{2,20}?(?:省|自治区|市|州|县|区|旗|镇|乡|街道|局|厅|委))(?=[\u4e00-\u9fa5])/);
  const name = m?.[1];
  if (name && !/^(我|本|全|各|今|该)/.test(name)) return name;
  return null;
}

/**
 * Guesses the administrative level from the issuer's name: a department when it ends in 局/厅/委…,
 * otherwise the lowest administrative unit named (镇 → township, 区/县 → county …).
 *
 * @example
 * readLevel('益阳市赫山区人民政府') // 'county'
 * readLevel('海盐县司法局') // 'department'
 */
export function readLevel(issuer: string | null): IssuerLevel | null {
  if (!issuer) return null;
  const names = issuer.split(/[、,，\s]+/).filter(Boolean);
  const main = names.find((n) => /政府$/.test(n)) ?? names[names.length - 1] ?? '';
  let bare = main.replace(/(人民政府|政府)$/, '');
  // A Party committee (中共XX区委员会, XX县委) stands for its area, not for a department.
  if (/^中共/.test(bare)) bare = bare.replace(/^中共/, '').replace(/委员会$/, '');
  bare = bare.replace(/([省市县区镇乡])(党)?委$/, '$1');
  if (/(局|厅|办公室|办|委员会|委|中心|院|队)$/.test(bare) && !/街道办事处$/.test(bare)) return 'department';
  // The four municipalities directly under the central government are province-level.
  if (/^(北京|上海|天津|重庆)市?$/.test(bare)) return 'province';
  const units = [...bare.matchAll(/省|自治区|特别行政区|市|州|盟|地区|县|区|旗|镇|乡|街道|苏木/g)];
  const last = units[units.length - 1]?.[0];
  if (!last) return null;
  if (/省|自治区|特别行政区/.test(last)) return 'province';
  if (/市|州|盟|地区/.test(last)) return 'city';
  if (/县|区|旗/.test(last)) return 'county';
  return 'township';
}

/** The signature block at the end: who signed and when. */
export interface Signature {
  issuers: string[];
  date: IsoDate | null;
  /** Offset in the normalised text where the signature starts (it is kept out of the outline). */
  start: number;
}

const ORG_LINE = /^[\u4e00-\u9fa5()]{2,30}(人民政府|政府|委员会|党委|局|厅|办公室|办事处|管委会|委|办|镇|乡|街道|中心)$/;
const DATE_AT_END = new RegExp(`(${DATE_PATTERN.source})\\s*\\|?\\s*$`);
// A date line that lost characters ("2024226日", "20231月"): still a signature date line.
const GARBLED_DATE_LINE = /^(?:19|20)\d{2}\s*年?\s*\d{1,4}\s*月?\s*\d{0,2}\s*日$/;

// A date at the end of a line is short: it is looked for in the line's tail only, so a document
// flattened onto one line is not scanned whole (the regex, anchored at the end, would try every start).
const DATE_TAIL = 80;

function dateAtEnd(line: string): RegExpExecArray | null {
  if (line.length <= DATE_TAIL) return DATE_AT_END.exec(line);
  const from = line.length - DATE_TAIL;
  const m = DATE_AT_END.exec(line.slice(from));
  if (m) m.index += from;
  return m;
}

/**
 * Reads a date that lost its 年/月 ("2024226日"): the digits after the year are split into month and
 * day in every possible way, and the date is kept only when exactly one split is a real date.
 */
export function parseGarbledDate(text: string): IsoDate | null {
  const m = /^((?:19|20)\d{2})\s*年?\s*(\d{1,4})\s*月?\s*(\d{0,2})\s*日$/.exec(text.trim());
  if (!m) return null;
  const digits = `${m[2]}${m[3]}`;
  const candidates = new Set<IsoDate>();
  for (let cut = 1; cut < digits.length && cut <= 2; cut++) {
    const date = isoDate(Number(m[1]), Number(digits.slice(0, cut)), Number(digits.slice(cut)));
    if (date && digits.slice(cut).length <= 2) candidates.add(date);
  }
  return candidates.size === 1 ? [...candidates][0] as IsoDate : null;
}

/**
 * Finds a signature block at the end of the content: short organisation lines followed by a date
 * line, or the same run into the last line ("…人才队伍。 海盐县司法局 2023年6月5日").
 * `lines` are [start, end) ranges of non-boilerplate, non-empty lines in the normalised text.
 */
export function findSignature(norm: string, lines: ReadonlyArray<[number, number]>): Signature | null {
  const last = lines[lines.length - 1];
  if (!last) return null;
  const lastText = norm.slice(last[0], last[1]);
  const dateMatch = dateAtEnd(lastText);
  const garbled = !dateMatch && GARBLED_DATE_LINE.test(lastText.trim());
  if (!dateMatch && !garbled) return null;
  const date = dateMatch ? parseDate(dateMatch[1] as string) : parseGarbledDate(lastText);
  const dateStart = dateMatch ? last[0] + (dateMatch.index ?? 0) : last[0];
  const before = norm.slice(last[0], dateStart);
  const tail = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('|')) + 1).trim();
  if (tail) {
    // Signature run into the last paragraph: organisation names between the last sentence end and the date.
    const names = tail.split(/\s+/);
    if (!names.every((t) => ORG_LINE.test(t))) return null;
    return { issuers: names, date, start: last[0] + before.lastIndexOf(tail) };
  }
  // Organisation lines just above a date line.
  const issuers: string[] = [];
  let start = before.trim() ? dateStart : last[0];
  for (let i = lines.length - 2; i >= 0 && issuers.length < 4; i--) {
    const [s, e] = lines[i] as [number, number];
    // Joint signatures often share a line: "中共青禾县委　青禾县人民政府".
    const names = norm.slice(s, e).trim().split(/\s+/);
    if (!names.every((n) => ORG_LINE.test(n))) break;
    issuers.unshift(...names);
    start = s;
  }
  return { issuers, date, start };
}
