// The HTML report: golden files, the escaping of every value (checked on the page as a browser parses
// it), the chart, and `--format html` through the CLI. The real browser's checks (print, pages, axe,
// network) are in browser.test.ts.
import { ceplanVersion } from '../src/io/version.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerFile } from '../src/core/schema.js';
import { wrapLabel } from '../src/format/html/chart.js';
import { cssString, escapeHtml } from '../src/format/html/escape.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { readReportTemplates } from '../src/io/report-template.js';
import { loadAssessment, reportsOf, type Assessed } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runInProcess } from './helpers/in-process.js';
import { elementsOf, skeletonOf, tagCounts, tagsWrittenBy } from './helpers/html.js';
import { en } from '../src/core/words/en.js';

const ANSWERS = 'test/fixtures/answers';
const GOLDEN = 'test/golden';
const templates = await readReportTemplates(['html', 'json']);
const fixtures = (await readdir(ANSWERS)).filter((f) => f.endsWith('.yaml')).sort();
/** Every source that writes the report's HTML: the template, the page shell and the chart. */
const HTML_SOURCES = ['templates/report.html.eta', 'src/format/html/page.ts', 'src/format/html/chart.ts'];

/** An answer file assessed; on the example bank unless `bank` is null, when it takes the bank it names. */
async function assessed(file: string, bank: string | null = EXAMPLE_BANK): Promise<Assessed> {
  const cache: BankCache = new Map();
  const result = await loadAssessment(file, cache, { bank: bank ?? undefined, words: en });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

async function htmlOf(a: Pick<Assessed, 'content' | 'answers' | 'assessment' | 'bank' | 'source'>): Promise<{ html: string; json: string }> {
  const [html, json] = await reportsOf({ ...a, sources: [a.source] }, { formats: ['html', 'json'], templates, tool: `ce-plan ${ceplanVersion()}` });
  return { html: html!.content as string, json: json!.content as string };
}

/** The same text with every character that is not white space made an `x`: the same lines and paragraphs, nothing that could be markup. */
const inert = (text: string) => text.replace(/\S/g, 'x');

/** The hostile fixture with all its free text made inert: organisation details and text answers. */
function inertCopy(a: Assessed): Assessed {
  const textQuestions = new Set(a.bank.bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'text').map((q) => q.id)));
  const o = a.content.organisation;
  const organisation: AnswerFile['organisation'] = { ...o, name: inert(o.name) };
  if (o.area !== undefined) organisation.area = inert(o.area);
  if (o.completed_by !== undefined) organisation.completed_by = inert(o.completed_by);
  const answers = new Map([...a.answers].map(([id, answer]) => [id, textQuestions.has(id) && typeof answer === 'string' ? inert(answer) : answer]));
  return { ...a, content: { ...a.content, organisation }, answers };
}

describe('golden HTML reports', () => {
  it.each(fixtures)('%s gives exactly the expected HTML', async (file) => {
    const { html } = await htmlOf(await assessed(join(ANSWERS, file)));
    const golden = join(GOLDEN, file.replace(/\.yaml$/, '.html'));
    if (process.env['UPDATE_GOLDEN'] === '1') {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(golden, html);
    }
    expect(html).toBe(await readFile(golden, 'utf8'));
  });

  it.each(fixtures)('%s parses without an error and uses only elements the template and the page make', async (file) => {
    const { html } = await htmlOf(await assessed(join(ANSWERS, file)));
    const errors: string[] = [];
    const elements = elementsOf(html, { errors });
    expect(errors).toEqual([]);
    const own = tagsWrittenBy(HTML_SOURCES);
    for (const { tag } of elements) expect(own).toContain(tag);
  });

  it('is byte-identical across runs', async () => {
    for (const file of fixtures) expect(await htmlOf(await assessed(join(ANSWERS, file)))).toEqual(await htmlOf(await assessed(join(ANSWERS, file))));
  });
});

describe('the hostile answer file in HTML', () => {
  it('has exactly the elements and attributes of the same report with its text made inert', async () => {
    const hostile = await assessed(join(ANSWERS, 'hostile.yaml'));
    const { html } = await htmlOf(hostile);
    const { html: tame } = await htmlOf(inertCopy(hostile));
    expect(html).not.toBe(tame);
    expect(skeletonOf(html)).toEqual(skeletonOf(tame));
    expect(tagCounts(html)).toEqual(tagCounts(tame));
  });

  it('has no script, no event handler, and no link but the bank’s reference and the plan’s links to its own gaps', async () => {
    const { html, json } = await htmlOf(await assessed(join(ANSWERS, 'hostile.yaml')));
    const elements = elementsOf(html);
    expect(elements.filter((e) => e.tag === 'script')).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attrs)).filter((name) => /^on/i.test(name))).toEqual([]);
    const links = elements.filter((e) => 'href' in e.attrs || 'src' in e.attrs).map((e) => e.attrs);
    expect(links.filter((attrs) => !/^#gap-\d+$/.test(attrs['href'] ?? ''))).toEqual([{ href: 'http://rds.homeoffice.gov.uk/rds/pdfs07/dpr48.pdf' }]);
    // Each link within the page leads to a gap's heading that is there.
    const ids = new Set(elements.map((e) => e.attrs['id']));
    for (const { href } of links.filter((attrs) => attrs['href']?.startsWith('#'))) expect(ids).toContain(href!.slice(1));
    expect(html).not.toMatch(/<script/i);
    // The hostile text is there, as text: the heading reads exactly as the organisation's name.
    const name = (JSON.parse(json) as { organisation: { name: string } }).organisation.name;
    expect(name).toContain('<script>');
    expect(elements.find((e) => e.tag === 'h1')!.text).toBe(`Readiness report: ${name}`);
    expect(elements.find((e) => e.tag === 'title')!.text).toBe(`Readiness report: ${name}`);
    expect(elements.filter((e) => e.tag === 'h1')).toHaveLength(1);
    // The running header holds the name as a CSS string that nothing in it can end.
    const style = elements.find((e) => e.tag === 'style')!.text;
    expect(style).toContain('@top-left { content: "Readiness report: Evil \\7c  Org \\3c script\\3e alert(1)');
  });

  it('forbids scripts and every request in its own Content-Security-Policy', async () => {
    const { html } = await htmlOf(await assessed(join(ANSWERS, 'northfield.yaml')));
    const csp = elementsOf(html).find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs['content']).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });
});

describe('the chart', () => {
  it('shows hostile recommendation titles as text: no Mermaid directive, no element, no handler (issue 15, item 5)', async () => {
    const TITLES = ["%%{init:{'theme':'dark'}}%%", '<img src=x onerror=alert(1)>'];
    const a = await assessed(join(ANSWERS, 'northfield.yaml'));
    const bank = { ...a.bank.bank, recommendations: a.bank.bank.recommendations.map((r, i) => ({ ...r, title: TITLES[i % TITLES.length]! })) };
    const { html } = await htmlOf({ ...a, bank: { ...a.bank, bank }, assessment: scoreAssessment(bank, a.answers) });
    const elements = elementsOf(html);
    expect(elements.filter((e) => e.tag === 'img')).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attrs)).filter((name) => /^on/i.test(name))).toEqual([]);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const labels = elementsOf(svg)
      .filter((e) => e.tag === 'text' || e.tag === 'tspan')
      .map((e) => e.text)
      .join(' ');
    for (const title of TITLES) expect(labels).toContain(title.slice(0, 12));
    expect(html).not.toContain('<img');
  });

  it('draws every assessed recommendation, highest first, with its score and band in words, and a pattern per band', async () => {
    const { html, json } = await htmlOf(await assessed('test/fixtures/reports/middling.yaml', null));
    const elements = elementsOf(html);
    const svg = elements.find((e) => e.tag === 'svg' && e.attrs['class'] === 'chart')!;
    expect(svg.attrs['role']).toBe('img');
    expect(elements.find((e) => e.attrs['id'] === svg.attrs['aria-labelledby'])!.tag).toBe('title');
    const values = elements.filter((e) => e.tag === 'text' && e.attrs['class'] === 'value').map((e) => e.text);
    const recommendations = (JSON.parse(json) as { recommendations: { score: number | null; band: { label: string } | null; weight: number }[] })
      .recommendations;
    const least = Math.min(...recommendations.filter((r) => r.score !== null).map((r) => r.weight));
    const expected = recommendations
      .filter((r) => r.score !== null)
      .sort((a, b) => Math.round(b.score!) - Math.round(a.score!))
      .map((r) => `${Math.round(r.score!)} ${r.band!.label}${r.weight > least ? ` ×${r.weight / least}` : ''}`);
    // Each bar's score, band in words, and how much it counts when more than the least (×2).
    expect(values).toEqual(expected);
    // The same numbers, in the same order, in the scores table.
    const table = elements.filter((e) => e.tag === 'td' && e.attrs['class'] === 'number').map((e) => e.text);
    expect(table).toEqual(expected.map((v) => v.split(' ')[0]));
    // One fill per band, and a different one for each: colour is never the only difference.
    const fills = new Map<string, Set<string>>();
    const bars = elements.filter((e) => e.tag === 'rect' && e.attrs['class'] === 'bar');
    expect(bars).toHaveLength(expected.length);
    bars.forEach((bar, i) => {
      const band = expected[i]!.replace(/^\d+ /, '').replace(/ ×\d+$/, '');
      fills.set(band, (fills.get(band) ?? new Set()).add(bar.attrs['fill']!));
    });
    expect([...fills.values()].map((f) => f.size)).toEqual([1, 1, 1, 1]);
    expect(new Set([...fills.values()].map((f) => [...f][0])).size).toBe(4);
    expect([...fills.values()].map((f) => [...f][0]).filter((fill) => fill!.startsWith('url(#'))).toHaveLength(3);
    // The key names every band beside its swatch.
    expect(elements.filter((e) => e.tag === 'li' && e.text.includes(', from ')).map((e) => e.text.trim())).toEqual([
      'Not yet ready, from 0',
      'Emerging, from 40',
      'Developing, from 60',
      'Ready, from 80',
    ]);
  });

  it('breaks a label into at most two lines, and cuts what is left with an ellipsis', () => {
    expect(wrapLabel('Organise engagement well', 242)).toEqual(['Organise engagement well']);
    expect(wrapLabel('Meet people both in meetings and outside them, to suit the purpose', 242)).toEqual([
      'Meet people both in meetings and outside',
      'them, to suit the purpose',
    ]);
    const long = wrapLabel('word '.repeat(200), 242);
    expect(long).toHaveLength(2);
    expect(long[1]).toMatch(/…$/);
    expect(wrapLabel('x'.repeat(500), 100)).toEqual([expect.stringMatching(/^x+…$/)]);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 40, max: 400 }), (text, width) => {
        const lines = wrapLabel(text, width);
        return lines.length <= 2 && lines.every((line) => line.length > 0);
      }),
    );
  });
});

describe('escapeHtml and cssString', () => {
  it.each([
    ['<script>alert("x") & \'y\'</script>', '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;'],
    ['plain words', 'plain words'],
    [42, '42'],
  ])('escapeHtml(%j) → %j', (input, output) => expect(escapeHtml(input)).toBe(output));

  it('makes any text one CSS string that nothing inside can end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const css = cssString(text);
        return /^"[^"\\\n\r<>{}]*(?:\\[0-9a-f]{1,6} [^"\\\n\r<>{}]*)*"$/.test(css);
      }),
    );
    expect(cssString('Evil "</style>')).toBe('"Evil \\22 \\3c \\2f style\\3e "');
  });
});

describe('ce-plan assess --format html', () => {
  it('writes the HTML report beside the others, the same as the golden', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ce-plan-html-'));
    try {
      const run = await runInProcess(['assess', join(ANSWERS, 'northfield.yaml'), '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,html']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect((await readdir(out)).sort()).toEqual(['northfield.html', 'northfield.md']);
      expect(await readFile(join(out, 'northfield.html'), 'utf8')).toBe(await readFile(join(GOLDEN, 'northfield.html'), 'utf8'));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('lists html among the formats in --help', async () => {
    const help = await runInProcess(['assess', '--help']);
    expect(help.stdout).toMatch(/--format <formats>\s+report formats: one or more of md, json, html/);
  });
});
