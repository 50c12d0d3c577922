/**
 * The options of each check kind, as a loaded rule set holds them: the schemas in check-kinds.ts
 * describe the same shapes for validation. One definition for the engine and the CLI's descriptions.
 */

export interface SectionOptions {
  slot: string;
  minChars?: number;
  position?: 'first' | 'last' | number;
  passage?: { terms: string[]; exclude?: string[]; unless?: string[] };
  partialTerms?: string[];
}
export interface GenreOptions {
  title: string[];
  topic: string[];
  lookalikes?: string[];
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
export interface TermGroupsOptions {
  in?: string;
  groups: Record<string, string[]>;
  collective?: string[];
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
