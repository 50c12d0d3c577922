/**
 * Several outputs in one run, results written as they come in input order, the progress bar, and
 * Ctrl-C: what was finished stays whole, a file formatted at the end is never written half.
 */
import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { resolveOutputs, type OutputArgs } from '../../src/cli/outputs.js';
import { runCli } from '../../src/cli/run-cli.js';
import { report } from './build-inputs.js';
import { fakeIo, type FakeIoOptions } from './fake-io.js';

const NAMES = ['causes-analysed-met', 'no-figures', 'published-late', 'lookalike-work-plan', 'no-next-year-plan', 'layout-run-in-headings', 'no-shortcomings-section', 'layout-part-numbering'];
const FILES = Object.fromEntries(NAMES.map((n) => [`in/${n}.txt`, report(`${n}.txt`)]));
const PATHS = Object.keys(FILES);

async function run(argv: string[], options: FakeIoOptions = {}) {
  const io = fakeIo(FILES, options);
  const code = await runCli(['check', ...argv], io);
  return { code, io };
}

const args = (...pairs: Array<['format' | 'output', string]>): OutputArgs => pairs.map(([option, value]) => ({ option, value }));

describe('resolveOutputs', () => {
  it.each([
    ['nothing: stylish on stdout', args(), [{ format: 'stylish', file: null }]],
    ['one format on stdout', args(['format', 'json']), [{ format: 'json', file: null }]],
    ['pairs in order', args(['format', 'json'], ['output', 'a.json'], ['format', 'stylish'], ['output', 'a.txt']), [{ format: 'json', file: 'a.json' }, { format: 'stylish', file: 'a.txt' }]],
    ['a file, then its format', args(['output', 'a.json'], ['format', 'json']), [{ format: 'json', file: 'a.json' }]],
    ['a file alone: stylish to it', args(['output', 'a.txt']), [{ format: 'stylish', file: 'a.txt' }]],
    ['one on stdout, one to a file', args(['format', 'stylish'], ['format', 'json'], ['output', 'a.json']), [{ format: 'stylish', file: null }, { format: 'json', file: 'a.json' }]],
  ])('%s', (_name, given, expected) => {
    expect(resolveOutputs(given)).toEqual(expected);
  });

  it.each([
    ['two files for one format', args(['format', 'json'], ['output', 'a.json'], ['output', 'b.json']), 'OUTPUT_WITHOUT_FORMAT'],
    ['two formats on stdout', args(['format', 'json'], ['format', 'stylish']), 'OUTPUT_STDOUT_TWICE'],
    ['one file twice', args(['format', 'json'], ['output', 'a'], ['format', 'stylish'], ['output', 'a']), 'OUTPUT_FILE_TWICE'],
    ['an unknown format', args(['format', 'xml'], ['output', 'a.xml']), 'FORMAT_UNKNOWN'],
  ])('refuses %s', (_name, given, key) => {
    let caught: unknown;
    try {
      resolveOutputs(given);
    } catch (error) {
      caught = error;
    }
    expect(isCliError(caught) && caught.key).toBe(key);
  });
});

describe('several outputs in one run', () => {
  it('writes json to a file and stylish to stdout from the same assessments, the summary after stylish', async () => {
    const { io } = await run([...PATHS, '--format', 'json', '-o', 'out/results.json', '--format', 'stylish']);
    const json = JSON.parse(io.file('out/results.json')!) as Array<{ file: string; passed: boolean }>;
    expect(json.map((a) => a.file)).toEqual(PATHS);
    // Each report's block in stylish, in the same order, with the same verdict.
    const headers = io.out.split('\n').filter((l) => PATHS.includes(l));
    expect(headers).toEqual(PATHS);
    const failed = json.filter((a) => !a.passed).length;
    expect(io.out).toContain(`共 ${PATHS.length} 个文件:检查 ${PATHS.length} 份,通过 ${PATHS.length - failed} 份,未通过 ${failed} 份`);
    expect(io.err).toBe('');
  });

  it('prints the summary on stdout when every output goes to a file, and exits as it says', async () => {
    const { code, io } = await run([...PATHS, '--format', 'json', '-o', 'r.json']);
    const failed = (JSON.parse(io.file('r.json')!) as Array<{ passed: boolean }>).filter((a) => !a.passed).length;
    expect(io.out).toMatch(new RegExp(`^共 ${PATHS.length} 个文件:.*未通过 ${failed} 份`));
    expect(code).toBe(failed > 0 ? 1 : 0);
  });

  it.each([
    [['--format', 'json', '--format', 'stylish'], '都没有指定 -o/--output'],
    [['--format', 'json', '-o', 'a.json', '-o', 'b.json'], '-o b.json 前面没有对应的 --format'],
  ])('refuses %j before reading any report', async (argv, message) => {
    const { code, io } = await run([PATHS[0]!, ...argv]);
    expect({ code, out: io.out }).toEqual({ code: 2, out: '' });
    expect(io.err).toContain(message);
  });
});

describe('streaming', () => {
  it('has written the first report before the last one is read', async () => {
    let seen: string | undefined;
    const io = fakeIo(FILES, { beforeRead: (path, self) => void (path === PATHS.at(-1) && (seen = self.out)) });
    await runCli(['check', ...PATHS], io);
    expect(seen).toContain(PATHS[0]);
    expect(seen).not.toContain(PATHS.at(-1));
  });

  it('reads the key figures for a figures output beside one that does not show them', async () => {
    const alone = await run([...PATHS, '--format', 'figures-json', '-o', 'f.json']);
    const beside = await run([...PATHS, '--format', 'json', '-o', 'a.json', '--format', 'figures-json', '-o', 'f.json']);
    const figures = JSON.parse(alone.io.file('f.json')!) as Array<{ figures: unknown[] }>;
    expect(figures.some((r) => r.figures.length > 0)).toBe(true);
    expect(beside.io.file('f.json')).toBe(alone.io.file('f.json'));
  });

  it.each(['json', 'ndjson', 'csv', 'markdown', 'figures-json'])('%s: the same on standard output', async (format) => {
    let seen: string | undefined;
    const io = fakeIo(FILES, { beforeRead: (path, self) => void (path === PATHS.at(-1) && (seen = self.out)) });
    await runCli(['check', ...PATHS, '--format', format], io);
    expect(seen).toContain(PATHS[0]);
    expect(seen).not.toContain(PATHS.at(-1));
  });
});

describe('the summary', () => {
  it('names the most common gaps with the counts the JSON gives, and the on-time rate', async () => {
    const { io } = await run([...PATHS, '--format', 'json']);
    const json = JSON.parse(io.out) as Array<{ gaps: Array<{ title: string }>; findings: Array<{ requirement: string; status: string }> }>;
    const counts = new Map<string, number>();
    for (const a of json) for (const g of a.gaps) counts.set(g.title, (counts.get(g.title) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const listed = io.err.split('最常见的缺口:\n')[1]!.trim().split('\n');
    expect(listed).toHaveLength(top.length);
    for (const line of listed) {
      const [, title, count] = /^(.+):(\d+) 份/.exec(line.trim())!;
      expect(counts.get(title!)).toBe(Number(count));
      expect(Number(count)).toBeGreaterThanOrEqual(top.at(-1)![1]);
    }
    const deadline = json.map((a) => a.findings.find((f) => f.requirement === 'timeliness')?.status);
    const judged = deadline.filter((s) => s === 'met' || s === 'missing' || s === 'partial').length;
    const onTime = deadline.filter((s) => s === 'met').length;
    expect(judged).toBeGreaterThan(0);
    expect(io.err).toContain(`${judged} 份能判断发布日期的报告中 ${onTime} 份按时`);
  });
});

describe('Ctrl-C in the middle of a batch', () => {
  /** Presses Ctrl-C when the second report is read: the reports already started still finish. */
  async function interrupted(argv: string[]) {
    let reads = 0;
    const io = fakeIo(FILES, { beforeRead: (_path, self) => void (++reads === 2 && self.interrupt()) });
    const code = await runCli(['check', ...PATHS, ...argv], io);
    return { code, io };
  }

  it('leaves stylish output whole and complete so far, in input order, and exits 130', async () => {
    const { code, io } = await interrupted(['-o', 'partial.txt']);
    expect(code).toBe(130);
    const text = io.file('partial.txt')!;
    const headers = text.split('\n').filter((l) => PATHS.includes(l));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.length).toBeLessThan(PATHS.length);
    expect(headers).toEqual(PATHS.slice(0, headers.length));
    expect(text.endsWith('\n')).toBe(true);
    expect(io.err).toContain(`已中断:${PATHS.length} 个文件中已检查 ${headers.length} 个`);
  });

  it.each(['json', 'csv', 'sarif', 'junit', 'markdown', 'html', 'figures', 'figures-json'])('writes no %s file at all rather than a cut one', async (format) => {
    const { code, io } = await interrupted(['--format', format, '-o', 'r.out']);
    expect(code).toBe(130);
    expect(io.file('r.out')).toBeUndefined();
  });

  it('closes a JSON array on standard output after the reports finished so far', async () => {
    const { code, io } = await interrupted(['--format', 'json']);
    expect(code).toBe(130);
    const files = (JSON.parse(io.out) as Array<{ file: string }>).map((a) => a.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(PATHS.length);
    expect(files).toEqual(PATHS.slice(0, files.length));
    expect(io.err).toContain(`已中断:${PATHS.length} 个文件中已检查 ${files.length} 个`);
  });

  it.each(['json', 'csv', 'ndjson'])('leaves no temporary %s file behind when the run stops', async (format) => {
    const { io } = await interrupted(['--format', format, '-o', 'r.out']);
    expect(io.temporary).toEqual([]);
  });

  it('leaves no temporary file behind after an internal error in the middle of a batch', async () => {
    const io = fakeIo({ ...FILES, 'in/zz.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    const stderr = io.stderr;
    let failed = false;
    // Reporting the unreadable file fails once, as a bug would, after some reports were written.
    io.stderr = (text) => {
      if (!failed && text.includes('zz.doc')) {
        failed = true;
        throw new Error('boom');
      }
      stderr(text);
    };
    const code = await runCli(['check', ...PATHS, 'in/zz.doc', '--format', 'json', '-o', 'r.json'], io);
    expect(failed).toBe(true);
    expect(code).toBe(2);
    expect(io.temporary).toEqual([]);
    expect(io.file('r.json')).toBeUndefined();
  });

  it.each(['junit', 'sarif', 'html'])('writes no %s on standard output, whose totals need every report', async (format) => {
    const { code, io } = await interrupted(['--format', format]);
    expect(code).toBe(130);
    expect(io.out).toBe('');
  });
});

describe('the progress bar', () => {
  it.each([
    ['json piped, stderr a terminal', ['--format', 'json'], { stderrTTY: true }, ['start 8', ...Array(8).fill('tick'), 'stop']],
    ['--quiet', ['--format', 'json', '--quiet'], { stderrTTY: true }, []],
    ['stderr not a terminal', ['--format', 'json'], { stderrTTY: false }, []],
    ['stylish on the terminal, which shows the progress itself', [], { stderrTTY: true, isTTY: true }, []],
  ])('%s', async (_name, argv, options, log) => {
    const { io } = await run([...PATHS, ...argv], options);
    expect(io.progressLog).toEqual(log);
  });
});
