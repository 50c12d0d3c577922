/**
 * Files people pass by mistake: each is explained on stderr with exit 2, is an entry of its own in a
 * machine format (status error, code, message), and in a batch the good reports are still checked and
 * printed, and the summary counts the bad ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/input/read-input.js';
import { runCli } from '../../src/cli/run-cli.js';
import { EMPTY_HTML, OLE2_DOC, PNG, report, toDocx, truncatedDocx } from './build-inputs.js';
import { fakeIo, type FakeEntry } from './fake-io.js';

const GOOD = 'reports/layout-own-line-headings.txt';
const GOOD_TEXT = report('layout-own-line-headings.txt');

let entries: Record<string, FakeEntry>;
beforeAll(async () => {
  entries = {
    [GOOD]: GOOD_TEXT,
    'scan.png': PNG,
    'report.doc': OLE2_DOC,
    'report-cut.docx': await truncatedDocx(GOOD_TEXT),
    'empty.html': EMPTY_HTML,
    'empty-folder': { dir: true },
    // Refused from its size alone, before anything is read.
    'huge.txt': new Uint8Array(DEFAULT_MAX_BYTES + 1),
    // Controls and NULs: text in no encoding.
    'data.bin': new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7) % 32)),
  };
});

async function run(argv: string[]) {
  const io = fakeIo(entries);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Each bad input, with what its message must say in zh-CN and en. */
const CASES: Array<[string, string, string[], string[]]> = [
  ['an image', 'scan.png', ['无法检查报告 scan.png:', 'PNG', '可检查的报告:'], ['cannot check the report scan.png:', 'PNG']],
  ['an old .doc', 'report.doc', ['无法检查报告 report.doc:', '旧版 .doc/.wps 请先在 Word/WPS 中另存为 .docx'], ['cannot check the report report.doc:', 'save it as .docx']],
  ['a truncated .docx', 'report-cut.docx', ['无法读取报告 report-cut.docx:', '不完整', '另存为 .docx'], ['cannot read the report report-cut.docx:', 'incomplete']],
  ['an empty web page', 'empty.html', ['报告 empty.html 中没有可检查的文字'], ['the report empty.html has no text to check']],
  ['an empty folder', 'empty-folder', ['empty-folder 中没有要检查的报告文件'], ['empty-folder holds no report file to check']],
  ['a file over the limit', 'huge.txt', ['报告 huge.txt 超过了大小上限 20MB', '--max-size'], ['larger than the size limit of 20MB', '--max-size']],
  ['binary data', 'data.bin', ['无法识别报告 data.bin 的文字编码', 'UTF-8 或 GBK', '--encoding'], ['cannot tell the text encoding of the report data.bin', '--encoding']],
];

describe('bad inputs alone: exit 2, a message on stderr, an error entry in the JSON', () => {
  it.each(CASES)('%s (%s)', async (_name, file, zh, en) => {
    const a = await run(['check', file, '--format', 'json']);
    expect(a.code).toBe(2);
    const [entry, ...rest] = JSON.parse(a.out);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ file, status: 'error', code: expect.stringMatching(/^[A-Z_]+$/) });
    expect(`compliance-checklist: ${entry.message}\n`).toBe(a.err);
    expect(a.err.startsWith('compliance-checklist: ')).toBe(true);
    for (const text of zh) expect(a.err).toContain(text);
    expect(a.err).not.toMatch(/\n\s+at |undefined|\[object/);

    const b = await run(['check', file, '--format', 'json', '--locale', 'en']);
    expect(b.code).toBe(2);
    for (const text of en) expect(b.err).toContain(text);
  });
});

describe('bad inputs in a batch: the good report is still checked and printed, exit 2', () => {
  it.each(CASES)('%s (%s)', async (_name, file, zh) => {
    const { code, out, err } = await run(['check', file, GOOD, '--format', 'json']);
    expect(code).toBe(2);
    const printed = JSON.parse(out).map((a: { file: string; status?: string }) => [a.file, a.status ?? 'checked']);
    expect(printed).toEqual([[file, 'error'], [GOOD, 'checked']]);
    for (const text of zh) expect(err).toContain(text);
    expect(err).toMatch(/共 2 个文件:检查 1 份,通过 \d 份,未通过 \d 份,无法读取 1 个/);
  });

  it('all of them at once, in stylish output', async () => {
    const files = CASES.map(([, file]) => file);
    const { code, out, err } = await run(['check', ...files, GOOD]);
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe(GOOD);
    expect(err.match(/^compliance-checklist: /gm)).toHaveLength(files.length);
    // The summary follows the reports on stdout, and counts every file.
    expect(out).toMatch(new RegExp(`共 ${files.length + 1} 个文件:检查 1 份,通过 \\d 份,未通过 \\d 份,无法读取 ${files.length} 个`));
  });
});

describe('a whole .docx next to the cut-off one', () => {
  it('is read and checked', async () => {
    entries['report.docx'] = await toDocx(GOOD_TEXT);
    const { code, out, err } = await run(['check', 'report.docx', '--format', 'json', '--include-text']);
    expect(err).toBe('');
    expect(code).toBeLessThan(2);
    expect(JSON.parse(out)[0].source).toMatchObject({ format: 'docx', encoding: null });
  });
});

describe('every input error in Chinese by default', () => {
  /** Two Latin words in a row (outside file names and option examples) is an English sentence. */
  const english = (message: string, file: string) =>
    message
      .split(file)
      .join('')
      .replace(/--[\w-]+(?: [\w.-]+)?/g, '')
      .match(/[A-Za-z]{2,}\s+[A-Za-z]{2,}/g);

  const cases: Array<[string, string[]]> = [
    ...CASES.map(([name, file]): [string, string[]] => [name, [file]]),
    ['a missing file', ['missing.txt']],
    ['GBK forced as UTF-8', ['gbk.txt', '--encoding', 'utf-8']],
  ];
  it.each(cases)(
    '%s',
    async (_name, args) => {
      const io = fakeIo({ ...entries, 'gbk.txt': new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6, 0xd6, 0xd0]) });
      await runCli(['check', ...args, '--format', 'json'], io);
      const message = io.err.replace(/^compliance-checklist: /, '');
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(english(message, args[0]!)).toBeNull();
    },
  );
});
