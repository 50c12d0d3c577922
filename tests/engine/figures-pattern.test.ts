/**
 * The figures pattern starts a number only where its run starts, so a long run without a unit is
 * scanned once instead of once per character. It must find exactly what the pattern without that
 * restriction found: compared on many generated strings made of the characters that matter. The scan
 * that tries the pattern only where a figure can start must find exactly what the global search finds.
 */
import { expect, it } from 'vitest';
import { figurePattern, scanFigures } from '../../src/figures/figure-scan.js';

const UNITS = ['件', '万元', '%', '个百分点', '人次', '人'];
const unrestricted = (units: readonly string[]) => {
  const sorted = [...units].sort((a, b) => b.length - a.length);
  return new RegExp(`(第)?((?:\\d+(?:[.,]\\d+)*|[零〇一二两三四五六七八九十百千万亿]{2,}))\\s*(?:余|多|近|约|以上)?\\s*(?:万|亿)?(?:${sorted.join('|')})`, 'gu');
};

// A small deterministic generator (no seed drift between runs).
function* strings(count: number): Generator<string> {
  const alphabet = ['1', '2', '0', '.', ',', '一', '二', '十', '万', '亿', '件', '元', '%', '个', '百分点', '人', '次', '第', '余', ' ', '年', '。', 'a'];
  let state = 42;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = next() % 24;
    for (let j = 0; j < length; j++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1] ?? null, m[2]]);

it('finds the same figures as the unrestricted pattern on 20,000 generated strings', () => {
  const ours = figurePattern(UNITS);
  const reference = unrestricted(UNITS);
  let differences = 0;
  let found = 0;
  for (const text of strings(20_000)) {
    const a = matches(ours, text);
    found += a.length;
    if (JSON.stringify(a) !== JSON.stringify(matches(reference, text))) differences++;
  }
  expect(found).toBeGreaterThan(1000); // the generator does produce figures
  expect(differences).toBe(0);
});

const scanned = (text: string, units: readonly string[]) => {
  const found: Array<[number, string, string | null, string]> = [];
  scanFigures(text, units, (at, end, ordinal, number) => found.push([at, text.slice(at, end), ordinal ? '第' : null, number]));
  return found;
};

// The second list has units a shorter number could end in front of (an empty unit, one starting with a
// digit): the scan must then try every number, not only those followed by a unit's first character.
it.each([[UNITS], [['件', '', '0件', '.5元']]])('scans the same figures as the global search on 20,000 generated strings (units %j)', (units) => {
  const global = figurePattern(units);
  let differences = 0;
  let found = 0;
  for (const text of strings(20_000)) {
    const a = scanned(text, units);
    found += a.length;
    if (JSON.stringify(a) !== JSON.stringify(matches(global, text))) differences++;
  }
  expect(found).toBeGreaterThan(1000);
  expect(differences).toBe(0);
});

it.each([
  ['1.5万元', '1.5万元'],
  ['共12,345件', '12,345件'],
  ['增长二十余件', '二十余件'],
  ['第3件事', '第3件'],
  ['编号123456789012345678901234567890无单位12件', '12件'],
])('%s → %s', (text, figure) => {
  expect([...text.matchAll(figurePattern(UNITS))].map((m) => m[0])).toContain(figure);
});
