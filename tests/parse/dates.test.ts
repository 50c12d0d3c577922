import { describe, expect, it } from 'vitest';
import { isoDate, parseDate } from '../../src/parse/dates.js';
import { normalizeText } from '../../src/parse/normalize.js';

describe('parseDate', () => {
  it.each<[string, string | null]>([
    ['2021-03-23', '2021-03-23'],
    ['发布时间: 2021-03-23 09:33 字体:[]', '2021-03-23'],
    ['日期: 2021-03-16', '2021-03-16'],
    ['2024年1月6日', '2024-01-06'],
    ['2024 年 1 月 6 日', '2024-01-06'],
    ['海盐县司法局 2023年6月5日 |', '2023-06-05'],
    ['2021/3/5', '2021-03-05'],
    ['2021.3.15', '2021-03-15'],
    ['二〇二四年一月六日', '2024-01-06'],
    ['二○二四年三月一日', '2024-03-01'], // a white circle for 〇
    ['二零二四年一月六日', '2024-01-06'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['2024-02-29', '2024-02-29'],
    // Scraped text loses characters: "202111日" (2021年1月11日? 2021年11月1日?) is not guessed.
    ['202111日', null],
    ['2024226日', null],
    // Not calendar dates.
    ['2023-02-29', null],
    ['2023-02-30', null],
    ['2024年13月1日', null],
    ['二〇二四年十三月一日', null],
    ['1989-01-01', null],
    ['无日期', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads full-width digits once normalised, as parseReport passes them', () => {
    expect(parseDate(normalizeText('发布时间：２０２１－０３－２３'))).toBe('2021-03-23');
  });

  it('reads the first date when there are several', () => {
    expect(parseDate('成文日期: 2023-06-05 发布日期: 2023-06-07')).toBe('2023-06-05');
  });
});

describe('isoDate', () => {
  it.each<[number, number, number, string | null]>([
    [2024, 1, 6, '2024-01-06'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2023, 4, 31, null],
    [2023, 0, 1, null],
    [2023, 1, 0, null],
    [2101, 1, 1, null],
  ])('%i-%i-%i → %s', (y, m, d, expected) => {
    expect(isoDate(y, m, d)).toBe(expected);
  });
});
