/**
 * English for the rule-set commands, and what each check kind looks for, in words a rule author or a
 * report writer can act on: which section, found by which headings, which terms, how many.
 */
import { lookalikePatterns } from '../../rules/check-kind-options.js';
import type { CheckWords, RulesMessages } from './rules-types.js';

const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const check: CheckWords = {
  section(o, h) {
    const long = (o.minChars ?? 1) > 1;
    const body = long ? `at least ${o.minChars} characters of body text` : 'body text';
    const lines = [`Met by ${h.scope(o.slot)} (found by the heading patterns below) with ${body}; a heading without body text does not count.`];
    if (long) lines.push(`Partial with a shorter body.`);
    if (o.roles?.length) lines.push(`Only body sentences whose role is ${o.roles.join(' or ')} count towards met; a body of other sentences only (next year's tasks, problems) is partial.`);
    if (o.position !== undefined) {
      const place = o.position === 'first' ? 'the first' : o.position === 'last' ? 'the last' : `top-level section number ${o.position}`;
      lines.push(`The section must be ${place}${typeof o.position === 'number' ? '' : ' top-level section'}; anywhere else it is partial.`);
    }
    if (o.passage) {
      const except = o.passage.exclude?.length ? ` (outside ${h.slots(o.passage.exclude)})` : '';
      const unless = o.passage.unless?.length ? `; a sentence with ${h.patterns(o.passage.unless)} does not count` : '';
      const roles = o.passage.roles?.length ? ` (only sentences whose role is ${o.passage.roles.join(' or ')})` : '';
      lines.push(`Without the section, a sentence elsewhere${except} that mentions ${h.patterns(o.passage.terms)} also meets it${roles}${unless}.`);
    }
    if (o.partialTerms?.length) lines.push(`Partial when it only finds ${h.patterns(o.partialTerms)}.`);
    return lines;
  },
  genre(o, h) {
    const lines = [`Met by a title matching one of ${h.patterns(o.title)}.`];
    if (o.structure) {
      lines.push(
        `Without such a title, also met when the opening mentions one of ${h.patterns(o.topic)} and at least ${o.structure.min} of the sections ${h.slots(o.structure.slots)} are there; partial with the topic and one of them.`,
      );
    }
    if (o.lookalikes?.length) {
      lines.push(`A title (or, without one, an opening) like ${h.patterns(lookalikePatterns(o.lookalikes))} is a look-alike document, not this kind of report: always missing.`);
    }
    return lines;
  },
  causes(o, h) {
    const dedicated = o.dedicated?.length ? 'a passage analysing the causes (or a part right after it headed as one), or ' : '';
    return [
      `Cuts the body of ${h.scope(o.in)} into problems (sub-sections, else 一是/二是 items, else sentences) and looks for a cause in each.`,
      `Met by ${dedicated}${(o.ratio ?? 0.5) >= 1 ? `a cause for every problem (at least ${o.minCauses ?? 2})` : `causes in at least ${o.minCauses ?? 2} problems and at least ${pct(o.ratio ?? 0.5)} of them`}; partial with a cause in one. A sentence that opens with a causal word explains the problem before it. The word 原因 in a heading does not count.`,
      `Causal words: ${h.patterns(o.markers)}`,
      ...(o.implicit?.length ? [`Causes without a causal word, after the problem: ${h.patterns(o.implicit)}`] : []),
      ...(o.dedicated?.length ? [`A passage analysing the causes (at the start of a sentence or heading): ${h.patterns(o.dedicated)}`] : []),
    ];
  },
  termGroups(o, h) {
    const groups = Object.entries(o.groups);
    const unknown = o.in ? `; unknown without ${h.scope(o.in)}` : '';
    return [
      `Met when ${h.scope(o.in)} names all ${plural(groups.length, 'item')} below, each by any of its terms${unknown}:`,
      ...groups.map(([name, patterns]) => `  ${name}: ${h.patterns(patterns)}`),
      ...Object.entries(o.concepts ?? {}).flatMap(([name, list]) => list.map((c) => `  ${name} (paraphrased): ${h.patterns(c.objects)} and ${h.patterns(c.actions)} in one clause, at most ${c.window ?? 16} characters apart`)),
      `Partial when it names some of them${o.collective?.length ? `, or only the collective name ${h.patterns(o.collective)}` : ''}.`,
      ...(o.falseFriends?.length ? [`Not counted: ${h.patterns(o.falseFriends)} (other regimes with similar names).`] : []),
      ...(o.exclude?.length || o.roles?.length ? [`Only sentences${o.exclude?.length ? ` outside ${h.slots(o.exclude)}` : ''}${o.roles?.length ? ` whose role is ${o.roles.join(' or ')}` : ''} count.`] : []),
    ];
  },
  figures(o, h) {
    const scope = o.in ? `${h.scope(o.in)} (the whole report when it has no such section)` : h.scope(undefined);
    const units = o.units?.length ? h.patterns(o.units) : 'the default units (件, 次, 人, 人次, 个, 项, %, 元, 万元, 亿元 …)';
    return [
      `Met by at least ${o.min ?? 3} figures with a unit in ${scope}; partial with one.`,
      'Chinese numerals count ("二十余场"); dates, ordinals (第3次), document numbers and numbers in 《titles》 do not.',
      `Units: ${units}`,
    ];
  },
  deadline(o) {
    const date = o.date === 'signed' ? 'signature date' : 'publication date';
    const offset = o.yearOffset ?? 1;
    const year = offset === 0 ? 'of the report year' : offset === 1 ? 'of the year after the report year' : `${offset} years after the report year`;
    return [
      `Met when the report's ${date} is before ${o.day} ${MONTHS[o.month - 1] ?? o.month} ${year}; missing otherwise.`,
      ...(o.signedFallback && o.date !== 'signed' ? ['Without a publication date, a signature date after the deadline means missing (it cannot have been published earlier).'] : []),
      'Unknown when the report year or the date cannot be read: a report without a publication date never counts as on time.',
    ];
  },
  terms(o, h) {
    const distinct = new Set(o.terms).size;
    const need = o.match === 'any' ? 'any one' : o.match === 'atLeast' ? `at least ${o.count}` : `all ${distinct}`;
    const except = o.exclude?.length ? ` (outside ${h.slots(o.exclude)})` : '';
    return [
      `Met when it finds ${need} of these terms in ${h.scope(o.in)}${except}; a term written ten times counts once: ${h.patterns(o.terms)}`,
      ...(o.partial ? [`Partial with ${o.partial} or more.`] : []),
    ];
  },
  order: (o) => [
    `Met when these sections stand in this order: ${o.slots.join(' → ')}.`,
    'Sections the report lacks are left out; with fewer than two found, unknown.',
  ],
  length(o, h) {
    const partial = o.partial ? `; partial from ${o.partial}` : '';
    const slot = o.in && o.in !== 'report' ? `; missing without ${h.scope(o.in)}` : '';
    return [`Met when ${h.scope(o.in)} has at least ${o.min} characters of content (whitespace and its heading left out)${partial}${slot}.`];
  },
  ifThen(o, h) {
    return ['If:', ...h.nested(o.if), 'then:', ...h.nested(o.then), 'Met when the "if" part is not met; otherwise the "then" part decides.'];
  },
  other: (kind, json) => [`Check kind ${kind} (unknown to this version of the tool), options: ${json}`],
  conditions: (json) => ['Judged by json-rules-engine conditions (met, partial):', ...json.split('\n').map((l) => `  ${l}`)],
  appliesTo: (requirement, statuses) => `Applies only when ${requirement} is ${statuses.join(' or ')}; otherwise not applicable and left out of the score.`,
  scopes: { report: 'the whole report', headings: 'the headings', slot: (id) => `the ${id} section` },
  quote: (pattern) => `"${pattern}"`,
  separator: ', ',
};

/** The en words of the rule-set commands. */
export const enRules: RulesMessages = {
  listColumns: { id: 'id', version: 'version', requirements: 'requirements', title: 'title' },
  requirementColumns: { id: 'id', severity: 'severity', weight: 'weight', partial: 'partial', check: 'check', title: 'title' },
  model: { weighted: 'weighted', flat: 'flat', 'pass-fail': 'pass/fail' },
  status: { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'not applicable', waived: 'waived' },
  none: '—',
  source: (source) => `source ${source}`,
  extends: (chain) => `extends ${chain.length > 0 ? chain.join(' → ') : '(nothing)'}`,
  scoring: (model, passMark, partialCredit) => `scoring ${model} · pass mark ${passMark}% · partial credit ${partialCredit} of the weight by default`,
  grades: (bands) => `grades ${bands.map((b) => `${b.grade} ≥${b.min}%`).join(' · ')}`,
  slotsHeading: (count) => `Outline slots (${count}, found by their headings):`,
  requirementsHeading: (count, totalWeight) => `Requirements (${count}, total weight ${totalWeight}):`,
  headings: (patterns) => `headings ${patterns}`,
  exclude: (patterns) => `except ${patterns}`,
  basis: (basis) => `basis: ${basis}`,
  fix: (fix) => `to meet it: ${fix}`,
  rationale: (rationale) => `why: ${rationale}`,
  rawConditions: 'conditions',
  inRuleSet: (id, version, title) => `rule set ${id} ${version} (${title})`,
  requirementMeta: (severity, weight, partialCredit) => `severity ${severity} · weight ${weight} · partial credit ${partialCredit} of the weight`,
  checkHeading: (kind) => `What it checks (${kind}):`,
  usedSlots: 'Outline slots it uses:',
  undefinedSlot: '(not defined in the rule set)',
  valid: (file, requirements) => `✔ ${file}: ${plural(requirements, 'requirement')}, valid`,
  invalid: (file, problems) => `✖ ${file}: ${plural(problems, 'problem')}`,
  check,
};
