// Escaping for every HTML ce-plan writes: the report templates' `<%= %>` (Eta's escape function), the
// chart, the page shell, the cohort summary and the paper form (`export --to html`). Five characters
// become entities, so text is safe in element content and in a double- or single-quoted attribute, and
// text that could turn the direction of the line around it is isolated (bidi.ts).
import { isolateBidi } from '../bidi.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` become entities, and the text is isolated from the direction of what is around it. */
export function escapeHtml(value: unknown): string {
  const text = isolateBidi(String(value));
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

/**
 * Text as a CSS string in double quotes, for the page's running header (`@top-left { content: "…" }`):
 * everything but letters, digits, spaces and plain punctuation becomes a hex escape, so no quote,
 * backslash, newline or `</style>` can end the string or the style sheet.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 .,:;!?()\-–—]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
