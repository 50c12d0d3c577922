/**
 * `deadline`: a date of the document (published, or signed) falls before a deadline set relative to
 * the report year (4月1日 of the next year). Unknown when the year or the date is not known: a
 * report without a publication date is never counted as on time. A report signed after the
 * deadline cannot have been published before it, so with `signedFallback` that is missing. With
 * `yearFromDate`, a report that names no year is taken to cover the year before its date's.
 */
import type { Evidence, IsoDate } from '../../types.js';
import { isoDate } from '../../parse/dates.js';
import type { DocumentIndex } from '../../engine/document-index.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';
import type { DeadlineOptions } from './spec.js';

/** Where a date is written in the document, in any of the usual forms. */
function dateEvidence(index: DocumentIndex, date: IsoDate): Evidence[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const forms = [
    date,
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
    new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`),
    new RegExp(`${y}[-/.]0?${m}[-/.]0?${d}`),
  ];
  for (const form of forms) {
    const at = typeof form === 'string' ? index.norm.indexOf(form) : index.norm.search(form);
    if (at >= 0) return [index.evidence(at, at + 10)];
  }
  return [];
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const options = raw as unknown as DeadlineOptions;
  const { meta } = index.doc;
  const offset = options.yearOffset ?? 1;
  const which = options.date ?? 'published';
  const date = meta[which];
  // A report that names no year ("今年以来，…") but shows when it came out covers the year before.
  const yearFromDate = meta.year === null && options.yearFromDate === true && date !== null;
  const year = yearFromDate ? Number((date as IsoDate).slice(0, 4)) - offset : meta.year;
  if (year === null) return undefined;
  const deadline = isoDate(year + offset, options.month, options.day);
  if (!deadline) return undefined;
  if (date) return { date, deadline, basis: which, onTime: date < deadline, yearFrom: yearFromDate ? 'date' : 'text', evidence: dateEvidence(index, date) };
  if (options.signedFallback && which === 'published' && meta.signed && meta.signed >= deadline) {
    return { date: meta.signed, deadline, basis: 'signed', onTime: false, yearFrom: 'text', evidence: dateEvidence(index, meta.signed) };
  }
  return undefined;
}

export const deadlineCheck: CheckKind = {
  fact: 'deadline',
  measure,
  conditions(options) {
    return { met: on('deadline', options, 'onTime', 'equal', true) };
  },
};
