/**
 * Which files a batch leaves out: files no one means as a report (hidden files, the desktop's own
 * files, the lock files Word and WPS leave beside an open document) and what the user ignores with
 * `--ignore` or a `.checklistignore` file. Matching is picomatch's, so patterns behave as in other
 * tools: a pattern without a slash matches a name in any folder (`*.bak`), one with a slash matches
 * the path (`drafts/**`).
 */
import picomatch from 'picomatch';

/** The name of the ignore file read from the current folder, one pattern a line, `#` for comments. */
export const IGNORE_FILE = '.checklistignore';

/**
 * Skipped by default, by name: dotfiles (.DS_Store, .~lock.x.docx#), Office and WPS lock files
 * (~$x.docx), Windows' desktop.ini and thumbnail caches, editor backups (x.txt~).
 */
const DEFAULT_SKIPPED = ['.*', '~$*', '~*.tmp', 'desktop.ini', 'Thumbs.db', 'ehthumbs.db', '*~'];
/** Folders never walked into: hidden ones and the resource forks a zip made on a Mac carries. */
const DEFAULT_SKIPPED_FOLDERS = ['.*', '__MACOSX'];

/** Decides which paths a batch leaves out. */
export interface IgnoreRules {
  /** True for a file to leave out. */
  ignoresFile(path: string): boolean;
  /** True for a folder not to walk into. */
  ignoresFolder(path: string): boolean;
}

/** Forward slashes and no leading `./`, the form picomatch matches. */
export function toPosix(path: string, separator: '/' | '\\'): string {
  const slashed = separator === '\\' ? path.replace(/\\/g, '/') : path;
  return slashed.replace(/^(\.\/)+/, '');
}

/**
 * The patterns of an ignore file: one a line; blank lines and `#` comments left out.
 *
 * @example
 * parseIgnoreFile('# drafts\ndrafts/**\n*.bak\n') // ['drafts/**', '*.bak']
 */
export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The rules of a run: the default skips plus the user's patterns.
 *
 * @example
 * const rules = ignoreRules(['drafts/**'])
 * rules.ignoresFile('reports/~$2023.docx') // true
 */
export function ignoreRules(patterns: readonly string[]): IgnoreRules {
  const skipped = picomatch(DEFAULT_SKIPPED, { dot: true, nocase: true });
  const skippedFolder = picomatch(DEFAULT_SKIPPED_FOLDERS, { dot: true, nocase: true });
  const user = userMatcher(patterns);
  return {
    ignoresFile: (path) => skipped(nameOf(path)) || user(path),
    ignoresFolder: (path) => (nameOf(path) !== '.' && nameOf(path) !== '..' && skippedFolder(nameOf(path))) || user(path),
  };
}

/** The last part of a path: the defaults look at names only, so `./x.txt` never reads as a dotfile. */
const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The user's patterns, as .gitignore reads them: without a slash, a name in any folder; with one, a
 * path (a leading slash only anchors it). picomatch's own `basename` option is not used: it also
 * applies to patterns with a slash and then matches nothing.
 */
function userMatcher(patterns: readonly string[]): (path: string) => boolean {
  const names = patterns.filter((p) => !p.includes('/'));
  const paths = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\//, ''));
  const byName = names.length > 0 ? picomatch(names, { dot: true }) : () => false;
  const byPath = paths.length > 0 ? picomatch(paths, { dot: true }) : () => false;
  return (path) => byName(nameOf(path)) || byPath(path);
}
