// The batch's tally on its own: what a batch of thousands says at its end, counted rather than listed.
import { describe, expect, test } from '@jest/globals';
import { AssessTally, type TallySettings } from '../src/cli/run/assess-tally.js';
import type { FileOutcome } from '../src/pipeline/assess-file.js';

const settings = (more: Partial<TallySettings> = {}): TallySettings => ({
  total: 0,
  outDir: 'reports',
  failUnder: undefined,
  summary: false,
  force: false,
  progressShown: true,
  display: (path) => path,
  ...more,
});

const reported = (i: number, overall: number): FileOutcome => ({
  kind: 'reported',
  file: `group-${i}.yaml`,
  diagnostics: [],
  written: [`reports/group-${i}.md`, `reports/group-${i}.json`],
  kept: [],
  overall,
});

const failed = (i: number): FileOutcome => ({ kind: 'failed', file: `bad-${i}.yaml`, diagnostics: [] });

describe('the tally of a batch', () => {
  test('--fail-under names the first 20 files under it and counts the rest', () => {
    const tally = new AssessTally(settings({ total: 1000, failUnder: 50 }));
    for (let i = 0; i < 1000; i++) tally.file(reported(i, i % 2 === 0 ? 10 : 90));
    const { lines, exitCode } = tally.finish();
    expect(exitCode).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ce-plan: 500 scored under --fail-under 50: group-0\.yaml \(10\), group-2\.yaml \(10\), /);
    expect(lines[0]!.match(/\(10\)/g)).toHaveLength(20);
    expect(lines[0]).toContain('group-38.yaml (10), and 480 more\n');
    expect(lines[0]).not.toContain('group-40.yaml');
  });

  test('a few files under --fail-under are all named, with no "more"', () => {
    const tally = new AssessTally(settings({ total: 3, failUnder: 50 }));
    [20, 60, 31.46].forEach((score, i) => tally.file(reported(i, score)));
    expect(tally.finish()).toEqual({ lines: ['ce-plan: 2 scored under --fail-under 50: group-0.yaml (20), group-2.yaml (31.5)\n'], exitCode: 1 });
  });

  test('reports written are counted, and failures counted for the summary, named only with --summary', () => {
    const plain = new AssessTally(settings({ total: 4 }));
    const withSummary = new AssessTally(settings({ total: 4, summary: true }));
    for (const tally of [plain, withSummary]) {
      tally.file(reported(0, 50));
      tally.file(failed(1));
      tally.file(reported(2, 50));
      tally.file(failed(3));
    }
    expect(plain.written).toBe(4);
    expect(plain.failed).toBe(2);
    expect(plain.notIncluded).toEqual([]);
    expect(withSummary.notIncluded).toEqual(['bad-1.yaml', 'bad-3.yaml']);
    expect(withSummary.summaryLines(true)).toEqual([
      'ce-plan: the summary leaves out 2 of 4 answer files, which failed (above); it names them under "Not included"\n',
    ]);
    expect(plain.finish()).toEqual({ lines: [], exitCode: 1 });
  });
});
