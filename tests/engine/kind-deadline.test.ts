/**
 * The `deadline` check kind: a date of the document before a day set relative to the report year;
 * unknown when the year or the date cannot be read, unless `yearFromDate` takes the year from the
 * date itself (an annual report comes out the year after the one it covers).
 */
import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '../../src/index.js';
import { findingOf } from './kind-support.js';

const body = '一、主要举措和成效\n全年办理行政复议案件12件。\n';
const WITH_YEAR = `青禾县2023年法治政府建设工作报告\n发布日期：2024-03-20\n${body}`;
const NO_YEAR = (date: string) => `法治政府建设情况报告\n发布日期：${date}\n今年以来，全县扎实推进依法行政。\n${body}`;
const CHECK = '{ deadline: { date: published, month: 4, day: 1, yearOffset: 1 } }';
const FROM_DATE = '{ deadline: { date: published, month: 4, day: 1, yearOffset: 1, yearFromDate: true } }';

describe('deadline', () => {
  it.each<readonly [string, string, string, FindingStatus]>([
    ['the year from the title', CHECK, WITH_YEAR, 'met'],
    ['no year, no yearFromDate: unknown', CHECK, NO_YEAR('2024-03-20'), 'unknown'],
    ['no year, yearFromDate, published in time', FROM_DATE, NO_YEAR('2024-03-20'), 'met'],
    ['no year, yearFromDate, published late', FROM_DATE, NO_YEAR('2024-05-10'), 'missing'],
    ['a year in the text wins over the date', FROM_DATE, WITH_YEAR.replace('2023年', '2022年'), 'missing'],
  ])('%s → %s', async (_name, check, text, status) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
  });

  it('says where the year came from', async () => {
    expect((await findingOf(NO_YEAR('2024-03-20'), FROM_DATE)).detail).toMatchObject({ yearFrom: 'date', deadline: '2024-04-01' });
    expect((await findingOf(WITH_YEAR, FROM_DATE)).detail).toMatchObject({ yearFrom: 'text' });
  });
});
