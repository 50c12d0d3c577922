/**
 * Sentence roles: one deterministic tagger giving each sentence of a report the role it plays — work
 * done in the report year (`done`), or one of the rule set's roles (plan, problem, cause, demand,
 * citation …), the first in the rule set's order whose patterns it matches. Checks then ask for, say,
 * "a done-work sentence that names the 第一责任人 duty" rather than any sentence with the words, so a
 * problem ("…第一责任人职责不到位"), a task in a plan or a demand ("要切实履行…") does not count.
 */
import type { RoleDefinition } from '../types.js';

/** The role of a sentence that matches no role of the rule set: work done in the report year. */
export const DONE_ROLE = 'done';

/** A sentence of a block: its range in the block's matching text and its role. */
export interface RoledSentence {
  /** Offset of the sentence in the block's text. */
  at: number;
  /** The sentence, with its closing punctuation. */
  text: string;
  /** The role id. */
  role: string;
}

/** The sentence ends: 。 and the half-width ; ! ? that normalisation gives. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f;

/**
 * Calls `visit` with each sentence of a text: a run of characters up to and with its closing mark, as
 * /[^。;!?]+[。;!?]?/g matches (a mark with no text before it is no sentence). A loop over character
 * codes: the regex's match arrays were a tenth of the tagging.
 */
export function eachSentence(text: string, visit: (at: number, sentence: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSentenceEnd(text.charCodeAt(i))) i++;
    if (i === n) return;
    let j = i + 1;
    while (j < n && !isSentenceEnd(text.charCodeAt(j))) j++;
    const end = j < n ? j + 1 : n;
    visit(i, text.slice(i, end));
    i = end;
  }
}

interface CompiledRole {
  id: string;
  re: RegExp;
  unless: RegExp | null;
  carry: boolean;
}

const alternation = (patterns: readonly string[]) => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u');

/** Tags sentences with the roles of one rule set; compiled once per rule set. */
export class RoleTagger {
  private readonly roles: CompiledRole[];

  constructor(definitions: readonly RoleDefinition[]) {
    // One alternation per role: a sentence is tested once per role, not once per pattern.
    this.roles = definitions.map((d) => ({ id: d.id, re: alternation(d.patterns), unless: d.unless.length > 0 ? alternation(d.unless) : null, carry: d.carry }));
  }

  /** Whether the rule set defines any role besides `done`. */
  get empty(): boolean {
    return this.roles.length === 0;
  }

  /** The role of one sentence on its own. */
  roleOf(sentence: string): CompiledRole | null {
    for (const role of this.roles) if (role.re.test(sentence) && !role.unless?.test(sentence)) return role;
    return null;
  }

  /**
   * The sentences of a run of blocks in reading order, each with its role. A lead-in of a carrying role
   * ("…将重点抓好以下工作:一是…") lends its role to the done-looking sentences after it, up to the next
   * heading or the next sentence with a role of its own. A heading's own words are tagged too (a
   * numbered line "1.全年公示执法信息8.2万条" is content) but carry nothing over.
   *
   * @example
   * tagger.tag([{ text: '2024年,我镇将抓好以下工作:一是压实责任;二是加强培训。', heading: false }])[0].map((s) => s.role) // ['plan', 'plan']
   */
  tag(blocks: ReadonlyArray<{ text: string; heading: boolean }>): RoledSentence[][] {
    let carried: string | null = null;
    return blocks.map(({ text, heading }) => {
      if (heading) carried = null;
      const out: RoledSentence[] = [];
      eachSentence(text, (at, sentence) => {
        const own = this.roleOf(sentence);
        const role = own ? own.id : (carried ?? DONE_ROLE);
        if (own) carried = !heading && own.carry && sentence.includes(':') ? own.id : null;
        out.push({ at, text: sentence, role });
      });
      if (heading) carried = null;
      return out;
    });
  }
}
