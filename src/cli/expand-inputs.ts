/**
 * The command line's files as the list of reports to check: folders walked (recursively, in name
 * order), glob patterns expanded by the tool itself (cmd.exe and PowerShell pass `reports\*.txt`
 * unexpanded, and a quoted pattern reaches a Unix shell's user the same way), and the files no one
 * means as a report left out. Every argument is accounted for: what cannot be listed, or names
 * nothing, is an entry with its error, in its place.
 */
import picomatch from 'picomatch';
import { CliError } from './cli-error.js';
import { ignoreRules, toPosix, type IgnoreRules } from './ignore.js';
import { describeSystemError, type CliIo, type FileStat } from './io.js';
import { STDIN } from './read-report.js';

/** One report to check, or an argument that could not be turned into one. */
export interface InputEntry {
  /** The path as it will be named in output (or `-` for standard input). */
  path: string;
  /** Why this argument gives no report; the run reports it as an unreadable file. */
  error?: CliError;
  /** What a stat of a file named on the command line gave, so that reading it does not stat it again. */
  stat?: FileStat;
}

/** The reports of a run, in order, and what was left out. */
export interface InputList {
  entries: InputEntry[];
  /** Files left out: hidden, system or lock files, or matched by --ignore / .checklistignore. */
  skipped: string[];
}

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  /** --ignore patterns and those of the ignore file. */
  ignore: readonly string[];
}

const join = (folder: string, name: string) => (folder === '.' || folder === '' ? name : `${folder.replace(/\/+$/, '')}/${name}`);
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every file below a folder, in name order, without the ones the rules leave out. */
async function walk(io: CliIo, folder: string, rules: IgnoreRules, list: InputList): Promise<void> {
  let children;
  try {
    children = (await io.readDir(folder)).sort(byName);
  } catch (error) {
    list.entries.push({ path: folder, error: new CliError('INPUT_UNREADABLE', { file: folder, detail: describeSystemError(error) }) });
    return;
  }
  for (const child of children) {
    const path = join(folder, child.name);
    if (child.isDirectory) {
      if (!rules.ignoresFolder(path)) await walk(io, path, rules, list);
    } else if (rules.ignoresFile(path)) {
      list.skipped.push(path);
    } else {
      list.entries.push({ path });
    }
  }
}

/** The files a folder or a pattern yields, appended to the list; an error entry when it yields none. */
async function expandMany(arg: string, list: InputList, collect: (l: InputList) => Promise<void>): Promise<void> {
  const found: InputList = { entries: [], skipped: [] };
  await collect(found);
  list.skipped.push(...found.skipped);
  if (found.entries.length > 0) list.entries.push(...found.entries);
  else list.entries.push({ path: arg, error: new CliError('INPUT_NO_REPORTS', { file: arg, skipped: found.skipped.length }) });
}

/** A glob pattern: walk its fixed base and keep what picomatch matches. */
async function expandGlob(io: CliIo, pattern: string, rules: IgnoreRules, list: InputList): Promise<void> {
  const { base } = picomatch.scan(pattern);
  const matches = picomatch(pattern);
  await expandMany(pattern, list, async (found) => {
    const all: InputList = { entries: [], skipped: [] };
    if ((await io.stat(base || '.'))?.isDirectory) await walk(io, base || '.', rules, all);
    found.entries.push(...all.entries.filter((e) => e.error !== undefined || matches(e.path)));
    found.skipped.push(...all.skipped.filter((p) => matches(p)));
  });
}

/** One argument: standard input, a file, a folder, a pattern, or nothing (left for the reader to report). */
async function expandOne(io: CliIo, raw: string, rules: IgnoreRules, list: InputList): Promise<void> {
  if (raw === STDIN) return void list.entries.push({ path: STDIN });
  const arg = toPosix(raw, io.separator);
  let stat;
  try {
    stat = await io.stat(raw);
  } catch (error) {
    return void list.entries.push({ path: raw, error: new CliError('INPUT_UNREADABLE', { file: raw, detail: describeSystemError(error) }) });
  }
  if (stat?.isDirectory) return expandMany(raw, list, (found) => walk(io, arg, rules, found));
  if (stat === null && picomatch.scan(arg).isGlob) return expandGlob(io, arg, rules, list);
  // Named one by one (often by the shell's own expansion of reports/*): the same files are left out.
  if (stat !== null && rules.ignoresFile(arg)) return void list.skipped.push(raw);
  list.entries.push(stat === null ? { path: raw } : { path: raw, stat });
}

/**
 * Expands the command line's files, in order, each file once.
 *
 * @example
 * await expandInputs(io, ['reports', 'extra/*.txt', '-'], { ignore: ['drafts/**'] })
 * // { entries: [{ path: 'reports/a.txt' }, …, { path: '-' }], skipped: ['reports/~$b.docx'] }
 */
export async function expandInputs(io: CliIo, args: readonly string[], options: ExpandOptions): Promise<InputList> {
  const rules = ignoreRules(options.ignore);
  const list: InputList = { entries: [], skipped: [] };
  for (const arg of args) await expandOne(io, arg, rules, list);
  const seen = new Set<string>();
  list.entries = list.entries.filter((e) => e.error !== undefined || (seen.has(e.path) ? false : (seen.add(e.path), true)));
  return list;
}
