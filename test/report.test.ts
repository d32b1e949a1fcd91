import { ceplanVersion } from '../src/io/version.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeMarkdown } from '../src/format/markdown-escape.js';
import { readReportTemplates } from '../src/io/report-template.js';
import { loadAssessment, reportsOf } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { en } from '../src/core/words/en.js';

const ANSWERS = 'test/fixtures/answers';
const GOLDEN = 'test/golden';
const templates = await readReportTemplates(['md', 'json']);
const fixtures = (await readdir(ANSWERS)).filter((f) => f.endsWith('.yaml')).sort();

async function reports(file: string, date?: string) {
  const cache: BankCache = new Map();
  const assessed = await loadAssessment(join(ANSWERS, file), cache, { bank: EXAMPLE_BANK, words: en });
  if (!assessed.ok) throw new Error(JSON.stringify(assessed.diagnostics));
  const [md, json] = await reportsOf(
    { ...assessed.value, sources: [assessed.value.source] },
    { formats: ['md', 'json'], templates, date, tool: `ce-plan ${ceplanVersion()}` },
  );
  return { md: md!.content as string, json: json!.content as string };
}

describe('golden reports', () => {
  it('has fixtures to check', () => expect(fixtures).toEqual(['hostile.yaml', 'northfield.yaml', 'riverside.yaml']));

  it.each(fixtures)('%s gives exactly the expected Markdown and JSON', async (file) => {
    const { md, json } = await reports(file);
    const stem = join(GOLDEN, file.replace(/\.yaml$/, ''));
    if (process.env['UPDATE_GOLDEN'] === '1') {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(`${stem}.md`, md);
      await writeFile(`${stem}.json`, json);
    }
    expect(md).toBe(await readFile(`${stem}.md`, 'utf8'));
    expect(json).toBe(await readFile(`${stem}.json`, 'utf8'));
  });

  it.each(fixtures)('%s passes markdownlint and renders every table whole', async (file) => {
    const { md } = await reports(file);
    expect(await lintMarkdown(md)).toEqual([]);
    const shapes = tableShapes(renderHtml(md));
    expect(shapes.length).toBeGreaterThan(2);
    for (const { header, rows } of shapes) for (const cells of rows) expect(cells).toBe(header);
  });

  it('is byte-identical across runs', async () => {
    for (const file of fixtures) expect(await reports(file)).toEqual(await reports(file));
  });
});

describe('a hostile answer file', () => {
  it('gives a well-formed report with none of its text live', async () => {
    const { md, json } = await reports('hostile.yaml');
    const html = renderHtml(md);
    expect(html).not.toMatch(/<script/i);
    // The only links are the bank's own references: nothing in the answers becomes one.
    expect(html.match(/<a [^>]*>/g)).toEqual(['<a href="http://rds.homeoffice.gov.uk/rds/pdfs07/dpr48.pdf">']);
    expect(html).not.toMatch(/<(em|strong)>(bold|it)</);
    expect(html).not.toContain('<pre><code>fenced');
    // The 10 000-character text is kept, in the quote and the appendix.
    const long = JSON.parse(json).organisation.name as string;
    expect(long).toContain('<script>');
    expect(md.match(/word\\\|&lt;b&gt;\\`x\\`&lt;\/b&gt;/g)!.length).toBeGreaterThan(1200);
    // Headings: the report's own, never one from the answers.
    expect((html.match(/<h1>/g) ?? []).length).toBe(1);
    expect(html).not.toContain('<h1>Not a heading');
  });
});

describe('the report date', () => {
  it('comes from the answer file, else --date, else says "not given"', async () => {
    const dateOf = (md: string) => md.split('\n')[3]!.split(' · ').at(-2);
    expect(dateOf((await reports('northfield.yaml', '2030-01-01')).md)).toBe('Date: 2026-11-20');
    expect(dateOf((await reports('riverside.yaml', '2030-01-01')).md)).toBe('Date: 2030-01-01');
    expect(dateOf((await reports('riverside.yaml')).md)).toBe('Date: not given');
    expect(JSON.parse((await reports('riverside.yaml')).json).date).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<script>x</script> & co', '&lt;script&gt;x&lt;/script&gt; &amp; co'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['`code` *em* _em_ [x](y) ~s~', '\\`code\\` \\*em\\* \\_em\\_ \\[x\\](y) \\~s\\~'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['version 1.0.0', 'version 1.0.0'],
    ['#hashtag', '#hashtag'],
    ['see https://x.example and www.y.example or a@b.example', 'see https\\:/\\/x\\.example and www\\.y\\.example or a\\@b\\.example'],
    ['back\\slash', 'back\\\\slash'],
    ['see www.evil.example now', 'see www\\.evil\\.example now'],
    ['plain words, nothing to escape.', 'plain words, nothing to escape.'],
    ['1) first', '1\\) first'],
    ['    indented  text  ', 'indented text'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));

  it.each(['see www.evil.example now', 'mail a@b.example', 'go to https://evil.example', 'Www.Evil.Example'])('%j renders with no link', (text) => {
    expect(renderHtml(`Said: ${escapeMarkdown(text)}\n`)).not.toContain('<a');
  });

  it('passes numbers through as they are, which is what escaping their text gives', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer()), (n) => escapeMarkdown(n) === String(n) && escapeMarkdown(String(n)) === String(n)));
  });

  it('keeps every escaped string on one line and inside one table cell', async () => {
    const nasty = 'a|b\n\n| c | d |\n<b>x</b>`y`\n---\n> q';
    const md = `# T\n\n| A | B |\n| --- | --- |\n| ${escapeMarkdown(nasty)} | z |\n`;
    expect(escapeMarkdown(nasty)).not.toContain('\n');
    expect(tableShapes(renderHtml(md))).toEqual([{ header: 2, rows: [2] }]);
    expect(await lintMarkdown(md)).toEqual([]);
  });
});

describe("the group's own words beside a task (issues 13 and 21)", () => {
  it('quotes a prepared answer under the "don\'t know" it bears on, once, and the task never reads against it', async () => {
    const assessed = await loadAssessment('test/fixtures/reports/middling.yaml', new Map(), { words: en });
    if (!assessed.ok) throw new Error(JSON.stringify(assessed.diagnostics));
    const [md] = await reportsOf({ ...assessed.value, sources: [assessed.value.source] }, { formats: ['md'], templates, tool: `ce-plan ${ceplanVersion()}` });
    const text = md!.content as string;
    const prompt = 'How would you answer a demand you cannot meet, such as doubling police on the beat?';
    const task =
      /- \[ \] \*\*Find out\.\*\* (.*unmeetable.*|At the next meeting, the chair asks whether the group has agreed what to say.*)\n {2}- You said, asked “(.*)”: We would say plainly/.exec(
        text,
      );
    expect(task?.[2]).toBe(prompt);
    // The task asks whether the answer is agreed, building on the words beside it: it does not ask whether one exists.
    expect(task?.[1]).toContain('starting from any you have written down');
    expect(task?.[1]).not.toMatch(/do you have an answer/i);
    // Once before the appendix, which lists every answer.
    expect(text.slice(0, text.indexOf('## Appendix')).split('We would say plainly')).toHaveLength(2);
    expect(await lintMarkdown(text)).toEqual([]);
  });
});
