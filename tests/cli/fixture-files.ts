/// <reference types="node" />
/**
 * The rule sets, waivers and reports of tests/cli/fixtures as fake-io entries, keyed by their path
 * below that folder (`city/city.yaml`), so a test names the files as a user would type them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeIo, type FakeEntry, type FakeIo, type FakeIoOptions } from './fake-io.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

/** Every fixture file, as UTF-8 text, by its path below tests/cli/fixtures (with `/`). */
export const fixtureFiles: Readonly<Record<string, string>> = Object.fromEntries(
  (readdirSync(FIXTURES, { recursive: true }) as string[])
    .filter((f) => /\.(ya?ml|txt)$/.test(f))
    .map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(FIXTURES, f), 'utf8')]),
);

/**
 * A fake io holding every fixture file, plus `extra`.
 *
 * @example
 * const io = fixtureIo({ 'locked.yaml': { unreadable: 'EACCES' } })
 */
export function fixtureIo(extra: Record<string, FakeEntry> = {}, options: FakeIoOptions = {}): FakeIo {
  return fakeIo({ ...fixtureFiles, ...extra }, options);
}
