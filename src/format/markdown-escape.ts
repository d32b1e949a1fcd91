// Makes any text safe to drop into one line of Markdown: a heading, a list item, a table cell or a
// block-quote line. The result is inert (no HTML, links, emphasis, code or maths) in CommonMark, GFM
// (micromark, GitHub), marked and markdown-it with linkify, never ends the construct it sits in, and it
// reads back as the original text once rendered: every change is a backslash before ASCII punctuation,
// which CommonMark renders as the character alone, or an entity for `&`, `<` and `>`; and text that
// could turn the direction of the line around it is isolated (bidi.ts).
import { isolateBidi } from './bidi.js';

/** Characters that start Markdown syntax anywhere in a line; each gets a backslash. `$` starts GitHub's maths. */
const INLINE = /[\\`*_[\]|~$]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Every character or place that a rule of `escapeFully` acts on (a line break, a control character, a tab
 * or two spaces, space at an end, a Markdown or HTML character, `//`, `www.`, a dot before a letter, `@`,
 * what starts a block, a closing `#`): text with none of them comes out of every rule as it went in, so
 * it only needs isolating. Most of a report's text is such, and one test is far cheaper than the dozen
 * replacements (test/markdown-escape.test.ts holds the two ways to the same result).
 */
const MAY_CHANGE =
  // eslint-disable-next-line no-control-regex
  /[\r\n\u2028\u2029\u0085\u0000-\u0008\t\u000b\u000c\u000e-\u001f\u007f-\u009f\\`*_[\]|~$&<>@]| {2}|^\s|\s$|\/\/|[Ww]{3}\.|\.\p{L}|^(?:[#+=-]|\d{1,9}[.)])|#$/u;

// A batch escapes the bank's own prompts, labels and titles again for every report: remember the short
// strings (long free text is rarely repeated, and would make the memory grow, so it is not even looked
// up). Each report adds a few of its own (a name, an area) that no other repeats, so the memory is
// emptied now and then: a bank's strings are a few hundred, and are soon remembered again. A string
// looked up before (a bank's own) is found at once; one made anew for a report is read through to be
// found, which is why the view words what it can once per bank (view.ts).
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 2_000;
const REMEMBER_UP_TO_LENGTH = 300;

export function escapeMarkdown(value: unknown): string {
  // A number's digits, sign, point and exponent never make Markdown syntax: a report holds dozens of them.
  if (typeof value === 'number') return String(value);
  const raw = String(value ?? '');
  const short = raw.length <= REMEMBER_UP_TO_LENGTH;
  const known = short ? remembered.get(raw) : undefined;
  if (known !== undefined) return known;
  const escaped = escape(raw);
  if (short) {
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(raw, escaped);
  }
  return escaped;
}

const escape = (raw: string): string => (MAY_CHANGE.test(raw) ? escapeFully(raw) : isolateBidi(raw));

/** Every rule applied, whatever the text: what escapeMarkdown gives for it. */
export function escapeFully(raw: string): string {
  const text = raw
    // A newline would end a table row or a list item: the text stays on one line.
    .replace(/[\r\n\u2028\u2029\u0085]/g, ' ')
    // Control characters have no business in a report.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    // Markdown ignores runs of spaces, but leading ones could start a code block and trailing ones a line break.
    .replace(/[ \t]+/g, ' ')
    .trim();
  return isolateBidi(
    text
      .replace(INLINE, '\\$&')
      .replace(/[&<>]/g, (c) => ENTITIES[c]!)
      // Links that renderers make of bare text. A scheme's `://` (GFM, marked, linkify).
      .replace(/:(?=\/\/)/g, '\\:')
      // A protocol-relative `//host` (markdown-it's linkify).
      .replace(/\/(?=\/)/g, '/\\')
      // `www.` after anything at all: GFM takes it after `_` (even an escaped one), marked and linkify
      // after a letter or a digit too.
      .replace(/(www)\./gi, '$1\\.')
      // A dot before a letter, inside a word: `evil.com` is a link to linkify's fuzzy matching (VS Code's preview).
      .replace(/(?<=[^\s\\])\.(?=\p{L})/gu, '\\.')
      // E-mail addresses (GFM, marked, linkify).
      .replace(/@/g, '\\@')
      // What starts a heading, a list, a block quote or a thematic break at the start of a line, before any
      // space (marked counts a no-break space as one).
      .replace(/^(#{1,6}|[+-])(?=[\s+-]|$)/u, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
      // A line of = under a paragraph would turn it into a heading.
      .replace(/^=/, '\\=')
      // A closing run of # after a space ends an ATX heading, and the run is dropped: `Acme #` would head as "Acme".
      .replace(/(?<=\s)#+$/u, (run) => run.replace(/#/g, '\\#')),
  );
}

/**
 * Text as an inline code span, shown exactly as it is (a file's path, whose dots and underscores
 * escapeMarkdown would give backslashes on a terminal): fenced by one backtick more than its longest run
 * of them, on one line, padded where it starts or ends with a backtick.
 */
export function codeSpan(value: string): string {
  const text = value.replace(/[\r\n\t\f\v]+/g, ' ');
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
