/**
 * The CLI writes each format as the batch goes, through its stream: the bytes must be those of the
 * format's batch formatter over the same entries, for every format, locale and option, and the formats
 * that can stream must hand each report's text on at once rather than keep it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStream } from '../../src/format/format-streams.js';
import { getFormatter, listFormats, type BatchEntry, type FormatName, type FormatOptions, type ReportSource } from '../../src/format/index.js';
import { assess, loadRuleSet } from '../../src/index.js';
import { report } from './build-inputs.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
const NAMES = readdirSync(path.resolve(import.meta.dirname, '../fixtures/reports')).filter((n) => n.endsWith('.txt')).sort();
const UNREADABLE: BatchEntry = { file: 'in/scan.doc', status: 'error', code: 'INPUT_UNSUPPORTED', message: '不支持的格式, "quoted", =formula' };

async function batch(names: readonly string[]): Promise<{ entries: BatchEntry[]; sources: Array<ReportSource | undefined> }> {
  const entries: BatchEntry[] = [];
  const sources: Array<ReportSource | undefined> = [];
  for (const [i, name] of names.entries()) {
    const text = report(name);
    entries.push(await assess(text, ruleSet, { name: `in/${name}` }));
    sources.push({ format: 'text', encoding: 'utf-8', text });
    // An unreadable file in the middle, as the CLI hands it on.
    if (i === 1) {
      entries.push(UNREADABLE);
      sources.push(undefined);
    }
  }
  return { entries, sources };
}

const full = await batch(NAMES);
const BATCHES = {
  'every fixture report and an unreadable file': full,
  'no entries': { entries: [], sources: [] },
  'only an unreadable file': { entries: [UNREADABLE], sources: [undefined] },
  'one report': { entries: full.entries.slice(0, 1), sources: full.sources.slice(0, 1) },
};
const OPTIONS: Record<string, FormatOptions> = {
  'zh-CN with the rule set': { locale: 'zh-CN', ruleSet },
  'en with the rule set': { locale: 'en', ruleSet },
  'without the rule set': { locale: 'zh-CN' },
  'with the text': { locale: 'zh-CN', ruleSet, includeText: true },
};
// stylish's batch formatter adds its own summary; the CLI writes the reports a block each and prints its summary itself.
const FORMATS = listFormats().filter((f) => f !== 'stylish');

function streamed(name: FormatName, entries: readonly BatchEntry[], sources: ReadonlyArray<ReportSource | undefined>, options: FormatOptions): { text: string; pieces: string[] } {
  const stream = startStream(name, options);
  const pieces = entries.map((e, i) => stream.item(e, sources[i]));
  return { text: pieces.join('') + stream.end(), pieces };
}

describe('format streams', () => {
  const cases = FORMATS.flatMap((format) => Object.keys(BATCHES).flatMap((b) => Object.keys(OPTIONS).map((o) => [format, b, o] as const)));
  it.each(cases)('%s, %s, %s: the same bytes as the batch formatter', (format, b, o) => {
    const { entries, sources } = BATCHES[b as keyof typeof BATCHES];
    const options = OPTIONS[o]!;
    const expected = getFormatter(format)(entries, { ...options, sources });
    expect(streamed(format, entries, sources, options).text).toBe(expected);
  });

  it.each([
    ['json', true], ['ndjson', true], ['csv', true], ['markdown', true], ['figures', true], ['figures-json', true],
    // Totals open these documents: they gather each report as text and write it at the end.
    ['junit', false], ['sarif', false], ['html', false],
  ] as const)('%s hands each report on as it comes: %s', (format, streams) => {
    const entries = [full.entries[0]!, UNREADABLE];
    const { text, pieces } = streamed(format, entries, [full.sources[0], undefined], { locale: 'zh-CN', ruleSet });
    const before = pieces.join('');
    expect(startStream(format, { locale: 'zh-CN', ruleSet }).streams).toBe(streams);
    // The unreadable file, the last entry, is in the output before the end of the batch.
    if (streams) expect(before).toContain(UNREADABLE.file);
    else expect(before).toBe('');
    expect(text.startsWith(before)).toBe(true);
  });
});
