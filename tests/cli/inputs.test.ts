/**
 * `check` on reports as they really arrive: GBK text, saved web pages, standard input, forced encodings
 * and formats, size limits, and the extracted text in the JSON output. In-process, with a fake io.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { HAVE_SEEDS, report, ruleSet, seeds, statuses, toGbk, toHtmlPage } from './build-inputs.js';
import { fakeIo, type FakeEntry, type FakeIoOptions } from './fake-io.js';

const FIXTURE = 'reports/layout-own-line-headings.txt';
const FIXTURE_TEXT = report('layout-own-line-headings.txt');
const SEED_NAMES = Object.keys(seeds);

async function run(argv: string[], entries: Record<string, FakeEntry> = {}, options: FakeIoOptions = {}) {
  const io = fakeIo({ [FIXTURE]: FIXTURE_TEXT, 'rules/lenient.yaml': ruleSet('lenient.yaml'), ...entries }, options);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** The JSON assessments of a run that must succeed without a word on stderr. */
async function checkJson(argv: string[], entries: Record<string, FakeEntry> = {}, options: FakeIoOptions = {}) {
  // --quiet: no summary on stderr, so anything there is a problem.
  const { code, out, err } = await run(['check', ...argv, '--format', 'json', '--quiet'], entries, options);
  expect(err).toBe('');
  expect(code).toBeLessThan(2);
  return out;
}

describe('GBK text', () => {
  it('a hand-written report in GBK gives the same statuses as in UTF-8', async () => {
    const utf8 = await checkJson([FIXTURE]);
    const gbk = await checkJson(['gbk.txt'], { 'gbk.txt': toGbk(FIXTURE_TEXT) });
    expect(statuses(gbk)).toEqual(statuses(utf8));
  });

  it.skipIf(!HAVE_SEEDS).each(SEED_NAMES)('%s in GBK gives the same statuses as in UTF-8', async (seed) => {
    const utf8 = await checkJson([seed], seeds);
    const gbk = await checkJson(['gbk.txt'], { 'gbk.txt': toGbk(seeds[seed]!) });
    expect(statuses(gbk)).toEqual(statuses(utf8));
  });

  it('names the encoding in the stylish header', async () => {
    const { out } = await run(['check', 'gbk.txt'], { 'gbk.txt': toGbk(FIXTURE_TEXT) });
    expect(out.split('\n')[0]).toBe('gbk.txt · 格式 text · 编码 gb18030');
    const { out: en } = await run(['check', 'gbk.txt', '--locale', 'en'], { 'gbk.txt': toGbk(FIXTURE_TEXT) });
    expect(en.split('\n')[0]).toBe('gbk.txt · format text · encoding gb18030');
  });

  it('says nothing about plain UTF-8 text', async () => {
    const { out } = await run(['check', FIXTURE]);
    expect(out.split('\n')[0]).toBe(FIXTURE);
  });
});

describe('--encoding', () => {
  const gbk = { 'gbk.txt': toGbk(FIXTURE_TEXT) };

  it('decodes with the named encoding', async () => {
    const out = await checkJson(['gbk.txt', '--encoding', 'GBK', '--include-text'], gbk);
    expect(JSON.parse(out)[0].source).toMatchObject({ format: 'text', encoding: 'gb18030', text: FIXTURE_TEXT });
    expect(statuses(out)).toEqual(statuses(await checkJson([FIXTURE])));
  });

  it('is obeyed even when detection would have succeeded: GBK read as UTF-8 is refused', async () => {
    const { code, out, err } = await run(['check', 'gbk.txt', '--encoding', 'utf-8', '--format', 'json'], gbk);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual([{ file: 'gbk.txt', status: 'error', code: 'INPUT_NOT_IN_ENCODING', message: err.replace(/^compliance-checklist: |\n$/g, '') }]);
    expect(err).toContain('报告 gbk.txt 不是 --encoding 指定的 utf-8 编码的文本');
    expect(err).toContain('去掉 --encoding 由本工具自动识别');
  });

  it.each(['latin9', 'shift_jis', ''])('refuses the unknown encoding "%s" as a usage error', async (name) => {
    const { code, out, err } = await run(['check', FIXTURE, '--format', 'json', '--encoding', name]);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(`--encoding 的值"${name}"无效:应为编码名称,如 utf-8、gbk、gb18030`);
    expect(err).toContain('运行 compliance-checklist check --help 查看用法。');
  });
});

describe('--input-format', () => {
  const page = toHtmlPage(FIXTURE_TEXT);

  it('reads a web page saved under a .txt name as HTML, like the same page named .html', async () => {
    const asHtml = await checkJson(['page.html', '--include-text'], { 'page.html': page });
    const forced = await checkJson(['page.txt', '--input-format', 'html', '--include-text'], { 'page.txt': page });
    const [a, b] = [JSON.parse(asHtml)[0], JSON.parse(forced)[0]];
    expect(b.source.format).toBe('html');
    expect({ ...b, file: 'page.html' }).toEqual(a);
    expect(b.source.text).not.toContain('<p>');
  });

  it('without it, the .txt name wins and the tags stay in the text', async () => {
    const out = await checkJson(['page.txt', '--include-text'], { 'page.txt': page });
    expect(JSON.parse(out)[0].source.format).toBe('text');
  });

  it('shows the format in the stylish header', async () => {
    const { out } = await run(['check', 'page.html'], { 'page.html': page });
    expect(out.split('\n')[0]).toBe('page.html · 格式 html · 编码 utf-8');
  });

  it('refuses an unknown format as a usage error, listing the known ones', async () => {
    const { code, out, err } = await run(['check', FIXTURE, '--format', 'json', '--input-format', 'pdf']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('--input-format 的值"pdf"无效:应为 text、html、docx、markdown、pdf-text、json 之一。');
  });
});

describe('standard input (-)', () => {
  it('reads the report from stdin and calls it <stdin>', async () => {
    const out = await checkJson(['-'], {}, { stdin: FIXTURE_TEXT });
    expect(JSON.parse(out)[0].file).toBe('<stdin>');
    expect(statuses(out)).toEqual(statuses(await checkJson([FIXTURE])));
  });

  it('detects GBK on stdin too, and mixes with files in command-line order', async () => {
    const out = await checkJson([FIXTURE, '-'], {}, { stdin: toGbk(FIXTURE_TEXT) });
    expect(JSON.parse(out).map((a: { file: string }) => a.file)).toEqual([FIXTURE, '<stdin>']);
    const [fromFile, fromStdin] = statuses(out);
    expect(fromStdin).toEqual(fromFile);
  });

  it('names <stdin> in the stylish header', async () => {
    const { out } = await run(['check', '-'], {}, { stdin: FIXTURE_TEXT });
    expect(out.split('\n')[0]).toBe('<stdin>');
  });

  it('refuses - twice', async () => {
    const { code, out, err } = await run(['check', '-', FIXTURE, '-', '--format', 'json'], {}, { stdin: FIXTURE_TEXT });
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('"-"(从标准输入读取)只能出现一次。');
  });

  it('reports empty and unreadable stdin', async () => {
    const empty = await run(['check', '-'], {}, { stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('报告 <stdin> 中没有可检查的文字');
    const broken = await run(['check', '-'], {}, { stdin: { unreadable: 'EIO' } });
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('无法读取报告文件 <stdin>(EIO)');
  });
});

describe('--max-size', () => {
  it('refuses a report over the limit with exit 2, naming the limit and the option', async () => {
    const { code, out, err } = await run(['check', FIXTURE, '--max-size', '1KB', '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toMatchObject([{ file: FIXTURE, status: 'error', code: 'INPUT_TOO_LARGE' }]);
    expect(err).toBe(
      `compliance-checklist: 报告 ${FIXTURE} 超过了大小上限 1KB。一份报告很少超过 1MB,请确认选对了文件;确需检查更大的文件,可用 --max-size 调高上限,例如 --max-size 50MB。\n`,
    );
  });

  it('applies to standard input, which has no size to look at first', async () => {
    const { code, err } = await run(['check', '-', '--max-size', '500', '--locale', 'en'], {}, { stdin: FIXTURE_TEXT });
    expect(code).toBe(2);
    expect(err).toContain('the report <stdin> is larger than the size limit of 500B');
    expect(err).toContain('--max-size 50MB');
  });

  it.each(['100KB', '1MB', String(FIXTURE_TEXT.length * 3)])('lets the report through under %s', async (size) => {
    await checkJson([FIXTURE, '--max-size', size]);
  });

  it.each(['lots', '0', '-5', '10TB', '1.5.2MB', ''])('refuses --max-size "%s" as a usage error', async (value) => {
    const { code, out, err } = await run(['check', FIXTURE, '--format', 'json', `--max-size=${value}`]);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(`--max-size 的值"${value}"无效:应为大于 0 的大小,如 20MB、500KB,或字节数 1048576。`);
  });
});

describe('--include-text', () => {
  it('adds source { format, encoding, text } after every other key, and only on request', async () => {
    const plain = JSON.parse(await checkJson([FIXTURE]))[0];
    const withText = JSON.parse(await checkJson([FIXTURE, '--include-text']))[0];
    expect(Object.keys(plain)).not.toContain('source');
    expect(Object.keys(withText)).toEqual([...Object.keys(plain), 'source']);
    expect(withText.source).toEqual({ format: 'text', encoding: 'utf-8', text: FIXTURE_TEXT });
  });

  it('gives the extracted text of a web page, which the evidence line numbers refer to', async () => {
    const out = await checkJson(['page.html', '--include-text'], { 'page.html': toHtmlPage(FIXTURE_TEXT) });
    const [a] = JSON.parse(out);
    const lines: string[] = a.source.text.split('\n');
    const evidence = a.findings.flatMap((f: { evidence: Array<{ line: number; text: string }> }) => f.evidence);
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(lines[e.line - 1]).toContain(e.text.slice(0, 8));
    expect(a.source.text).not.toContain('首页');
  });

  it('is for --format json only', async () => {
    const { code, out, err } = await run(['check', FIXTURE, '--include-text']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('--include-text 只用于 --format json(现在是 stylish)');
  });
});

describe('--help', () => {
  it.each([
    ['zh-CN', ['支持的报告', 'GBK/GB18030', '.html', '.docx', 'Markdown', '从 PDF 复制的文字', 'JSON', '--encoding <编码>', '--input-format <格式>', '--max-size <大小>', '--include-text', '标准输入']],
    ['en', ['Supported reports', 'GBK/GB18030', '.html', '.docx', 'Markdown', 'text copied from a PDF', 'JSON', '--encoding <name>', '--input-format <format>', '--max-size <size>', '--include-text', 'standard input']],
  ])('%s lists the supported inputs and the input options', async (locale, expected) => {
    const { code, out } = await run(['check', '--help', '--locale', locale]);
    expect(code).toBe(0);
    for (const text of expected) expect(out).toContain(text);
  });
});
