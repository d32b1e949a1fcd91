// A bad answer file read the quick way (js-yaml, no positions) still names every finding's line and
// column: its findings are those yaml's reading gives, and each points at the line that is wrong.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../src/core/diagnostics.js';
import { checkParsed } from '../src/pipeline/assess.js';
import type { BankCache } from '../src/pipeline/load-bank.js';
import { parseAnswers } from '../src/pipeline/parse-answers.js';
import { readAnswers } from '../src/pipeline/read-answers.js';
import { readQuickly } from '../src/pipeline/quick-yaml.js';
import { en } from '../src/core/words/en.js';

const BANK = 'test/fixtures/banks/example.yaml';
const lines = readFileSync('test/fixtures/answers/northfield.yaml', 'utf8').trimEnd().split('\n');

/**
 * What can be wrong with a line, as [the line it replaces (or null to add one under answers), the bad
 * line]: answers that do not fit the bank, then the file's own shape, whose findings stop a file before
 * its answers are checked against the bank.
 */
const ANSWER_MISTAKES: [string | null, string][] = [
  [null, '  no-such-question: "yes"'],
  [null, '  definitions-written: partly'],
  ['  definition-written: partly', '  definition-written: maybe'],
  ['  definition-written: partly', '  definition-written: [partly, "yes"]'],
  ['  definition-shared: 3', '  definition-shared: 9'],
  ['  definition-shared: 3', '  definition-shared: three'],
  ['  methods-used: [meetings]', '  methods-used: [meetings, nonsense]'],
  ['  hours: 120', '  hours: lots'],
  ['  hours: 120', '  hours: -5'],
  ['  methods-fit: "yes"', '  methods-fit: 12'],
  ['bank_version: 1.0.0', 'bank_version: 0.9.0'],
];
const SHAPE_MISTAKES: [string | null, string][] = [
  ['  methods-used: [meetings]', '  methods-used: { a: 1 }'],
  ['  name: Northfield Community Safety Group', '  name: ""'],
  ['  date: 2026-11-20', '  date: 20/11/2026'],
  ['  area: Northfield', '  area: [Northfield]'],
  ['  completed_by: A. Practitioner', '  completed_by: 3'],
];

async function findings(parsed: Awaited<ReturnType<typeof readAnswers>>): Promise<Diagnostic[]> {
  if (!parsed.ok) return parsed.diagnostics;
  const cache: BankCache = new Map();
  return (await checkParsed(parsed.value, cache, { bank: BANK, words: en })).diagnostics;
}

test('every finding in a bad answer file read the quick way names its line and column, as yaml places it', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(ANSWER_MISTAKES, SHAPE_MISTAKES),
      fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      fc.nat(5),
      async (MISTAKES, picks, at) => {
        // At most one mistake for each line replaced.
        const chosen = [...new Set(picks.map((p) => p % MISTAKES.length))].filter(
          (i, n, all) => MISTAKES[i]![0] === null || all.findIndex((j) => MISTAKES[j]![0] === MISTAKES[i]![0]) === n,
        );
        const text = [...lines];
        const wrong: number[] = [];
        for (const i of chosen) {
          const [replaced, bad] = MISTAKES[i]!;
          if (replaced === null) text.splice(text.indexOf('answers:') + 1 + (at % 5), 0, bad);
          else text[text.indexOf(replaced)] = bad;
        }
        for (const i of chosen) wrong.push(text.indexOf(MISTAKES[i]![1]) + 1);
        const file = `${text.join('\n')}\n`;
        // Read the quick way, as a batch reads it, and it has findings.
        expect(readQuickly(file)).toBeDefined();
        const quick = await findings(await readAnswers('bad.yaml', file, en));
        expect(quick.length).toBeGreaterThan(0);
        // The findings yaml's reading gives, places and all; each at a line and column of the file.
        expect(quick).toEqual(await findings(parseAnswers('bad.yaml', file, en)));
        for (const finding of quick) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
        }
        // Each wrong line is named by a finding.
        const named = new Set(quick.map((d) => d.line));
        for (const line of wrong) expect(named.has(line)).toBe(true);
      },
    ),
    { numRuns: 150, seed: 27 },
  );
});

test('a file read the quick way with no finding is checked without yaml, and gives what yaml gives', async () => {
  const file = `${lines.join('\n')}\n`;
  const quick = await readAnswers('good.yaml', file, en);
  expect(quick.ok && 'text' in quick.value.positions).toBe(true);
  const cache: BankCache = new Map();
  const [a, b] = [await checkParsed(quick.ok ? quick.value : (undefined as never), cache, { bank: BANK, words: en }), parseAnswers('good.yaml', file, en)];
  expect(a.ok).toBe(true);
  expect(b.ok && a.ok && a.value.content).toEqual(b.ok && b.value.data);
});
