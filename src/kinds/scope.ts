/**
 * Scopes a check kind searches: the whole report, its headings, or the section of one slot.
 */
import type { Block, DocumentIndex } from '../engine/document-index.js';

/**
 * The blocks of a scope: every block for `report` (or no scope), heading blocks for `headings`,
 * else the blocks of the named slot's section, its own heading included. Null when the slot is not
 * in the report: the caller decides whether that is a finding (missing) or unmeasurable.
 *
 * @example
 * scopeBlocks(index, 'shortcomings') // the heading and body of "二、存在的不足和原因", or null
 */
export function scopeBlocks(index: DocumentIndex, scope: string | undefined): Block[] | null {
  if (scope === undefined || scope === 'report') return index.blocks;
  if (scope === 'headings') return index.blocks.filter((b) => b.kind === 'heading');
  const slot = index.slot(scope);
  return slot ? index.blocksIn(slot) : null;
}
