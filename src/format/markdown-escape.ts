// Makes any text safe to drop into one line of Markdown: a heading, a list item, a table cell or a
// block-quote line. The result is inert (no HTML, links, emphasis or code) and never ends the
// construct it sits in, and it reads back as the original text once rendered.

/** Characters that start Markdown syntax anywhere in a line; each gets a backslash. */
const INLINE = /[\\`*_[\]|~]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Words of letters, digits and harmless punctuation with single spaces between them, and at most a full
 * stop at the very end, need no escaping; most report values are such. No inner dot, so nothing here can
 * be a www. link, and no digit-and-dot start, so nothing can be a list marker.
 */
const PLAIN =
  /^(?!\d{1,9}[.)](?: |$))[A-Za-z0-9,;'"()?!%/\u2018\u2019\u201c\u201d\u2013\u2014]+(?: [A-Za-z0-9,;'"()?!%/\u2018\u2019\u201c\u201d\u2013\u2014]+)*\.?$/;

// A batch escapes the bank's own prompts, labels and titles again for every report: remember the short
// strings (long free text is rarely repeated, and would make the memory grow).
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 20_000;
const REMEMBER_UP_TO_LENGTH = 300;

export function escapeMarkdown(value: unknown): string {
  // A number's digits, sign, point and exponent never make Markdown syntax: a report holds dozens of them.
  if (typeof value === 'number') return String(value);
  const raw = String(value ?? '');
  const known = remembered.get(raw);
  if (known !== undefined) return known;
  const escaped = escape(raw);
  if (raw.length <= REMEMBER_UP_TO_LENGTH) {
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(raw, escaped);
  }
  return escaped;
}

function escape(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  const text = raw
    // A newline would end a table row or a list item: the text stays on one line.
    .replace(/[\r\n\u2028\u2029\u0085]/g, ' ')
    // Control characters have no business in a report.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    // Markdown ignores runs of spaces, but leading ones could start a code block and trailing ones a line break.
    .replace(/[ \t]+/g, ' ')
    .trim();
  return (
    text
      .replace(INLINE, '\\$&')
      .replace(/[&<>]/g, (c) => ENTITIES[c]!)
      // GFM turns bare URLs, www. addresses and e-mail addresses into links.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // What starts a heading, a list, a block quote or a thematic break at the start of a line.
      .replace(/^(#{1,6}|[+-])(?=[ +-]|$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2')
      // A line of = under a paragraph would turn it into a heading.
      .replace(/^=/, '\\=')
  );
}
