/**
 * The options of each check kind, as a loaded rule set holds them: the schemas in check-kinds.ts
 * describe the same shapes for validation. One definition for the engine and the CLI's descriptions.
 */

export interface SectionOptions {
  slot: string;
  minChars?: number;
  /** Only content sentences of these roles count towards `minChars` for met; any content is partial. */
  roles?: string[];
  position?: 'first' | 'last' | number;
  /** `roles`: only sentences of these roles count (e.g. done: not a problem, a plan or a demand). */
  passage?: { terms: string[]; exclude?: string[]; unless?: string[]; roles?: string[] };
  partialTerms?: string[];
}
/** A named kind of look-alike document and the patterns that give it away. */
export interface LookalikeOption {
  id: string;
  name: string | { 'zh-CN': string; en?: string };
  /** Matched in the title (or, without one, the opening). */
  patterns: string[];
  /** Matched anywhere in the text; `minCues` occurrences in all give the kind away too ("本人" in a 述法报告). */
  cues?: string[];
  minCues?: number;
  /** Given away when at least `min` of the body sentences have `role` (a plan is mostly plan sentences). */
  roleShare?: { role: string; min: number };
}
export interface GenreOptions {
  title: string[];
  topic: string[];
  /** The opening formula of the genre ("现将…情况报告如下"): with the topic, it stands for a title. */
  formula?: string[];
  lookalikes?: Array<string | LookalikeOption>;
  structure?: { slots: string[]; min: number };
}
export interface CausesOptions {
  in: string;
  markers: string[];
  implicit?: string[];
  dedicated?: string[];
  minCauses?: number;
  ratio?: number;
}
/** A thing named as an object and an action within one clause, at most `window` characters apart. */
export interface ConceptOption {
  objects: string[];
  actions: string[];
  window?: number;
}
export interface TermGroupsOptions {
  in?: string;
  groups: Record<string, string[]>;
  concepts?: Record<string, ConceptOption[]>;
  collective?: string[];
  /** Names of other things that contain a group's words (双公示): blanked before matching. */
  falseFriends?: string[];
  exclude?: string[];
  roles?: string[];
}
export interface FiguresOptions {
  in?: string;
  /** Units as literal text (件, 人次, %); they replace the default list. */
  units?: string[];
  min?: number;
}
export interface DeadlineOptions {
  date?: 'published' | 'signed';
  month: number;
  day: number;
  yearOffset?: number;
  signedFallback?: boolean;
}
export interface TermsOptions {
  terms: string[];
  match?: 'all' | 'any' | 'atLeast';
  count?: number;
  in?: string;
  exclude?: string[];
  partial?: number;
}
export interface OrderOptions {
  slots: string[];
}
export interface LengthOptions {
  in?: string;
  min: number;
  partial?: number;
}
export interface IfThenOptions {
  if: unknown;
  then: unknown;
}

/**
 * Every pattern of a look-alike list, named or not.
 *
 * @example
 * lookalikePatterns(['工作要点', { id: 'news', name: '新闻', patterns: ['召开'] }]) // ['工作要点', '召开']
 */
export function lookalikePatterns(list: GenreOptions['lookalikes']): string[] {
  return (list ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.patterns));
}

/**
 * Every check kind with its options type. The one list a new kind starts from: the schema
 * (check-kinds.ts), the engine's registry (engine/checks/index.ts) and the describers of both message
 * catalogues are typed by it, so the compiler names each place that still lacks the new kind.
 */
export interface CheckKindOptions {
  section: SectionOptions;
  genre: GenreOptions;
  causes: CausesOptions;
  termGroups: TermGroupsOptions;
  figures: FiguresOptions;
  deadline: DeadlineOptions;
  terms: TermsOptions;
  order: OrderOptions;
  length: LengthOptions;
  ifThen: IfThenOptions;
}

