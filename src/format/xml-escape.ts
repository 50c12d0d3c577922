/** Escaping for the XML and HTML the formatters write: text and attribute values alike. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an XML or HTML text node or a quoted attribute, and drops characters XML 1.0
 * forbids (control characters that sometimes survive from Word and PDF copies).
 *
 * @example
 * escapeXml('<a href="x">&') // '&lt;a href=&quot;x&quot;&gt;&amp;'
 */
export function escapeXml(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
