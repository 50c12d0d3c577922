/**
 * The hand-labelled real reports are optional outside data: `../shared/corpus` beside the checkout.
 * Suites that need them register anyway and skip, with one line saying why, so a bare clone passes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared/corpus beside the checkout. */
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus');
/** Its report texts. */
export const SEEDS_DIR = path.join(CORPUS_DIR, 'seeds');
/** True when the labelled corpus is there. */
export const haveCorpus = existsSync(path.join(CORPUS_DIR, 'labels.yaml'));
/** True when the seed reports are there. */
export const haveSeeds = existsSync(SEEDS_DIR);

/** Prints the one line a skipped optional suite gives (nothing when the data is there). */
export function noteSkipped(what: string, present: boolean): void {
  if (!present) console.warn(`${what} skipped: optional data ../shared/corpus is not beside this checkout`);
}
