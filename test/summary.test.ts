import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportStem } from '../src/io/paths.js';
import { cohortEntry, median, summariseCohort, type CohortEntry } from '../src/core/cohort.js';
import type { AnswerFile, Bank } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { escapeMarkdown } from '../src/format/markdown-escape.js';
import { renderSummary, summaryFormatFor, type SummaryFormat } from '../src/format/summary/index.js';
import { loadAssessment } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { loadBankFile } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK, exampleBank } from './helpers/banks.js';
import { arbAnswers } from './helpers/generators.js';

const summaryText = (bank: Bank, entries: readonly CohortEntry[], format: SummaryFormat) => renderSummary(summariseCohort(bank, entries), format);
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';

const GOLDEN = 'test/golden';

async function builtIn(id: string): Promise<Bank> {
  const loaded = await loadBankFile(`questionnaires/${id}.yaml`);
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
    const loaded = await loadAssessment(file, cache, { bank: EXAMPLE_BANK });
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
    // Scores by organisation, ranking, spread.
    expect(shapes.map((s) => s.header)).toEqual([3 + columns, 5, 6]);
    expect(shapes.map((s) => s.rows.length)).toEqual([9, 9, columns + 1]);
    for (const { header, rows } of shapes) for (const cells of rows) expect(cells).toBe(header);
    expect(html).not.toContain('<b>Group');
    expect(html).not.toMatch(/<em>CSG/);
    // Every organisation and every recommendation in the key.
    for (const entry of entries) expect(md).toContain(entry.report);
    for (const [i, r] of bank.recommendations.entries()) expect(md).toContain(`- **R${i + 1}:** ${escapeMarkdown(r.title)}`);
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
    expect(summary.sharedGaps[0]!.actions).toEqual(bank.recommendations[1]!.actions);
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
      { id: 'define-engagement', title: 'Define community engagement', assessed: 4, min: 10, median: 25, max: 70 },
      { id: 'methods', title: 'Combine inward- and outward-facing methods', assessed: 0, min: null, median: null, max: null },
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
  });
});

const THREE_GROUPS = ['test/fixtures/answers/riverside.yaml', 'test/fixtures/answers/northfield.yaml', 'test/fixtures/cohort/eastgate.yaml'];

describe('the summary of three fixture groups', () => {
  it.each(['md', 'json'] as const)('gives exactly the expected %s', async (format) => {
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

  it('keeps a hostile name inert and every table whole', async () => {
    const { bank, entries } = await fixtureCohort([...THREE_GROUPS, 'test/fixtures/answers/hostile.yaml']);
    const md = await summaryText(bank, entries, 'md');
    expect(await lintMarkdown(md)).toEqual([]);
    const html = renderHtml(md);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<a /);
    for (const { header, rows } of tableShapes(html)) for (const cells of rows) expect(cells).toBe(header);
  });
});

describe('summaryFormatFor', () => {
  it.each([
    ['reports/summary.json', 'json'],
    ['SUMMARY.JSON', 'json'],
    ['reports/summary.md', 'md'],
    ['summary', 'md'],
  ])('%s → %s', (file, format) => expect(summaryFormatFor(file)).toBe(format));
});
