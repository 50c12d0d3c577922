/**
 * Public data types. Nothing here mentions json-rules-engine or ajv: the engine could be swapped
 * without a major version.
 */

/**
 * A locale for user-facing text. zh-CN is the default.
 *
 * @example
 * await assess(text, ruleSet, { locale: 'en' }) // messages and fixes in English
 */
export type Locale = 'zh-CN' | 'en';

/**
 * Text in every supported locale.
 *
 * @example
 * ruleSet.requirements[0].title['en'] // 'The document is an annual rule-of-law government report'
 */
export type LocalizedText = Record<Locale, string>;

/**
 * The administrative level of the body that issued a report.
 *
 * @example
 * const isTownship = assessment.document.level === 'township'
 */
export type IssuerLevel = 'province' | 'city' | 'county' | 'township' | 'department';

/**
 * A calendar date as `YYYY-MM-DD`.
 *
 * @example
 * assessment.document.published // '2024-03-15' or null
 */
export type IsoDate = string;

/**
 * What the parser could read about the document as a whole.
 *
 * @example
 * parseReport(text).meta // { title, year: 2023, issuer: '临澄市', level: 'city', published: '2024-03-15', … }
 */
export interface ReportMeta {
  /** The document title, when one could be found. */
  title: string | null;
  /** The year the report is about (报告年度), e.g. 2023 for a report published in 2024. */
  year: number | null;
  /** The issuing body or bodies, joined with 、 when the report is signed jointly. */
  issuer: string | null;
  /** The issuer's administrative level, guessed from its name. */
  level: IssuerLevel | null;
  /** The publication date (发布时间/发布日期/日期 on a web page). */
  published: IsoDate | null;
  /** The date in the signature block, or 成文日期. */
  signed: IsoDate | null;
  /** The document number (文号), e.g. 盐司函〔2023〕2号. */
  docNumber: string | null;
}

/**
 * Where a piece of text lies in the ORIGINAL input. Offsets are UTF-16 code units; lines are 1-based.
 *
 * @example
 * const s = parseReport(text).sections[0]; text.slice(s.start, s.end) // the section as written
 */
export interface SourceSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Line of the first character (1-based). */
  line: number;
  /** Line of the last character (1-based). */
  endLine: number;
}

/**
 * The kind of numbering marker that opened a section.
 *
 * @example
 * parseReport(text).sections[0].markerKind // 'cn' for 一、
 */
export type MarkerKind =
  | 'part' // 第一部分
  | 'cn' // 一、
  | 'cn-paren' // （一） (一)
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren' // （1） (1)
  | 'circled' // ①
  | 'markdown' // # heading
  | 'none'; // an unnumbered heading line

/**
 * A paragraph of body text.
 *
 * @example
 * parseReport(text).sections[0].paragraphs[0] // { text, line, start, end, … }
 */
export interface Paragraph extends SourceSpan {
  /** The paragraph text as it appears in the input (trimmed). */
  text: string;
}

/**
 * One enumerated item inside a paragraph: 一是… 二是…
 *
 * @example
 * parseReport(text).sections[0].items // 一是…二是… within the section
 */
export interface ListItem extends SourceSpan {
  /** The item marker, e.g. 一是. */
  marker: string;
  /** The item text including the marker. */
  text: string;
}

/**
 * A section of the outline: a numbered or unnumbered heading and what follows it.
 *
 * @example
 * parseReport(text).sections.map((s) => `${s.level} ${s.marker}${s.heading}`)
 */
export interface Section extends SourceSpan {
  /** Depth in the outline: 1 for top-level sections. */
  level: number;
  /** The kind of numbering marker. */
  markerKind: MarkerKind;
  /** The marker as written, e.g. `（一）` or `1.`; empty for unnumbered headings. */
  marker: string;
  /** The number the marker stands for (一 → 1), or null. */
  number: number | null;
  /** Heading text without the marker. */
  heading: string;
  /** Where the heading lies. */
  headingSpan: SourceSpan;
  /** True when the heading runs into its first paragraph ("（一）紧抓制度建设。一是…"). */
  runIn: boolean;
  /** Paragraphs directly under this heading (not in child sections). */
  paragraphs: Paragraph[];
  /** 一是/二是 items found in the paragraphs. */
  items: ListItem[];
  /** Child sections. */
  children: Section[];
}

/**
 * The parsed report: metadata, the outline, and the text it came from.
 *
 * @example
 * const doc = parseReport(text)
 * const assessment = await assess(doc, ruleSet) // parse once, assess against several rule sets
 */
export interface ReportDocument {
  /** The original text, unchanged. Every offset refers to it. */
  text: string;
  /** What the parser could read about the document. */
  meta: ReportMeta;
  /** Paragraphs before the first heading (the preamble). */
  preamble: Paragraph[];
  /** Top-level sections. */
  sections: Section[];
  /** Where the title stands (from its first line to its last), when the document shows one. */
  titleSpan?: SourceSpan;
  /** Line ranges recognised as boilerplate (site chrome, metadata tables, page numbers) and kept out. */
  boilerplate: SourceSpan[];
  /** Offsets of the start of each line, for offset → line lookups. */
  lineStarts: number[];
  /** How the input was read (encoding, container), when it came through a loader. */
  source?: { name?: string; encoding?: string; format?: string; decodeWarnings?: DecodeWarning[] };
}

/**
 * Bytes that were not valid in the report's encoding and were replaced with U+FFFD (�) so that the
 * rest, overwhelmingly valid, could still be checked.
 *
 * @example
 * assessment.document.decodeWarnings?.[0] // how many bytes were replaced, and on which lines
 */
export interface DecodeWarning {
  /** The encoding the text was decoded with. */
  encoding: string;
  /** How many invalid byte sequences were replaced. */
  replaced: number;
  /** 1-based lines of the decoded file holding a replacement (the first 20). */
  lines: number[];
}

/**
 * What a container (HTML, Word, Markdown, a PDF copy) says about the structure of its text.
 *
 * @example
 * parseReport(extracted) // an ExtractedText carries headings and boilerplate lines as hints
 */
export interface StructureHints {
  /** Lines (1-based) that are headings, with their level (1 = top). */
  headings?: Array<{ line: number; level: number }>;
  /** Lines (1-based) that are furniture: running headers, page numbers, navigation. */
  boilerplateLines?: number[];
  /** Lines (1-based) whose line break falls mid-sentence: the paragraph continues on the next line. */
  softBreaks?: number[];
}

/**
 * Options for {@link parseReport}.
 *
 * @example
 * parseReport(text, { name: 'report.txt' })
 */
export interface ParseOptions {
  /** A name for the input (a file path), carried into errors and the assessment. */
  name?: string;
  /** Metadata the caller already knows; it wins over what the parser reads. */
  meta?: Partial<ReportMeta>;
  /** Structure the container already knows (from the input readers). */
  hints?: StructureHints;
}

// ---------------------------------------------------------------------------------------------
// Rule sets

/**
 * How much a gap matters for CI gating.
 *
 * @example
 * expect(assessment).toHaveNoGaps({ severity: 'error' })
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The outcome of checking one requirement against one report. `waived`: a waiver in force covers the
 * requirement, so it leaves the denominator (see {@link Waiver}).
 * @example
 * assessment.findings.filter((f) => f.status === 'missing').map((f) => f.requirement)
 */
export type FindingStatus = 'met' | 'partial' | 'missing' | 'unknown' | 'not-applicable' | 'waived';

/**
 * An outline slot: a kind of section that requirements refer to, found by heading patterns.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').slots.map((s) => s.id) // ['measures', 'shortcomings', …]
 */
export interface SlotDefinition {
  /** Slot id, e.g. `shortcomings`. */
  id: string;
  /** Regular-expression sources matched against normalised heading text. */
  headings: string[];
  /** Heading patterns that disqualify a section from this slot even when `headings` match. */
  exclude: string[];
  /** Where the item stands when no heading names it, or null: see {@link SlotFallback}. */
  fallback: SlotFallback | null;
  /**
   * Sentence roles the item is made of: a heading below the top level ("(三)补齐短板,提升执法水平" inside
   * the measures) fills the slot only when some of its sentences have one of them. Empty: any heading.
   */
  roles: string[];
}

/**
 * How a slot is found in a report that gives it no heading of its own. `passage`: the longest run of
 * sentences with one of the roles (a plan written as "2024年，我镇将…一是…二是…" at the end of another
 * part), of at least `minChars`. `parts`: the top-level parts that no other slot claims and whose
 * sentences are mostly of the roles (measures written as topical parts with no umbrella heading).
 *
 * @example
 * loadRuleSet('fzzf-annual-report').slots.find((s) => s.id === 'plan')?.fallback // { kind: 'passage', roles: ['plan'], minChars: 80 }
 */
export type SlotFallback =
  | { kind: 'passage'; roles: string[]; minChars: number }
  | { kind: 'parts'; roles: string[]; share: number };

/**
 * A sentence role (plan, problem, cause, demand, citation …): a sentence takes the first role, in the
 * rule set's order, one of whose patterns it matches; a sentence matching none is `done` (work done
 * in the report year). With `carry`, a sentence of this role that leads in to a list ("…将重点抓好以下
 * 工作:一是…") gives its role to the sentences after it in the same paragraph.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').roles.map((r) => r.id) // ['demand', 'plan', 'cause', 'problem']
 */
export interface RoleDefinition {
  /** Role id, e.g. `plan`. */
  id: string;
  /** Regular-expression sources matched against the normalised sentence. */
  patterns: string[];
  /** Patterns that keep a sentence out of the role even when `patterns` match ("整改…不规范问题" is work done). */
  unless: string[];
  /** Whether a lead-in of this role carries it over the rest of its paragraph. */
  carry: boolean;
}

/**
 * A check: a named check kind with its options, as written in the rule set.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').requirements[1].check // { kind: 'section', options: { slot: 'measures', … } }
 */
export interface CheckSpec {
  /** The check kind, e.g. `section`, `causes`, `termGroups`. */
  kind: string;
  /** The options given to the check kind. */
  options: Record<string, unknown>;
}

/**
 * One checklist item of a rule set.
 *
 * @example
 * for (const r of loadRuleSet('fzzf-annual-report').requirements) console.log(r.id, r.weight, r.basis)
 */
export interface Requirement {
  /** Kebab-case id, unique in the rule set. */
  id: string;
  /** Short title in every locale. */
  title: LocalizedText;
  /** The legal basis (法律依据). */
  basis: string;
  /** Severity of a gap in this requirement. */
  severity: Severity;
  /** Weight in the score. */
  weight: number;
  /** Share of the weight earned when the finding is partial (0–1). */
  partialCredit: number;
  /** What to write to close a gap, in every locale. */
  fix: LocalizedText;
  /** Why the requirement matters, in every locale. */
  rationale: LocalizedText;
  /** Optional per-status messages that replace the generic ones. */
  messages: Partial<Record<FindingStatus, LocalizedText>>;
  /** The check, or null when `conditions` are given instead. */
  check: CheckSpec | null;
  /** Raw conditions (json-rules-engine syntax) for met/partial, when no named check is used. */
  conditions: { met?: unknown; partial?: unknown } | null;
  /** The requirement applies only when another requirement's finding has one of these statuses. */
  appliesTo: { requirement: string; status: FindingStatus[] } | null;
}

/**
 * A grade band: reports scoring at least `min` percent get this grade.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').scoring.grades // [{ grade: '优秀', min: 90 }, …]
 */
export interface GradeBand {
  /** The grade name, e.g. 优秀. */
  grade: string;
  /** Minimum percentage (0–100) for this band. */
  min: number;
}

/**
 * A scoring model. `weighted`: met earns the requirement's weight, partial its partial credit.
 * `flat`: every requirement counts 1 (partial: its partial credit). `pass-fail`: the report passes
 * when no error-severity requirement is missing or unknown; the score is the share of requirements met.
 * @example
 * assessment.model // 'weighted'
 */
export type ScoringModel = 'weighted' | 'flat' | 'pass-fail';

/**
 * How a rule set turns findings into a score.
 *
 * @example
 * const { passMark, grades } = loadRuleSet('fzzf-annual-report').scoring
 */
export interface ScoringOptions {
  /** The scoring model. */
  model: ScoringModel;
  /** Minimum percentage to pass (weighted and flat). */
  passMark: number;
  /** Grade bands, highest first (weighted and flat). */
  grades: GradeBand[];
  /** Partial credit of requirements that do not set their own (0–1). */
  partialCredit: number;
}

/**
 * A loaded, validated, compiled rule set. Create with {@link loadRuleSet}.
 *
 * @example
 * const ruleSet: RuleSet = loadRuleSet('fzzf-annual-report')
 * ruleSet.requirements.length // 10
 */
export interface RuleSet {
  /** Rule set id, e.g. `fzzf-annual-report`. */
  id: string;
  /** Semantic version of the rule set. */
  version: string;
  /** Title in every locale. */
  title: LocalizedText;
  /** Where it came from: a built-in id or a file name. */
  source: string;
  /** The key figures to extract from each report (`keyFigures:` in the YAML), when the rule set has them. */
  keyFigures?: KeyFigureSet;
  /** The rule sets it builds on (`extends`), resolved: bases first, each once, as built-in ids or file names. */
  extends: string[];
  /** Outline slots. */
  slots: SlotDefinition[];
  /** Sentence roles, in order of precedence. */
  roles: RoleDefinition[];
  /** Requirements in order. */
  requirements: Requirement[];
  /** Scoring model, pass mark and grades. */
  scoring: ScoringOptions;
  /** The requirement that decides whether the document is assessed item by item at all, or null. */
  gate: RuleSetGate | null;
}

/**
 * A rule set's gate: when the finding of `requirement` is not one of `status`, the document is not
 * what the rule set is for (a look-alike), and every other requirement is not-applicable.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').gate // { requirement: 'report-identity', status: ['met', 'partial'] }
 */
export interface RuleSetGate {
  /** The requirement id, e.g. `report-identity`. */
  requirement: string;
  /** The statuses that open the gate. */
  status: FindingStatus[];
}

// ---------------------------------------------------------------------------------------------
// Assessments

/**
 * A quote from the report that supports a finding.
 *
 * @example
 * const [first] = assessment.findings[0].evidence; console.log(first.line, first.text)
 */
export interface Evidence {
  /** The heading of the section the quote lies in (with its marker), or null for the preamble. */
  section: string | null;
  /** 1-based line in the original input. */
  line: number;
  /** A short quote from the report, in its original characters. */
  text: string;
  /** Offset range of the quote in the original input. */
  start: number;
  /** Offset just past the quote. */
  end: number;
}

/**
 * The outcome of checking one requirement.
 *
 * @example
 * const causes = assessment.findings.find((f) => f.requirement === 'shortcoming-causes')
 * causes?.status // 'met' | 'partial' | 'missing' | …
 */
export interface Finding {
  /** Requirement id. */
  requirement: string;
  /** Requirement title in the chosen locale. */
  title: string;
  /** Status. */
  status: FindingStatus;
  /** Requirement severity. */
  severity: Severity;
  /** Requirement weight. */
  weight: number;
  /** Points earned. */
  earned: number;
  /** What was found, in the chosen locale. */
  message: string;
  /** Quotes that support the status (empty for missing). */
  evidence: Evidence[];
  /** Legal basis. */
  basis: string;
  /** How to close the gap (empty when met). */
  fix: string;
  /** The waiver that names this requirement: in force (status waived) or expired (status as found). */
  waiver?: FindingWaiver;
  /** What the check measured, beside the evidence (counts, flags, the look-alike kind): why the status. */
  detail?: Record<string, unknown>;
}

/**
 * A kind of look-alike document (政府信息公开年报, 工作要点 …), as a genre check names it.
 *
 * @example
 * assessment.gate?.lookalike // { id: 'work-plan', name: '工作要点(计划)' }
 */
export interface LookalikeKind {
  /** Kebab-case id from the rule set, e.g. `info-disclosure`; `lookalike` when the rule set names none. */
  id: string;
  /** The kind's name in the chosen locale. */
  name: string;
}

/**
 * The outcome of a rule set's gate for one report.
 *
 * @example
 * if (assessment.gate && !assessment.gate.open) console.log(assessment.gate.lookalike?.name) // '政府信息公开工作年度报告'
 */
export interface GateOutcome {
  /** The gate requirement. */
  requirement: string;
  /** Its finding's status. */
  status: FindingStatus;
  /** True when the document was assessed item by item; false when every other requirement is not-applicable. */
  open: boolean;
  /** The look-alike the document was taken for, when the gate is closed and the check named one. */
  lookalike: LookalikeKind | null;
}

/**
 * A waiver as a finding shows it.
 *
 * @example
 * assessment.findings.filter((f) => f.waiver).map((f) => f.waiver!.justification)
 */
export interface FindingWaiver {
  /** Why the requirement is waived. */
  justification: string;
  /** Last day the waiver is in force, or null for no end. */
  expires: IsoDate | null;
  /** True when the waiver had expired on the day of the assessment and so did not apply. */
  expired: boolean;
}

/**
 * A waiver: a requirement that does not apply to some reports, with the reason and an optional end.
 * Read from YAML with {@link parseWaivers}.
 * @example
 * const waivers: Waiver[] = parseWaivers(yamlText, { name: 'waivers.yaml' })
 * await assess(text, ruleSet, { waivers })
 */
export interface Waiver {
  /** The requirement id. */
  requirement: string;
  /** Why it is waived. */
  justification: string;
  /** Last day the waiver is in force (`YYYY-MM-DD`), or null for no end. */
  expires: IsoDate | null;
  /** Where the waiver was written, for problems found when it is applied. */
  place?: { file: string; line: number; column: number; path: string };
}

/**
 * A finding that is not met: what is missing, why it matters and what closing it adds.
 *
 * @example
 * for (const g of assessment.gaps) console.log(`${g.title}: +${g.gain} — ${g.fix}`)
 */
export interface Gap {
  /** Requirement id. */
  requirement: string;
  /** Requirement title in the chosen locale. */
  title: string;
  /** Status (partial, missing or unknown). */
  status: FindingStatus;
  /** Requirement severity. */
  severity: Severity;
  /** Points that closing the gap adds to the score. */
  gain: number;
  /** Why it is required. */
  rationale: string;
  /** Legal basis. */
  basis: string;
  /** What to write. */
  fix: string;
}

/**
 * The document summary carried in an assessment: the metadata less the document number.
 *
 * @example
 * const { title, year, issuer } = assessment.document
 */
export type AssessedDocument = Omit<ReportMeta, 'docNumber'> & {
  /** Present only when some bytes of the file were invalid and replaced while decoding it. */
  decodeWarnings?: DecodeWarning[];
};

/**
 * Everything the checker says about one report.
 *
 * @example
 * const assessment: Assessment = await assess(text, loadRuleSet('fzzf-annual-report'))
 * console.log(assessment.score, assessment.maxScore, assessment.grade, assessment.passed)
 */
export interface Assessment {
  /** The input's name (a file path), when known. */
  file: string | null;
  /** The rule set used. */
  ruleSet: { id: string; version: string };
  /** What the parser read about the document. */
  document: AssessedDocument;
  /** Points earned. */
  score: number;
  /** Points available (the denominator: not-applicable requirements are left out). */
  maxScore: number;
  /** Score as a percentage of maxScore, rounded to one decimal. */
  percent: number;
  /** The scoring model. */
  model: ScoringModel;
  /** The grade band reached. */
  grade: string;
  /** True when percent reaches the rule set's pass mark. */
  passed: boolean;
  /** One finding per requirement, in rule-set order. */
  findings: Finding[];
  /** Findings that are not met, most points to gain first. */
  gaps: Gap[];
  /** Requirements whose status is unknown (scored 0 and flagged). */
  unknown: string[];
  /** Requirements left out of the denominator. */
  notApplicable: string[];
  /** The rule set's gate: whether the document was assessed item by item, and what it was taken for. Null without a gate. Set by assess(). */
  gate?: GateOutcome | null;
  /** Requirements waived: left out of the denominator, each finding with its justification. Set by assess(). */
  waived?: string[];
  /** Waivers that had expired, so did not apply; their findings say so. Set by assess(). */
  expiredWaivers?: Array<{ requirement: string; justification: string; expires: IsoDate }>;
  /** How the score was computed, in the chosen locale (the model, numerator and denominator). Set by assess(). */
  explanation?: string;
  /** Locale of the messages. */
  locale: Locale;
  /** Key figures read from the report, in rule-set order, when the rule set defines them. Set by assess(). */
  figures?: KeyFigure[];
}

/**
 * Options for {@link assess}.
 *
 * @example
 * await assess(text, ruleSet, { name: 'report.txt', locale: 'en', waivers, today: '2025-03-01' })
 */
export interface AssessOptions extends ParseOptions {
  /** Locale of messages, titles and fixes. Default zh-CN. */
  locale?: Locale;
  /** Waivers to apply (from {@link parseWaivers}). A waiver naming a requirement the rule set lacks is an error. */
  waivers?: Waiver[];
  /** The day waivers are judged on (`YYYY-MM-DD`). Default: today, by the local clock. */
  today?: IsoDate;
  /** Minimum percent to pass, in place of the rule set's pass mark, as `check --min-score`. Default: the pass mark. */
  minScore?: number | null;
  /** The lowest gap severity that fails the report, as `check --fail-on` (`none`: no gap does). Default `error`, as `check`. */
  failOn?: Severity | 'none';
  /** Most warning-severity gaps a passing report may have, as `check --max-warnings`. Default: no limit. */
  maxWarnings?: number | null;
  /**
   * Whether to read the rule set's key figures into `assessment.figures`. Default true; false leaves
   * `figures` out and saves their scan (a tenth of the time), for callers that never show them, as
   * `check` does unless a figures or html output is asked for.
   */
  figures?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Key figures

/**
 * A kind of key figure: a count of cases or documents, or a rate in per cent.
 *
 * @example
 * const kind: KeyFigureKind = 'rate'
 */
export type KeyFigureKind = 'count' | 'rate';

/**
 * One key figure a rule set asks for: what it is called and how to find it.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').keyFigures?.figures[0]?.kind // 'count'
 */
export interface KeyFigureSpec {
  /** Kebab-case id, e.g. `reconsideration-cases`. */
  id: string;
  /** Name in every locale. */
  title: LocalizedText;
  /** A count (a whole number of cases or documents) or a rate (per cent). */
  kind: KeyFigureKind;
  /** Regular-expression sources for the subject the number is about, e.g. `行政复议(?:案件)?`. */
  terms: string[];
  /** Units a count may carry (件, 起 …); for a rate, the per-cent sign. */
  units: string[];
  /** How many characters may lie between the subject and its number, within one clause. */
  window: number;
}

/**
 * The key figures of a rule set.
 *
 * @example
 * loadRuleSet('fzzf-annual-report').keyFigures?.figures.map((f) => f.id)
 */
export interface KeyFigureSet {
  /** The figures, in table order. */
  figures: KeyFigureSpec[];
  /** Patterns that show a number counts several kinds together (等四类案件); such numbers are flagged. */
  combinedCues: string[];
}

/**
 * Why an extracted figure cannot be taken at face value.
 *
 * @example
 * assessment.figures?.filter((f) => f.flags.length > 0) // figures to check by hand
 */
export type KeyFigureFlag = 'over-100' | 'combined' | 'fraction';

/**
 * A key figure read from a report, with the quote and line it came from.
 *
 * @example
 * assessment.figures?.find((f) => f.id === 'reconsideration-cases')?.value // 64
 */
export interface KeyFigure {
  /** The figure id. */
  id: string;
  /** The figure's name in the chosen locale. */
  title: string;
  /** Count or rate. */
  kind: KeyFigureKind;
  /** The number as written (a rate in per cent). */
  value: number;
  /** The unit as written (件, %, …). */
  unit: string;
  /** True when written as a lower bound (160余件, 100多起). */
  approximate: boolean;
  /** Why the value is implausible or not comparable; empty when it looks sound. */
  flags: KeyFigureFlag[];
  /** 1-based line in the original input. */
  line: number;
  /** The clause the figure was read from, in its original characters. */
  text: string;
  /** Offset of the number in the original input. */
  start: number;
  /** Offset just past the unit. */
  end: number;
}
