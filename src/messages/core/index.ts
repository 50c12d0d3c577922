import type { Locale } from '../../types.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** Core message texts for a locale. */
export function coreMessages(locale: Locale) {
  return locale === 'en' ? en : zhCN;
}

/** Replaces {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
