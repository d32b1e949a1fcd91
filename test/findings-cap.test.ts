// Locating is linear, and a file's findings are capped: 20,000 unknown keys give their first 100 findings,
// each at its own line, then one that says how many more there are. Shown by counting, not timing: the
// test runs within jest's own default timeout (5 s), which a locator that searched the document once per
// finding (14.8 s at 20,000 keys) would not.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { capFindings, countBySeverity, MAX_FINDINGS_PER_FILE, type Diagnostic } from '../src/core/diagnostics.js';
import { formatStylish } from '../src/format/lint/stylish.js';
import { plainStyle } from '../src/format/style.js';
import { loadAssessment } from '../src/pipeline/assess.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';
import { en } from '../src/core/words/en.js';

const NORTHFIELD = readFileSync('test/fixtures/answers/northfield.yaml', 'utf8');
const KEYS = 20_000;

/** Northfield with `count` unknown answer keys first under `answers:`, and the line of the first. */
function withUnknownKeys(count: number): { text: string; firstLine: number } {
  const keys = Array.from({ length: count }, (_, i) => `  no-such-question-${i}: "yes"\n`).join('');
  const text = NORTHFIELD.replace('answers:\n', `answers:\n${keys}`);
  return { text, firstLine: NORTHFIELD.split('\n').indexOf('answers:') + 2 };
}

describe('20,000 unknown keys', () => {
  it('give the first 100 findings, each at its own key, then one for the rest', async () => {
    const dir = tempDir('cap');
    const file = join(dir, 'many.yaml');
    const { text, firstLine } = withUnknownKeys(KEYS);
    writeFileSync(file, text);
    const assessed = await loadAssessment(file, new Map(), { bank: EXAMPLE_BANK, words: en });
    expect(assessed.ok).toBe(false);
    // Every finding placed, each at its own key: the locator found all 20,000.
    expect(assessed.diagnostics).toHaveLength(KEYS);
    const misplaced = assessed.diagnostics.filter((d, i) => d.line !== firstLine + i || d.column !== 3 || d.rule !== 'unknown-question');
    expect(misplaced).toEqual([]);

    const capped = capFindings(assessed.diagnostics, en);
    expect(capped).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(capped.slice(0, MAX_FINDINGS_PER_FILE).map((d) => d.message)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => expect.stringContaining(`no question "no-such-question-${i}"`)),
    );
    expect(capped.at(-1)).toMatchObject({
      line: firstLine + MAX_FINDINGS_PER_FILE,
      severity: 'error',
      rule: 'too-many-findings',
      message: 'and 19,900 more findings in this file, not shown: fix the first 100 and run again',
    });
    expect(countBySeverity(capped)).toEqual({ errors: KEYS, warnings: 0 });
    // Capped twice is capped once.
    expect(capFindings(capped, en)).toEqual(capped);
  }, 5_000);

  it('through the CLI: 100 lines of findings, the rest counted, the true totals, exit 1', async () => {
    const dir = tempDir('cap');
    const file = join(dir, 'many.yaml');
    writeFileSync(file, withUnknownKeys(KEYS).text);
    const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/unknown-question/g)).toHaveLength(MAX_FINDINGS_PER_FILE);
    expect(run.stderr).toMatch(/error +too-many-findings +and 19,900 more findings in this file/);
    expect(run.stderr).toContain('✖ 20000 problems (20000 errors, 0 warnings) in 1 file checked');
  });
});

describe('capFindings', () => {
  const finding = (file: string, line: number, severity: 'error' | 'warning' = 'error'): Diagnostic => ({
    file,
    line,
    column: 1,
    severity,
    rule: 'r',
    message: `m${line}`,
  });

  it('caps each file on its own, keeps file order, and leaves files under the cap alone', () => {
    const many = Array.from({ length: 150 }, (_, i) => finding('a', 150 - i, 'warning'));
    const few = [finding('b', 2), finding('b', 1)];
    const capped = capFindings([...many, ...few], en, 100);
    expect(capped.filter((d) => d.file === 'a').map((d) => d.line)).toEqual([...Array.from({ length: 100 }, (_, i) => i + 1), 101]);
    expect(capped.at(-3)).toMatchObject({ rule: 'too-many-findings', severity: 'warning', hidden: { errors: 0, warnings: 50 } });
    expect(capped.slice(-2)).toEqual(few);
    expect(formatStylish(capped, { style: plainStyle, filesChecked: 2, words: en })).toContain('✖ 152 problems (2 errors, 150 warnings) in 2 files checked');
  });
});
