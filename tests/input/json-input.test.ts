/**
 * extractJson: every problem reported at once with its path, and every real report turned into a
 * JSON report (sections from its outline) rendered back to text whose heading hints rebuild the
 * same JSON and the same outline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { extractJson, type ReportJson, type ReportJsonSection } from '../../src/input/json-input.js';
import type { ExtractedText } from '../../src/input/types.js';
import { parseReport } from '../../src/report-input.js';
import type { ReportMeta, Section } from '../../src/types.js';

const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : []);
const reports = [...list(seeds), ...list(fixtures)];

const minimal = { title: '临澄市2023年法治政府建设年度报告', sections: [{ heading: '一、主要举措和成效', text: '全年审核规范性文件23件。' }] };

/** The message of the InputError that `run` throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isChecklistError(error) && error.code).toBe('INPUT_INVALID');
    return (error as Error).message;
  }
  throw new Error('expected an INPUT_INVALID error');
}

describe('extractJson: bad input', () => {
  it.each<[string, unknown, string[]]>([
    ['a non-string heading', { ...minimal, sections: [minimal.sections[0], { heading: 3, text: '' }] }, ['sections[1].heading must be a string']],
    ['a missing key', { title: minimal.title }, ['the report is missing the required key "sections"']],
    ['an array instead of a report', [], ['the report must be an object']],
    [
      'a misspelt meta key',
      { ...minimal, meta: { yaer: 2023 } },
      ['meta.yaer is not a known key (allowed: title, year, issuer, level, published, signed, docNumber)'],
    ],
    [
      'every meta problem at once',
      { ...minimal, meta: { year: '2023', level: 'town', published: '2024/03/01', signed: '2024-02-30x' } },
      [
        'meta.year must be a whole number',
        'meta.level must be one of "province", "city", "county", "township", "department"',
        'meta.published must be a date written YYYY-MM-DD',
        'meta.signed must be a date written YYYY-MM-DD',
      ],
    ],
    ['a heading over two lines', { ...minimal, sections: [{ heading: '一、主要举措\n和成效', text: '' }] }, ['sections[0].heading must be one line (no line breaks)']],
    [
      'problems in nested sections',
      { ...minimal, sections: [{ heading: '一、主要举措和成效', text: '', sections: [{ heading: '' }, { heading: '（二）', text: 1, extra: true }] }] },
      [
        'sections[0].sections[0] is missing the required key "text"',
        'sections[0].sections[0].heading must not be empty',
        'sections[0].sections[1].extra is not a known key (allowed: heading, text, sections)',
        'sections[0].sections[1].text must be a string',
      ],
    ],
  ])('%s', (_name, json, problems) => {
    const message = failure(() => extractJson(json, 'report.json'));
    expect(message.startsWith('report.json does not match the report schema')).toBe(true);
    expect(message.split('\n').slice(1).map((l) => l.trim()).sort()).toEqual([...problems].sort());
  });

  it.each([
    ['not JSON at all', '法治政府建设年度报告', ''],
    // The place is given when the JSON engine reports an offset.
    ['a trailing comma', '{\n  "title": "报告",\n  "sections": [],\n}', ' at line 4, column 1'],
    ['a cut-off file', '{"title": "报告", "sections": [', ''],
  ])('invalid JSON syntax: %s', (_name, json, place) => {
    const message = failure(() => extractJson(json, 'report.json'));
    expect(message.startsWith(`report.json is not valid JSON${place}: `)).toBe(true);
  });

  it('names the file on the error', () => {
    try {
      extractJson('{', 'reports/2023.json');
    } catch (error) {
      expect((error as { file?: string }).file).toBe('reports/2023.json');
    }
  });
});

describe('extractJson: rendering', () => {
  it('puts the title on line 1 and each heading on its own line, hinted at its depth', () => {
    const x = extractJson(
      JSON.stringify({
        title: '临澄市2023年法治政府建设年度报告',
        meta: { year: 2023, issuer: '临澄市人民政府', level: 'city', published: '2024-03-15' },
        sections: [
          { heading: '一、主要举措和成效', text: '', sections: [{ heading: '（一）健全依法行政制度体系', text: '全年审核规范性文件23件。\n备案审查率100%。' }] },
          { heading: '二、存在的不足和原因', text: '执法人员结构性短缺。' },
        ],
      }),
    );
    expect(x.text).toBe(
      '临澄市2023年法治政府建设年度报告\n一、主要举措和成效\n（一）健全依法行政制度体系\n全年审核规范性文件23件。\n备案审查率100%。\n二、存在的不足和原因\n执法人员结构性短缺。',
    );
    expect(x.headings).toEqual([{ line: 2, level: 1 }, { line: 3, level: 2 }, { line: 6, level: 1 }]);
    expect(x.format).toBe('json');
    expect(x.meta).toEqual({ title: '临澄市2023年法治政府建设年度报告', year: 2023, issuer: '临澄市人民政府', level: 'city', published: '2024-03-15' });
  });

  it('accepts the parsed value as well as the JSON text, and a BOM before it', () => {
    expect(extractJson(minimal)).toEqual(extractJson(`\uFEFF${JSON.stringify(minimal)}`));
  });
});

/** The report as JSON: its title, its metadata, and a section per outline section. */
function toJson(text: string): ReportJson {
  const doc = parseReport(text);
  const section = (s: Section): ReportJsonSection => ({
    heading: text.slice(s.headingSpan.start, s.headingSpan.end).trim(),
    text: s.paragraphs.map((p) => p.text).join('\n'),
    ...(s.children.length > 0 ? { sections: s.children.map(section) } : {}),
  });
  const meta = Object.fromEntries(Object.entries(doc.meta).filter(([key, v]) => v !== null && key !== 'title')) as ReportJson['meta'];
  return { title: doc.meta.title ?? '法治政府建设年度报告', meta, sections: doc.sections.map(section) };
}

/** Rebuilds the JSON report from the rendered text and its heading hints. */
function fromRendered(x: ExtractedText): Pick<ReportJson, 'title' | 'sections'> {
  const lines = x.text.split('\n');
  const root: ReportJsonSection[] = [];
  const open: ReportJsonSection[][] = [root];
  const hints = [...x.headings];
  hints.forEach((h, k) => {
    const end = hints[k + 1]?.line ?? lines.length + 1;
    const section: ReportJsonSection = { heading: lines[h.line - 1] as string, text: lines.slice(h.line, end - 1).join('\n') };
    open.length = h.level;
    const parent = open[h.level - 1] as ReportJsonSection[];
    parent.push(section);
    open[h.level] = section.sections = [];
  });
  const prune = (s: ReportJsonSection): ReportJsonSection => (s.sections?.length ? { ...s, sections: s.sections.map(prune) } : { heading: s.heading, text: s.text });
  return { title: lines[0] as string, sections: root.map(prune) };
}

describe.skipIf(reports.length === 0)('extractJson: real reports as JSON', () => {
  if (!existsSync(seeds)) it.skip(`seed reports (${seeds} is absent)`, () => {});

  it.each(reports.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const json = toJson(readFileSync(file, 'utf8'));
    const x = extractJson(JSON.stringify(json), 'report.json');
    // The text and the hints carry the whole structure: the JSON can be rebuilt from them.
    expect(fromRendered(x)).toEqual({ title: json.title, sections: json.sections });
    expect(x.meta).toEqual({ title: json.title, ...json.meta } satisfies Partial<ReportMeta>);
    // Parsing the rendered text with its hints finds a section at every hinted line, at its level.
    const sections: Array<{ line: number; level: number }> = [];
    const walk = (list: Section[]) => list.forEach((s) => (sections.push({ line: s.line, level: s.level }), walk(s.children)));
    walk(parseReport(x).sections);
    expect(sections).toEqual(x.headings);
  });
});
