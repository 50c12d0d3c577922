/** The `figures` (CSV) and `figures-json` outputs of the example reports and an unreadable file. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFiguresCsv, formatFiguresJson, primaryFigure } from '../../src/format/format-figures.js';
import type { BatchEntry } from '../../src/format/format-types.js';
import type { Assessment } from '../../src/types.js';
import { exampleBatch, UNREADABLE } from './example-assessments.js';

const options = { locale: 'zh-CN' as const };
let batch: BatchEntry[];
const assessed = () => batch.filter((e): e is Assessment => !('status' in e));
beforeAll(async () => {
  batch = await exampleBatch();
});

describe('figures-json', () => {
  it('has one object per input with every figure, offsets left out', () => {
    const out = JSON.parse(formatFiguresJson(batch, options));
    expect(out.map((e: { file: string }) => e.file)).toEqual(batch.map((e) => e.file));
    expect(out.at(-1)).toEqual(UNREADABLE);
    const all = assessed();
    expect(all.some((a) => (a.figures ?? []).length > 0)).toBe(true);
    for (const [i, a] of all.entries()) {
      expect(out[i].figures).toEqual((a.figures ?? []).map(({ start: _s, end: _e, ...rest }) => rest));
    }
  });
});

describe('figures csv', () => {
  it('has a BOM, a header, one row per figure and one per unreadable file', () => {
    const text = formatFiguresCsv(batch, options);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = text.slice(1).split('\r\n').filter(Boolean);
    expect(records[0]).toBe('文件,id,关键数据,数值,单位,异常,行,原文,错误');
    const count = assessed().reduce((n, a) => n + (a.figures?.length ?? 0), 0);
    expect(records).toHaveLength(1 + count + 1);
    expect(records.filter((r) => r.includes('多类案件合计的数')).length).toBe(
      assessed().reduce((n, a) => n + (a.figures ?? []).filter((f) => f.flags.includes('combined')).length, 0),
    );
  });
});

describe('primaryFigure', () => {
  it('prefers the first unflagged value, else the first', () => {
    const heshan = assessed().find((a) => a.file?.includes('heshan'))!;
    expect(primaryFigure(heshan.figures!, 'reconsideration-cases')?.value).toBe(232);
    expect(primaryFigure(heshan.figures!, 'litigation-cases')).toMatchObject({ value: 42, flags: ['combined'] });
    expect(primaryFigure(heshan.figures!, 'major-decisions')).toBeUndefined();
  });
});
