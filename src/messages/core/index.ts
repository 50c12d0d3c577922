import type { Locale } from '../../types.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** Core message texts for a locale. */
export function coreMessages(locale: Locale) {
  return locale === 'en' ? en : zhCN;
}

// Templates split once into literal text (even places) and placeholder names (odd places): a report
// fills a dozen messages from the same few templates, and a regex replace per message showed in profiles.
const splitTemplates = new Map<string, string[]>();

/**
 * Replaces {{name}} placeholders; a name without a value becomes ''.
 *
 * @example
 * fill('第{{line}}行', { line: 3 }) // '第3行'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  let parts = splitTemplates.get(template);
  if (!parts) {
    // Templates come from the catalogues and loaded rule sets: few, but a process may load many rule sets.
    if (splitTemplates.size >= 4096) splitTemplates.clear();
    parts = template.split(/\{\{(\w+)\}\}/);
    splitTemplates.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) out += String(values[parts[i] as string] ?? '') + (parts[i + 1] as string);
  return out;
}
