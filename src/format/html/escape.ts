// Escaping for HTML that ce-plan writes itself, outside an Eta template's `<%= %>`: the chart, the page
// shell, the cohort summary and the paper form (`export --to html`). The same five characters as Eta's
// default escape, so text reads the same whichever path it took, and is safe in element content and in
// a double- or single-quoted attribute.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` become entities. */
export function escapeHtml(value: string | number): string {
  const text = String(value);
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
