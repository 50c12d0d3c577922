/**
 * The character scanners of the parser (numbering markers, 一是 items, line breaks, bare lines) give
 * what the plain regex scans they replaced give, on strings made of the characters that matter. The
 * references below are those scans, written for clarity, not speed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareLine } from '../../src/parse/frame.js';
import { splitLines, trimRange } from '../../src/parse/lines.js';
import { findItems, findMarkers } from '../../src/parse/markers.js';
import { parseNumeral } from '../../src/parse/numerals.js';
import { FC as BASE } from '../property/support.js';

// The scans are cheap: many more runs than the property tests of whole reports.
const FC = { seed: BASE.seed, numRuns: 1500 };

const CN = '[一二三四五六七八九十]{1,3}';
const MARKER = new RegExp(
  [`(?<part>第(?:${CN})部分)`, `(?<cnParen>\\((?:${CN})\\))`, `(?<cn>(?:${CN})[、.](?![一二三四五六七八九十]))`, `(?<arabicParen>\\(\\d{1,2}\\))`, `(?<arabic>\\d{1,2}(?:[、]|\\.(?!\\d)))`, `(?<circled>[\\u2460-\\u2473])`].join('|'),
  'g',
);
const KIND: Record<string, string> = { part: 'part', cnParen: 'cn-paren', cn: 'cn', arabicParen: 'arabic-paren', arabic: 'arabic', circled: 'circled' };

function referenceMarkers(norm: string, from: number, to: number) {
  const found = [];
  for (const m of norm.slice(from, to).matchAll(MARKER)) {
    const index = from + (m.index ?? 0);
    const before = index === from ? '' : norm.slice(0, index);
    const [group, text] = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined) as [string, string];
    const kind = KIND[group] as string;
    const bounded = before === '' || /[。;!?:\s|]$/.test(before) || /-\s*\d{1,4}\s*-$/.test(before.slice(from - index));
    // A (一) glued between two Chinese characters, not a reference such as 第(二)项.
    const after = norm.slice(index + text.length, to);
    const glued = kind === 'cn-paren' && /[\u4e00-\u9fa5]$/.test(before) && !/[第条款项目之]$/.test(before) && /^[\u4e00-\u9fa5]/.test(after) && !/^[项款条目之中]/.test(after);
    if (!bounded && !glued) continue;
    const number = kind === 'circled' ? (text.codePointAt(0) as number) - 0x245f : parseNumeral(text.replace(/^第|部分$|[()、.]/g, ''));
    if (!number) continue;
    let end = index + text.length;
    while (end < to && norm[end] === ' ') end++;
    found.push({ kind, marker: text, number, start: index, end });
  }
  return found;
}

function referenceItems(norm: string, from: number, to: number, previous: number) {
  const items = [];
  let last = previous;
  for (const m of norm.slice(from, to).matchAll(new RegExp(`(${CN})是`, 'g'))) {
    const start = from + (m.index ?? 0);
    if (start !== from && !/[。;!?:,、\s)]/.test(norm[start - 1] as string)) continue;
    const number = parseNumeral(m[1] as string) as number;
    if (number === 1 || number === last + 1) {
      items.push({ marker: m[0], number, start });
      last = number;
    }
  }
  return items;
}

const text = (chars: string) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(''));
const NUMBERING = text('一二三四五六七十是第部分()、.。;!?:|, -0123456789①⑳项甲乙');
const range = (s: string) => fc.tuple(fc.nat(3), fc.nat(3)).map(([a, b]) => [Math.min(a, s.length), Math.max(Math.min(a, s.length), s.length - b)] as const);

describe('the scanners agree with the regex scans they replaced', () => {
  it('numbering markers', () => {
    fc.assert(fc.property(NUMBERING.chain((s) => fc.tuple(fc.constant(s), range(s))), ([s, [from, to]]) => {
      expect(findMarkers(s, from, to)).toEqual(referenceMarkers(s, from, to));
    }), FC);
  });

  it('一是 items', () => {
    fc.assert(fc.property(NUMBERING.chain((s) => fc.tuple(fc.constant(s), range(s), fc.nat(3))), ([s, [from, to], previous]) => {
      expect(findItems(s, from, to, previous)).toEqual(referenceItems(s, from, to, previous));
    }), FC);
  });

  it('line breaks', () => {
    fc.assert(fc.property(text('\n\r a一'), (s) => {
      const starts = [0];
      for (const m of s.matchAll(/\r\n|\r|\n/g)) starts.push((m.index ?? 0) + m[0].length);
      expect(splitLines(s).map((l) => [l.start, s.slice(l.start, l.end)])).toEqual(starts.map((at, i) => [at, s.slice(at, i + 1 < starts.length ? s.slice(0, starts[i + 1]).search(/(\r\n|\r|\n)$/) : s.length)]));
    }), FC);
  });

  it('bare lines and trimmed ranges', () => {
    fc.assert(fc.property(text('#>*| \u3000\u00a0\t甲|'), (s) => {
      expect(bareLine(s)).toBe(s.replace(/^[#>*\s]+|[*\s]+$/g, '').replace(/^\|+|\|+$/g, '').trim());
      const [a, b] = trimRange(s, 0, s.length);
      expect(s.slice(a, b)).toBe(s.trim());
    }), FC);
  });
});
