import { describe, expect, it } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareAssessments, type CompareSide } from '../src/core/compare.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { renderComparison } from '../src/format/compare/index.js';
import { loadAssessment } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { en } from '../src/core/words/en.js';

const SPRING = 'test/fixtures/compare/northfield-2026-05.yaml';
const AUTUMN = 'test/fixtures/answers/northfield.yaml';
const NEXT_VERSION = 'test/fixtures/compare/northfield-v1.1.yaml';
const EXAMPLE_V11 = 'test/fixtures/banks/example-v1.1.yaml';
const GOLDEN = 'test/golden';

async function side(file: string, bank = EXAMPLE_BANK): Promise<CompareSide> {
  const loaded = await loadAssessment(file, new Map() as BankCache, { bank, words: en });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const { bank: b, content, answers } = loaded.value;
  return { file, bank: b.bank, content, answers, assessment: scoreAssessment(b.bank, answers) };
}

const cell = (score: number | null, band: string | null) => ({ score, band: band === null ? null : { id: band, label: expect.any(String) } });

describe('compareAssessments', () => {
  it('gives the overall and per-recommendation change, unrounded', async () => {
    const comparison = compareAssessments(await side(SPRING), await side(AUTUMN));
    expect(comparison.comparable).toBe(true);
    expect(comparison.reasons).toEqual([]);
    expect(comparison.warnings).toEqual([]);
    expect(comparison.overall).toEqual({ before: cell(75, 'ready'), after: cell(175 / 3, 'emerging'), change: 175 / 3 - 75 });
    expect(comparison.recommendations).toEqual([
      { id: 'define-engagement', title: 'Define community engagement', before: cell(87.5, 'ready'), after: cell(50, 'emerging'), change: -37.5 },
      { id: 'methods', title: 'Combine inward- and outward-facing methods', before: cell(50, 'emerging'), after: cell(75, 'ready'), change: 25 },
    ]);
  });

  it('counts a gap as closed when it reaches the top band, and opened when it falls out of it', async () => {
    const comparison = compareAssessments(await side(SPRING), await side(AUTUMN));
    expect(comparison.gapsClosed.map((g) => g.id)).toEqual(['methods']);
    expect(comparison.gapsOpened.map((g) => g.id)).toEqual(['define-engagement']);
    expect(comparison.bandChanges.map((b) => [b.id, b.from?.id, b.to?.id, b.direction])).toEqual([
      ['overall', 'ready', 'emerging', 'down'],
      ['define-engagement', 'ready', 'emerging', 'down'],
      ['methods', 'emerging', 'ready', 'up'],
    ]);
    // The other way round, everything turns over.
    const back = compareAssessments(await side(AUTUMN), await side(SPRING));
    expect(back.gapsClosed.map((g) => g.id)).toEqual(['define-engagement']);
    expect(back.gapsOpened.map((g) => g.id)).toEqual(['methods']);
  });

  it('lists the answers that changed as a reader sees them, in bank order', async () => {
    const comparison = compareAssessments(await side(SPRING), await side(AUTUMN));
    expect(comparison.answersChanged.map((a) => [a.question, a.before, a.after])).toEqual([
      ['definition-written', 'Yes', 'Partly'],
      ['definition-shared', '4 of 1–5', '3 of 1–5'],
      ['methods-used', 'None of these', 'Meetings with service providers'],
      ['hours', '80 hours', '120 hours'],
      ['little-scope', 'unanswered', expect.stringContaining('Residents cannot change the police budget')],
    ]);
    expect(comparison.answersChanged[0]!.prompt).toBe('Have you written down what community engagement means for your group?');
  });

  it('says "not asked" for a question the skip logic hides on one side', async () => {
    const riverside = await side('test/fixtures/answers/riverside.yaml');
    const comparison = compareAssessments(riverside, await side(AUTUMN));
    expect(comparison.answersChanged.find((a) => a.question === 'definition-shared')).toMatchObject({ before: 'not asked', after: '3 of 1–5' });
    expect(comparison.answersChanged.find((a) => a.question === 'methods-fit')).toMatchObject({ before: 'Not applicable', after: 'Yes' });
  });

  it('finds nothing to report between a file and itself', async () => {
    const comparison = compareAssessments(await side(AUTUMN), await side(AUTUMN));
    expect(comparison).toMatchObject({ comparable: true, gapsClosed: [], gapsOpened: [], bandChanges: [], answersChanged: [], overall: { change: 0 } });
  });

  it('is not comparable when the two were scored with different versions of the bank', async () => {
    const comparison = compareAssessments(await side(SPRING), await side(NEXT_VERSION, EXAMPLE_V11));
    expect(comparison.comparable).toBe(false);
    expect(comparison.reasons).toEqual(["the bank's version differs: 1.0.0 before, 1.1.0 after"]);
    expect(comparison.warnings).toEqual([
      'the organisation names differ: "Northfield Community Safety Group" before, "Northfield CSG" after; these may be two different organisations',
    ]);
    // The numbers are still given, for the reader to judge.
    expect(comparison.overall.change).not.toBeNull();
  });

  it('is not comparable when the answer files were written for different versions, even on one bank', async () => {
    const comparison = compareAssessments(await side(SPRING, EXAMPLE_V11), await side(NEXT_VERSION, EXAMPLE_V11));
    expect(comparison.comparable).toBe(false);
    expect(comparison.reasons).toEqual([
      'the answer files were written for different versions of the bank (1.0.0 before, 1.1.0 after), though both are scored here with example 1.1.0',
    ]);
  });

  it('warns when BEFORE is dated after AFTER, and not when the dates are in order or missing', async () => {
    const spring = await side(SPRING);
    const autumn = await side(AUTUMN);
    expect([spring.content.organisation.date, autumn.content.organisation.date]).toEqual(['2026-05-20', '2026-11-20']);
    expect(compareAssessments(autumn, spring).warnings).toEqual([
      'the dates run backwards: 2026-11-20 before, 2026-05-20 after; give the earlier assessment first, so a change reads as progress',
    ]);
    expect(compareAssessments(spring, autumn).warnings).toEqual([]);
    const { date: _date, ...undated } = autumn.content.organisation;
    expect(compareAssessments({ ...autumn, content: { ...autumn.content, organisation: undated } }, spring).warnings).toEqual([]);
  });

  it('orders the recommendations by the size of their change, largest first, whatever the bank order', async () => {
    const comparison = compareAssessments(await side('test/fixtures/tracker/northfield-2026-02.yaml'), await side(AUTUMN));
    expect(comparison.recommendations.map((r) => [r.id, r.change])).toEqual([
      ['methods', 50],
      ['define-engagement', 12.5],
    ]);
  });

  it('shows a path as code, with no backslash in it', async () => {
    const md = await renderComparison(compareAssessments(await side(SPRING), await side(AUTUMN)), 'md');
    expect(md).toContain('- **After:** `test/fixtures/answers/northfield.yaml`: ');
    expect(md).not.toMatch(/northfield\\\./);
  });

  it('ignores case and surrounding space in organisation names', async () => {
    const before = await side(SPRING);
    const after = await side(AUTUMN);
    const shouted = { ...after, content: { ...after.content, organisation: { ...after.content.organisation, name: ' NORTHFIELD community safety group ' } } };
    expect(compareAssessments(before, shouted).warnings).toEqual([]);
  });
});

describe('the comparison as Markdown and JSON', () => {
  it.each(['md', 'json'] as const)('gives exactly the expected %s', async (format) => {
    const comparison = compareAssessments(await side(SPRING), await side(AUTUMN));
    const text = await renderComparison(comparison, format);
    const golden = join(GOLDEN, `compare.${format}`);
    if (process.env['UPDATE_GOLDEN'] === '1') {
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(golden, text);
    }
    expect(text).toBe(await readFile(golden, 'utf8'));
  });

  it.each([
    ['the golden pair', SPRING, AUTUMN, EXAMPLE_BANK],
    ['a change of version', SPRING, NEXT_VERSION, EXAMPLE_V11],
    ['a hostile file', 'test/fixtures/answers/hostile.yaml', AUTUMN, EXAMPLE_BANK],
  ])('passes markdownlint and renders every table whole: %s', async (_name, before, after, bank) => {
    const md = await renderComparison(compareAssessments(await side(before, bank), await side(after, bank)), 'md');
    expect(await lintMarkdown(md)).toEqual([]);
    const html = renderHtml(md);
    const shapes = tableShapes(html);
    expect(shapes.map((s) => s.header)).toEqual([4, 5, 3]);
    for (const { header, rows } of shapes) for (const cells of rows) expect(cells).toBe(header);
    expect(html).not.toMatch(/<script|<a /i);
  });

  it('says at the top that the method changed', async () => {
    const md = await renderComparison(compareAssessments(await side(SPRING), await side(NEXT_VERSION, EXAMPLE_V11)), 'md');
    const [, , , , warning] = md.split('\n');
    expect(warning).toBe("> **The method changed; numbers may not be comparable.** The bank's version differs: 1.0.0 before, 1.1.0 after.");
    expect(md).toContain('> **Check:** The organisation names differ');
  });
});
