import { ceplanVersion } from '../src/io/version.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportStem } from '../src/io/paths.js';
import { actionsOf } from '../src/core/bank.js';
import { cohortEntry, median, summariseCohort, type CohortEntry } from '../src/core/cohort.js';
import type { AnswerFile, Bank } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { escapeMarkdown } from '../src/format/markdown-escape.js';
import { linkedReportFormat, renderSummary, summaryFormatFor, type SummaryFormat } from '../src/format/summary/index.js';
import { reportHref, type ReportLinks } from '../src/format/summary/links.js';
import { loadAssessment, reportsOf } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { loadBankFile } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK, exampleBank } from './helpers/banks.js';
import { runInProcess } from './helpers/in-process.js';
import { elementsOf, tagCounts, tagsWrittenBy } from './helpers/html.js';
import { arbAnswers } from './helpers/generators.js';

import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { en } from '../src/core/words/en.js';

/** Reports beside the summary, in the summary's own format (as `assess` links them when it writes both). */
const besideIt = (format: SummaryFormat): ReportLinks => ({ folder: '', extension: format });
const summaryText = (bank: Bank, entries: readonly CohortEntry[], format: SummaryFormat, links = besideIt(format)) =>
  renderSummary(summariseCohort(bank, entries), format, links);

const GOLDEN = 'test/golden';

async function builtIn(id: string): Promise<Bank> {
  const loaded = await loadBankFile(`questionnaires/${id}.yaml`, en);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value.bank;
}

/** Nine groups answering a bank at random (a fixed seed, so the same nine every run), names included. */
function nineGroups(bank: Bank): CohortEntry[] {
  const maps = fc.sample(arbAnswers(bank), { seed: 20261120, numRuns: 9 });
  const names = [
    'Northfield CSG',
    'Riverside | Partnership',
    'Eastgate <b>Group</b>',
    'Westway *CSG*',
    'Hilltop',
    'Dockside',
    'Old Town',
    'Marsh End',
    'Kingsmead',
  ];
  return maps.map((answers, i) => {
    const content: AnswerFile = { bank: bank.id, organisation: { name: names[i]!, area: `Area ${i + 1}` }, answers: {} };
    return cohortEntry(bank, content, `group-${i + 1}`, scoreAssessment(bank, answers));
  });
}

/** Fixture answer files, loaded and scored as `assess` does. */
async function fixtureCohort(files: string[]): Promise<{ bank: Bank; entries: CohortEntry[] }> {
  const cache: BankCache = new Map();
  const entries: CohortEntry[] = [];
  for (const file of files) {
    const loaded = await loadAssessment(file, cache, { bank: EXAMPLE_BANK, words: en });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const { bank, content, answers } = loaded.value;
    entries.push(cohortEntry(bank.bank, content, reportStem(file), scoreAssessment(bank.bank, answers)));
  }
  return { bank: await exampleBank(), entries };
}

describe('a summary of nine generated groups', () => {
  it.each(['quick-check', 'ce-readiness'])('on %s passes markdownlint and renders every table whole', async (id) => {
    const bank = await builtIn(id);
    const entries = nineGroups(bank);
    const md = await summaryText(bank, entries, 'md');
    expect(await lintMarkdown(md)).toEqual([]);
    const html = renderHtml(md);
    const shapes = tableShapes(html);
    const columns = bank.recommendations.length;
    // Organisations (rank, organisation, overall, gaps, weakest areas, report), then by recommendation:
    // narrow whatever the number of recommendations.
    expect(shapes.map((s) => s.header)).toEqual([6, 5]);
    expect(shapes.map((s) => s.rows.length)).toEqual([9, columns + 1]);
    for (const { header, rows } of shapes) for (const cells of rows) expect(cells).toBe(header);
    expect(html).not.toContain('<b>Group');
    expect(html).not.toMatch(/<em>CSG/);
    // Every organisation linked to its report, and every recommendation by name: no codes to look up.
    for (const entry of entries) expect(html).toContain(`<a href="${entry.report}.md">${entry.report}.md</a>`);
    for (const r of bank.recommendations) expect(md).toContain(`| ${escapeMarkdown(r.title)} |`);
    expect(md).not.toMatch(/\bR\d+\b/);
  });

  it('gives the same bytes whatever order the files come in', async () => {
    const bank = await builtIn('quick-check');
    const entries = nineGroups(bank);
    const reversed = [...entries].reverse();
    expect(await summaryText(bank, reversed, 'md')).toBe(await summaryText(bank, entries, 'md'));
    expect(await summaryText(bank, reversed, 'json')).toBe(await summaryText(bank, entries, 'json'));
  });
});

describe('summariseCohort', () => {
  const entry = (organisation: string, overall: number | null, recommendations: (number | null)[]): CohortEntry => ({
    organisation,
    report: organisation.toLowerCase(),
    overall,
    band: null,
    recommendations,
  });

  it('ranks highest first, equal scores by name and sharing a rank, the unassessed last', async () => {
    const bank = await exampleBank();
    const summary = summariseCohort(bank, [
      entry('Cee', 50, [50, 50]),
      entry('None', null, [null, null]),
      entry('Bee', 50, [50, 50]),
      entry('Top', 90, [90, 90]),
      entry('Low', 10, [10, 10]),
    ]);
    expect(summary.ranking.map((r) => [r.rank, r.organisation])).toEqual([
      [1, 'Top'],
      [2, 'Bee'],
      [2, 'Cee'],
      [4, 'Low'],
      [null, 'None'],
    ]);
    expect(summary.rows.map((r) => r.organisation)).toEqual(['Bee', 'Cee', 'Low', 'None', 'Top']);
    expect(summary.assessed).toBe(4);
    expect(summary.rows[2]!.overall.band).toEqual({ id: 'not-ready', label: 'Not yet ready' });
  });

  it('calls a recommendation a shared gap when at least half of those assessed on it are below the top band, as every report does', async () => {
    const bank = await exampleBank(); // bands 0, 40, 75: the top band, Ready, starts at 75
    const summary = summariseCohort(bank, [
      entry('A', 0, [74.9, 10]),
      entry('B', 0, [75, 20]),
      entry('C', 0, [null, 30]),
      entry('D', 0, [80, 76]),
      entry('E', 0, [10, 45]),
    ]);
    // define-engagement: 2 of 4 assessed below 75 (exactly half); methods: 4 of 5.
    expect(summary.gapLine).toEqual({ id: 'ready', label: 'Ready', min: 75 });
    expect(summary.sharedGaps.map((g) => [g.id, g.below, g.assessed, g.reports])).toEqual([
      ['methods', 4, 5, ['a', 'b', 'c', 'e']],
      ['define-engagement', 2, 4, ['a', 'e']],
    ]);
    expect(summary.sharedGaps[0]!.mean).toBeCloseTo(36.2);
    expect(summary.sharedGaps[0]!.actions).toEqual(actionsOf(bank.recommendations[1]!).map((a) => a.text));
    // One fewer below the line and it is no longer shared.
    const fewer = summariseCohort(bank, [entry('A', 0, [74.9, 10]), entry('B', 0, [75, 20]), entry('D', 0, [80, 76])]);
    expect(fewer.sharedGaps.map((g) => g.id)).toEqual(['methods']);
  });

  it('orders equally shared gaps by the lower mean score', async () => {
    const bank = await exampleBank();
    const summary = summariseCohort(bank, [entry('A', 0, [30, 35]), entry('B', 0, [50, 90])]);
    expect(summary.sharedGaps.map((g) => g.id)).toEqual(['define-engagement', 'methods']);
    const other = summariseCohort(bank, [entry('A', 0, [30, 10]), entry('B', 0, [90, 50])]);
    expect(other.sharedGaps.map((g) => g.id)).toEqual(['methods', 'define-engagement']);
  });

  it('gives min, median and max per recommendation over the organisations assessed on it', async () => {
    const bank = await exampleBank();
    const summary = summariseCohort(bank, [entry('A', 10, [10, null]), entry('B', 30, [30, null]), entry('C', 20, [20, null]), entry('D', 70, [70, null])]);
    expect(summary.spread).toEqual([
      { id: 'define-engagement', title: 'Define community engagement', assessed: 4, below: 4, min: 10, median: 25, max: 70 },
      { id: 'methods', title: 'Combine inward- and outward-facing methods', assessed: 0, below: 0, min: null, median: null, max: null },
    ]);
    expect(median([1, 2, 9])).toBe(2);
  });

  it('refuses entries scored on another bank', async () => {
    const bank = await exampleBank();
    expect(() => summariseCohort(bank, [entry('A', 1, [1])])).toThrow('has 1 scores; bank "example" has 2');
  });

  it('summarises an empty cohort without failing', async () => {
    const bank = await exampleBank();
    const md = await summaryText(bank, [], 'md');
    expect(await lintMarkdown(md)).toEqual([]);
    expect(md).toContain('No recommendation is a gap');
    const errors: string[] = [];
    const html = await summaryText(bank, [], 'html');
    expect(elementsOf(html, { errors }).filter((e) => e.tag === 'svg')).toEqual([]); // no chart of nothing
    expect(errors).toEqual([]);
    expect(html).toContain('No recommendation is a gap');
  });
});

const THREE_GROUPS = ['test/fixtures/answers/riverside.yaml', 'test/fixtures/answers/northfield.yaml', 'test/fixtures/cohort/eastgate.yaml'];

describe('the summary of three fixture groups', () => {
  it.each(['md', 'json', 'html'] as const)('gives exactly the expected %s', async (format) => {
    const { bank, entries } = await fixtureCohort(THREE_GROUPS);
    const text = await summaryText(bank, entries, format);
    const golden = join(GOLDEN, `summary.${format}`);
    if (process.env['UPDATE_GOLDEN'] === '1') {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(golden, text);
    }
    expect(text).toBe(await readFile(golden, 'utf8'));
  });

  it("says which gaps they share, with the bank's actions", async () => {
    const { bank, entries } = await fixtureCohort(THREE_GROUPS);
    const md = await summaryText(bank, entries, 'md');
    expect(md).toContain(
      '### 1. Define community engagement\n\nBelow Ready for 3 of the 3 organisations assessed on it (mean score 25): Eastgate Community Safety Group, Northfield Community Safety Group, Riverside Partnership.',
    );
    expect(md).toContain('- Agree a written definition of community engagement with every partner.');
    expect(md).toContain('### 2. Combine inward- and outward-facing methods');
  });

  it('names as weakest areas the first two gaps of each report, and counts its gaps as the report does', async () => {
    const cache: BankCache = new Map();
    const { bank, entries } = await fixtureCohort([...THREE_GROUPS, 'test/fixtures/answers/hostile.yaml']);
    const summary = summariseCohort(bank, entries);
    for (const file of [...THREE_GROUPS, 'test/fixtures/answers/hostile.yaml']) {
      const loaded = await loadAssessment(file, cache, { bank: EXAMPLE_BANK, words: en });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
      const [json] = await reportsOf(
        { ...loaded.value, sources: [loaded.value.source] },
        { formats: ['json'], templates: {}, tool: `ce-plan ${ceplanVersion()}` },
      );
      const report = JSON.parse(json!.content as string) as { gaps: { id: string }[] };
      const row = summary.rows.find((r) => r.report === reportStem(file))!;
      expect(row.weakest).toEqual(report.gaps.slice(0, 2).map((g) => g.id));
      expect(row.gaps).toBe(report.gaps.length);
    }
    // Eastgate's weaker score comes second: its report puts first the gap that counts twice as much.
    expect(summary.rows.find((r) => r.report === 'eastgate')!.weakest).toEqual(['define-engagement', 'methods']);
  });

  it('says what a gap is, on the page, as every report does', async () => {
    const { bank, entries } = await fixtureCohort(THREE_GROUPS);
    for (const format of ['md', 'html'] as const) {
      const text = await summaryText(bank, entries, format);
      expect(text).toContain('below Ready, the top band (from 75): a gap means the same here as in every report.');
    }
  });

  it('keeps a hostile name inert and every table whole in Markdown, its only links those to the reports', async () => {
    const { bank, entries } = await fixtureCohort([...THREE_GROUPS, 'test/fixtures/answers/hostile.yaml']);
    const md = await summaryText(bank, entries, 'md');
    expect(await lintMarkdown(md)).toEqual([]);
    const html = renderHtml(md);
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<a [^>]*>/g)).toEqual(['hostile', 'northfield', 'eastgate', 'riverside'].map((stem) => `<a href="${stem}.md">`));
    for (const { header, rows } of tableShapes(html)) for (const cells of rows) expect(cells).toBe(header);
  });

  it('keeps a hostile name inert in HTML: the same elements as with the names made inert', async () => {
    const { bank, entries } = await fixtureCohort([...THREE_GROUPS, 'test/fixtures/answers/hostile.yaml']);
    const inert = (text: string) => text.replace(/\S/g, 'x');
    const tame = entries.map((e) => ({ ...e, organisation: inert(e.organisation), ...(e.area === undefined ? {} : { area: inert(e.area) }) }));
    // Made inert, the names sort differently: compare each page with its rows in the same order.
    const html = await summaryText(bank, entries, 'html');
    const tameHtml = await summaryText(bank, tame, 'html');
    expect(html).toContain('Evil | Org &lt;script&gt;');
    const elements = elementsOf(html);
    expect(elements.filter((e) => e.tag === 'script')).toEqual([]);
    expect(elements.filter((e) => 'href' in e.attrs).map((e) => e.attrs['href'])).toEqual([
      'hostile.html',
      'northfield.html',
      'eastgate.html',
      'riverside.html',
    ]);
    expect(tagCounts(html)).toEqual(tagCounts(tameHtml));
    const own = tagsWrittenBy(['src/format/summary/html.ts', 'src/format/html/page.ts', 'src/format/html/chart.ts']);
    for (const { tag } of elements) expect(own).toContain(tag);
  });
});

describe('links to the reports', () => {
  it('are relative to the summary, percent-encoded so that no file name is live in Markdown or HTML', () => {
    expect(reportHref('northfield', { folder: '', extension: 'md' })).toBe('northfield.md');
    expect(reportHref('northfield', { folder: '../reports', extension: 'html' })).toBe('../reports/northfield.html');
    expect(reportHref('a (b) <c> "d" [e]', { folder: 'my reports', extension: 'md' })).toBe('my%20reports/a%20%28b%29%20%3Cc%3E%20%22d%22%20%5Be%5D.md');
  });

  it.each([
    ['md', ['md', 'json'], 'md'],
    ['html', ['md', 'html'], 'html'],
    ['md', ['json', 'html'], 'html'],
    ['html', ['json', 'md'], 'md'],
    ['json', ['json'], 'json'],
    ['md', ['json'], 'json'],
  ] as const)('a %s summary with %j reports links the %s', (summary, written, linked) => expect(linkedReportFormat(summary, written)).toBe(linked));

  it('point at the reports that assess wrote, from wherever the summary is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ce-plan-summary-'));
    try {
      const reports = join(dir, 'reports');
      const run = await runInProcess([
        'assess',
        ...THREE_GROUPS,
        '--bank',
        EXAMPLE_BANK,
        '--out-dir',
        reports,
        '--format',
        'json,html',
        '--summary',
        join(dir, 'cohort', 'summary.md'),
      ]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const md = await readFile(join(dir, 'cohort', 'summary.md'), 'utf8');
      const links = [...md.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(links).toEqual(['../reports/northfield.html', '../reports/eastgate.html', '../reports/riverside.html']);
      for (const link of links) expect(existsSync(join(dir, 'cohort', link))).toBe(true);
      const html = await runInProcess([
        'assess',
        ...THREE_GROUPS,
        '--bank',
        EXAMPLE_BANK,
        '--out-dir',
        reports,
        '--format',
        'md,html',
        '--summary',
        join(reports, 'summary.html'),
        '--force',
      ]);
      expect(html).toMatchObject({ code: 0, stderr: '' });
      const page = await readFile(join(reports, 'summary.html'), 'utf8');
      expect(
        elementsOf(page)
          .filter((e) => e.tag === 'a')
          .map((e) => e.attrs['href']),
      ).toEqual(['northfield.html', 'eastgate.html', 'riverside.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('summaryFormatFor', () => {
  it.each([
    ['reports/summary.json', 'json'],
    ['SUMMARY.JSON', 'json'],
    ['reports/summary.md', 'md'],
    ['reports/summary.html', 'html'],
    ['summary', 'md'],
  ])('%s → %s', (file, format) => expect(summaryFormatFor(file)).toBe(format));
});

describe('the summary in Welsh (issue 26)', () => {
  it('assess --lang cy writes the summary in Welsh too: its words, the bank titles in Welsh, lang="cy", clean Markdown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ce-plan-summary-cy-'));
    try {
      const inputs = ['strong', 'middling', 'weak'].map((name) => `test/fixtures/reports/${name}.yaml`);
      const reports = join(dir, 'reports');
      for (const file of ['summary.md', 'summary.html']) {
        const run = await runInProcess(['assess', ...inputs, '--lang', 'cy', '--out-dir', reports, '--format', 'md', '--summary', join(dir, file), '--force']);
        expect(run).toMatchObject({ code: 0, stderr: '' });
      }
      const md = await readFile(join(dir, 'summary.md'), 'utf8');
      expect(md).toContain("# Crynodeb o'r garfan: Parodrwydd i ymgysylltu â'r gymuned");
      expect(md).toContain('## Bylchau cyffredin');
      expect(md).toContain('| Safle | Sefydliad | At ei gilydd | Bylchau | Meysydd gwannaf | Adroddiad |');
      expect(md).not.toMatch(/Shared gaps|Organisations|Weakest areas/);
      expect(await lintMarkdown(md)).toEqual([]);
      const html = await readFile(join(dir, 'summary.html'), 'utf8');
      expect(html).toContain('<html lang="cy">');
      expect(html).toContain('Fesul argymhelliad');
      const errors: string[] = [];
      elementsOf(html, { errors });
      expect(errors).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
