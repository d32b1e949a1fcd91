// escapeMarkdown held to three renderers at once: micromark with GFM (what GitHub follows), marked, and
// markdown-it with linkify (VS Code's preview). Each hostile value, escaped, is put in each place a report
// puts text, and must render exactly as a plain word would there, reading as the original text.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { headingText } from '../src/format/headings.js';
import { escapeFully, escapeMarkdown } from '../src/format/markdown-escape.js';

// linkify-it 6 no longer matches bare domains by default; older ones did (VS Code's preview among them),
// so the harder setting is the one tested.
const markdownIt = new MarkdownIt({ html: true, linkify: true });
markdownIt.linkify.set({ fuzzyLink: true, fuzzyEmail: true });

const RENDERERS: Record<string, (markdown: string) => string> = {
  'micromark + GFM': (markdown) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  marked: (markdown) => marked.parse(markdown, { gfm: true, async: false }),
  'markdown-it + linkify': (markdown) => markdownIt.render(markdown),
};

/** The places a report puts text: `$` is where it goes. */
const PLACES: Record<string, string> = {
  paragraph: 'Said: $\n',
  'line start': '$\n',
  heading: '## $\n',
  'list item': '- $\n',
  'block quote': '> $\n',
  'table cell': '| A | B |\n| --- | --- |\n| $ | z |\n',
};

const ATTACKS: string[] = [
  // Links made of bare text.
  '_www.evil.com/login',
  'xwww.evil.com',
  '1www.evil.com',
  'www.evil.com',
  'WWW.Evil.Com/a',
  '\\_www.evil.com',
  '~www.evil.com',
  '(www.evil.com)',
  'evil.com/path',
  'see evil.com',
  'Northfield.gov.uk',
  'пример.рф',
  'http://evil.com',
  'HTTPS://evil.com/x?y=1',
  'ftp://evil.com',
  '//localhost/x',
  '//evil.com',
  'a@b.com',
  'first.last@evil.co.uk',
  'mailto:a@b.com',
  '<http://evil.com>',
  '[x](http://evil.com)',
  '![x](http://evil.com/x.png)',
  '[x]: http://evil.com',
  '[^1]',
  // HTML.
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  '&amp; &lt;b&gt; &#x3C;',
  // Emphasis, code, strikethrough, maths.
  '*em* _em_ **strong** __strong__',
  '~~del~~ ~del~',
  '`code` ``x``',
  '$\\color{red}{X}$',
  '$$x^2$$',
  'costs $5 and $6',
  // Blocks that a line can start.
  '# heading',
  '#\u00a0Heading',
  '###### six',
  '-\u00a0item',
  '+\u00a0item',
  '- item',
  '1.\u00a0item',
  '1) item',
  '> quote',
  '---',
  '***',
  '___',
  '===',
  '    indented code',
  '\u00a0# after a no-break space',
  // Endings of a heading, a cell or a line.
  'Acme #',
  'Acme ##',
  'Acme \\#',
  '# #',
  'a | b',
  'trailing backslash\\',
  'two spaces  ',
  'line one\nline two\r\nthree',
  'back\\slash',
  'control\u001b[31mred\u0007\u009b',
  // Plain text stays as it is.
  'Group 001',
  '#hashtag',
  'version 1.0.0',
  'e.g. this',
];

/** What the rendered text must read as: the value on one line, with no control characters or runs of spaces. */
const asRead = (value: string): string =>
  value
    .replace(/[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();

/** HTML as text to compare: entities decoded, so renderers that encode differently compare alike. */
const decoded = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

const WORD = 'PLACEHOLDER';

describe.each(Object.entries(RENDERERS))('escapeMarkdown under %s', (_, render) => {
  describe.each(Object.entries(PLACES))('in a %s', (__, place) => {
    const plain = decoded(render(place.replace('$', WORD)));
    it.each(ATTACKS)('%j renders as its text alone', (value) => {
      const escaped = escapeMarkdown(value);
      expect(escaped).not.toMatch(/[\r\n]/);
      // The same HTML as a plain word gives, with the original text in its place: no link, tag, emphasis,
      // heading, list or broken cell.
      expect(decoded(render(place.replace('$', () => escaped)))).toBe(plain.replace(WORD, () => asRead(value)));
    });
  });
});

describe('escapeMarkdown and GitHub maths', () => {
  // GitHub renders $…$ and $$…$$ as maths, which none of the renderers above do: every $ must be escaped.
  it.each(ATTACKS.filter((value) => value.includes('$')))('%j leaves no $ unescaped', (value) => {
    expect(escapeMarkdown(value)).not.toMatch(/(?<!\\)(?:\\\\)*\$/);
  });

  it('leaves no $ unescaped, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => !/(?<!\\)(?:\\\\)*\$/.test(escapeMarkdown(text))));
  });
});

describe("escapeMarkdown's quick way", () => {
  // Text that no rule acts on is only isolated, without the rules: that must give what every rule would.
  // Plain words with, now and then, a character or a place some rule looks for (and bidi text).
  const PLAIN = [...'abcxyzAW0129 ,;:()?!%/\'"“”–—….éпא'];
  const RULED = [...'\r\n\u2028\u2029\u0085\u0000\u001b\u007f\u009f\t\u00a0\u202e\u2066\\`*_[]|~$&<>@#+-='];
  const PLACES_RULED = ['www.', 'wWw.', 'ww.', '//', '://', '.a', '.é', '.1', 'a.', '1.', '12)', '  ', ' #', '# '];
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...PLAIN), weight: 20 },
    { arbitrary: fc.constantFrom(...RULED), weight: 1 },
    { arbitrary: fc.constantFrom(...PLACES_RULED), weight: 1 },
  );
  const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

  it('gives what the full escaping gives, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (value) => escapeMarkdown(value) === escapeFully(value)),
      { numRuns: 5000 },
    );
  });

  it.each(ATTACKS)('gives what the full escaping gives for %j', (value) => {
    expect(escapeMarkdown(value)).toBe(escapeFully(value));
  });
});

describe('a heading made of text from a file', () => {
  // A closing run of # after a space is not part of an ATX heading's text: it must be kept as text.
  it.each(Object.entries(RENDERERS))('keeps a trailing # under %s', (_, render) => {
    for (const [name, heading] of [
      ['Acme #', 'Acme #'],
      ['Acme ##.', 'Acme ##'],
      ['Room #', 'Room #'],
      ['Acme Ltd.', 'Acme Ltd'],
    ] as const) {
      expect(decoded(render(`# Readiness report: ${escapeMarkdown(headingText(name))}\n`))).toBe(`<h1>Readiness report: ${heading}</h1>`);
    }
  });
});
