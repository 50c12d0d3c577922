/// <reference types="node" />
/**
 * Loading a rule-set file from disk, with the files its `extends` names: the Node-only half of rule
 * loading (the core never reads files). Exported as `compliance-checklist/node`, never from the main
 * entry, which must stay free of Node built-ins so that it runs in a browser.
 *
 * The core's resolver is synchronous and file reads are not, so the whole `extends` chain is read
 * first, then handed to parseRuleSet. Every path is confined: a file may only extend files inside the
 * root rule set's folder tree (or a folder listed in `allow`), judged on real paths, so neither
 * `../../etc/shadow` nor a symlink pointing out of the tree is read; each file is read with a size cap.
 */
import { stat as fsStat, readFile as fsReadFile, realpath as fsRealpath, open } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { RuleSetError } from '../errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../input/size-limit.js';
import { parseRuleSet } from '../rules/load-rule-set.js';
import type { RuleSetResolver } from '../rules/read-layers.js';
import { MAX_EXTENDS_DEPTH } from '../rules/read-layers.js';
import { MAX_ALIAS_COUNT } from '../rules/yaml-source.js';
import type { RuleSet } from '../types.js';

/** How files are read; the default is Node's file system. The CLI passes its own, for tests. */
export interface RuleSetFiles {
  /** What lies at a path, or null when nothing does. May reject (ELOOP, EACCES). */
  stat(file: string): Promise<{ isDirectory: boolean; size?: number } | null>;
  /** The file's bytes; with `maxBytes`, at most `maxBytes + 1` of them. */
  readFile(file: string, maxBytes?: number): Promise<Uint8Array>;
  /** The path with symlinks resolved; without it, confinement is judged on the paths as written. */
  realpath?(file: string): Promise<string>;
}

/** Options of {@link loadRuleSetFile}. */
export interface LoadRuleSetFileOptions {
  /** The root file's text, when the caller has read it already. */
  text?: string;
  /** Refuse rule-set files larger than this many bytes. Default 20 MiB. */
  maxBytes?: number;
  /** Folders, besides the root rule set's own folder tree, whose files `extends` may name. */
  allow?: readonly string[];
  /** How to read files. Default: Node's file system. */
  files?: RuleSetFiles;
}

/**
 * A file as read: its text; `detail` when it cannot be read (the loader says "could not be read
 * (detail)"); `refused` when it may not be read (worded to follow `names "ref", which …`).
 */
type Read = { text: string } | { detail: string } | { refused: string };

// fatal: a rule set in another encoding must fail loudly rather than load with mangled patterns.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const looksLikePath = (ref: string) => /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);

async function readCapped(file: string, maxBytes?: number): Promise<Uint8Array> {
  if (maxBytes === undefined) return fsReadFile(file);
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(maxBytes + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

const NODE_FILES: RuleSetFiles = {
  async stat(file) {
    try {
      const s = await fsStat(file);
      return { isDirectory: s.isDirectory(), ...(s.isFile() ? { size: s.size } : {}) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
  },
  readFile: readCapped,
  realpath: (file) => fsRealpath(file),
};

function systemDetail(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/** Reads a UTF-8 rule-set file with the size cap. */
async function readText(files: RuleSetFiles, file: string, maxBytes: number): Promise<Read | null> {
  let bytes: Uint8Array;
  try {
    const s = await files.stat(file);
    if (s === null) return null;
    if (s.isDirectory) return { detail: 'EISDIR' };
    const tooLarge = { detail: `larger than the size limit of ${formatBytes(maxBytes)}; raise it with --max-size` };
    if (s.size !== undefined && s.size > maxBytes) return tooLarge;
    bytes = await files.readFile(file, maxBytes);
    if (bytes.byteLength > maxBytes) return tooLarge;
  } catch (error) {
    // ELOOP (a symlink loop), EACCES, ENAMETOOLONG: said with the system's code.
    return { detail: systemDetail(error) };
  }
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { detail: 'not UTF-8' };
  }
}

/** The `extends` entries of a rule-set text that name files; none when the text cannot be read. */
function fileRefs(text: string): string[] {
  try {
    const doc = parseDocument(text, { logLevel: 'silent' });
    if (doc.errors.length > 0) return [];
    const refs = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as { extends?: unknown } | null)?.extends;
    return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string' && looksLikePath(r)) : [];
  } catch {
    // The loader reports what is wrong with the text, with its place; here it only has no bases.
    return [];
  }
}

/** Where `ref`, written in the file `from`, points: relative paths stay relative, as the user wrote them. */
function relativeTo(from: string, ref: string): string {
  return path.isAbsolute(ref) ? path.normalize(ref) : path.join(path.dirname(from), ref);
}

/** True when `file` lies inside `folder` (or is it). */
function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

interface Walk {
  files: RuleSetFiles;
  maxBytes: number;
  /** The allowed folders, as written and (when the file system can say) as real paths. */
  folders: string[];
  read: Map<string, Read | null>;
}

async function realOrSelf(files: RuleSetFiles, file: string): Promise<string> {
  return files.realpath ? files.realpath(file) : file;
}

/** Why a path may not be read, or null when it lies inside an allowed folder (also after symlinks). */
async function confinement(walk: Walk, file: string): Promise<string | null> {
  const outside = `lies outside the folders rule sets may extend from (${walk.folders[0]}); copy it into that folder, or allow its folder (allow option)`;
  if (!walk.folders.some((f) => inside(f, path.resolve(file)))) return outside;
  let real: string;
  try {
    real = await realOrSelf(walk.files, file);
  } catch (error) {
    const code = systemDetail(error);
    // A missing file is the reader's to report; a symlink loop is unreadable, not an internal error.
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : `could not be read (${code}); check the path`;
  }
  return walk.folders.some((f) => inside(f, path.resolve(real))) ? null : outside;
}

/** Reads every file the `extends` chain names by path, each once, up to the chain depth limit. */
async function readChain(walk: Walk, from: string, text: string, depth: number): Promise<void> {
  if (depth >= MAX_EXTENDS_DEPTH) return; // the loader reports the chain as too deep, at its place
  for (const ref of fileRefs(text)) {
    const file = relativeTo(from, ref);
    if (walk.read.has(file)) continue;
    const refused = await confinement(walk, file);
    const read = refused ? { refused } : await readText(walk.files, file, walk.maxBytes);
    walk.read.set(file, read);
    if (read && 'text' in read) await readChain(walk, file, read.text, depth + 1);
  }
}

/**
 * Loads a rule-set file and the files its `extends` names, relative to the file naming them and
 * confined to the root file's folder tree (plus `allow`).
 *
 * @throws RuleSetError with every problem of every file in the chain, each with file:line:col; an
 *   unreadable root file is one RULESET_INVALID problem.
 * @example
 * import { loadRuleSetFile } from 'compliance-checklist/node'
 * const ruleSet = await loadRuleSetFile('rules/city.yaml', { allow: ['../shared-rules'] })
 * const assessment = await assess(text, ruleSet)
 */
export async function loadRuleSetFile(file: string, options: LoadRuleSetFileOptions = {}): Promise<RuleSet> {
  const files = options.files ?? NODE_FILES;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const root = path.normalize(file);
  const own = options.text !== undefined ? { text: options.text } : await readText(files, root, maxBytes);
  if (own === null || !('text' in own)) {
    const detail = own === null ? 'ENOENT' : 'detail' in own ? own.detail : own.refused;
    throw new RuleSetError([{ code: 'RULESET_INVALID', file, line: 0, column: 0, path: '', message: `the rule-set file could not be read (${detail}); check the path` }]);
  }
  const allowed = [path.resolve(path.dirname(root)), ...(options.allow ?? []).map((f) => path.resolve(f))];
  // Real paths as well as written ones: a rule set kept in a symlinked folder may extend its siblings.
  const real = await Promise.all(allowed.map((f) => realOrSelf(files, f).catch(() => f)));
  const walk: Walk = { files, maxBytes, folders: [...new Set([...allowed, ...real])], read: new Map() };
  await readChain(walk, root, own.text, 1);
  const resolve: RuleSetResolver = (ref, from) => {
    const name = relativeTo(from, ref);
    const found = walk.read.get(name);
    if (!found) return null;
    // The loader words this as "names …, which could not be read (EACCES); check the path".
    if ('detail' in found) throw new Error(found.detail);
    return 'refused' in found ? found : { name, text: found.text };
  };
  // parseRuleSet, not loadRuleSet: a file holding one word is YAML to read, not a built-in id.
  return parseRuleSet(own.text, { name: root, resolve });
}
