// Text from answer files and banks is isolated where it lands (issue 28): a right-to-left override in an
// organisation's name must not reverse the report's own words after it, in HTML or in rendered Markdown.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { isolateBidi } from '../src/format/bidi.js';
import { escapeHtml } from '../src/format/html/escape.js';
import { escapeMarkdown } from '../src/format/markdown-escape.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolating inserted text', () => {
  it.each([
    ['evil \u202eline', `${FSI}evil \u202eline${PDI}`],
    ['مجموعة السلامة', `${FSI}مجموعة السلامة${PDI}`],
    ['\u2067nested', `${FSI}\u2067nested${PDI}`],
    ['Plain words', 'Plain words'],
    ['Café Noël, Zürich', 'Café Noël, Zürich'],
  ])('isolates %j as %j', (text, isolated) => expect(isolateBidi(text)).toBe(isolated));

  it('isolates in HTML and in Markdown alike, after escaping', () => {
    expect(escapeHtml('<b>\u202eevil</b>')).toBe(`${FSI}&lt;b&gt;\u202eevil&lt;/b&gt;${PDI}`);
    expect(escapeMarkdown('*x* \u202eevil')).toBe(`${FSI}\\*x\\* \u202eevil${PDI}`);
  });

  it('keeps every explicit direction change inside an isolate, whatever the text', () => {
    const bidi = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', 'ש', 'ع', 'a', ' ', '<');
    fc.assert(
      fc.property(
        fc.array(bidi, { maxLength: 12 }).map((chars) => chars.join('')),
        (text) => {
          for (const out of [escapeHtml(text), escapeMarkdown(text)]) {
            if (!/[\u202a-\u202e\u2066-\u2069\u200f\u0590-\u08ff]/.test(out)) continue;
            expect(out.startsWith(FSI) && out.endsWith(PDI)).toBe(true);
          }
        },
      ),
    );
  });

  it('survives rendering: the isolates are in the HTML GitHub would make of the Markdown', () => {
    const html = micromark(`| Organisation |\n| --- |\n| ${escapeMarkdown('Acme \u202eevil')} |\n`, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).toContain(`<td>${FSI}Acme \u202eevil${PDI}</td>`);
  });
});
