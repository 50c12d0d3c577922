import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { loadRules } from '../../src/cli/load-rules.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { readReport } from '../../src/cli/read-report.js';
import { isChecklistError } from '../../src/errors.js';
import { bulkyDocx } from '../input/bulky-docx.js';
import { fakeIo } from './fake-io.js';

const KIB = 1024;
const HAS_DEV_ZERO = process.platform !== 'win32';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe.runIf(HAS_DEV_ZERO)('--max-size on what has no size to check beforehand', () => {
  it('stops reading an endless report (/dev/zero) one byte past the limit', async () => {
    const bytes = await nodeIo().readFile('/dev/zero', 64 * KIB);
    expect(bytes.byteLength).toBe(64 * KIB + 1);
  });

  it('refuses an endless report with INPUT_TOO_LARGE naming the limit', async () => {
    const error = await failure(readReport(nodeIo(), '/dev/zero', { maxBytes: 64 * KIB }));
    expect(isCliError(error) && error.key).toBe('INPUT_TOO_LARGE');
    expect(isCliError(error) && error.params).toMatchObject({ file: '/dev/zero', limit: 64 * KIB });
  });

  it('refuses an endless rule-set file with a typed error', async () => {
    const error = await failure(loadRules(nodeIo(), '/dev/zero', 64 * KIB));
    expect(isCliError(error) && error.key).toBe('RULES_UNREADABLE');
    expect((error as Error).message).toMatch(/64 KiB/);
  });
});

describe('standard input larger than --max-size', () => {
  it('is refused from what was read, even when the reader returns more than it was asked for', async () => {
    const io = fakeIo({}, { stdin: 'x'.repeat(4 * KIB) });
    const error = await failure(readReport(io, '-', { maxBytes: KIB }));
    expect(isChecklistError(error) && error.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('a symlink loop', () => {
  it('is an unreadable report, not an internal error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-loop-'));
    await symlink(join(dir, 'b.txt'), join(dir, 'a.txt'));
    await symlink(join(dir, 'a.txt'), join(dir, 'b.txt'));
    await writeFile(join(dir, 'ok.txt'), 'x');
    const error = await failure(readReport(nodeIo(), join(dir, 'a.txt'), { maxBytes: KIB }));
    expect(isCliError(error) && error.key).toBe('INPUT_UNREADABLE');
    expect((error as Error).message).toMatch(/ELOOP/);
  });
});

describe('a .docx that inflates beyond --max-size, through the CLI', () => {
  it('is INPUT_TOO_LARGE with the part and the limit in its detail, not "the file is larger"', async () => {
    const io = fakeIo({ 'bomb.docx': await bulkyDocx(3) });
    const error = await failure(readReport(io, 'bomb.docx', { maxBytes: 1024 * KIB }));
    expect(isCliError(error) && error.key).toBe('INPUT_TOO_LARGE');
    expect(isCliError(error) && error.params).toMatchObject({ file: 'bomb.docx', detail: expect.stringMatching(/word\/document\.xml inflates to .*1 MiB/) });
  });
});
