// Helpers for the form export and import tests: banks, generated answer sets, and answers as each form
// tool holds them.
import fc from 'fast-check';
import { placedQuestions } from '../../src/core/bank.js';
import type { Bank, Question } from '../../src/core/schema.js';
import type { Answer } from '../../src/core/visibility.js';
import { loadBankFile } from '../../src/pipeline/load-bank.js';
import { answersFollowingSkipLogic, possibleAnswers } from './generators.js';
import { en } from '../../src/core/words/en.js';

export const BUILT_IN = ['ce-readiness', 'quick-check'] as const;
export const CONDITIONS_BANK = 'test/fixtures/banks/conditions.yaml';

export async function bankAt(file: string): Promise<Bank> {
  const loaded = await loadBankFile(file, en);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value.bank;
}

/** Every answer the tests give a question: the generators', and for text one with both kinds of quote. */
function answersFor(question: Question): Answer[] {
  const answers = possibleAnswers(question);
  return question.type === 'text' ? [...answers, 'It\'s "quoted"'] : answers;
}

/** Any answers at all (some to questions the skip logic hides, some left out). */
function anyAnswers(bank: Bank): fc.Arbitrary<Map<string, Answer>> {
  const entries = placedQuestions(bank).map(({ question }) =>
    fc.option(fc.constantFrom(...answersFor(question)), { nil: undefined, freq: 3 }).map((answer) => [question.id, answer] as const),
  );
  return fc.tuple(...entries).map((pairs) => new Map(pairs.filter((p): p is readonly [string, Answer] => p[1] !== undefined)));
}

/** Answers as a careful respondent gives them: only to the questions shown, some left blank. */
export function careful(bank: Bank, seed: number): Map<string, Answer> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const answers = answersFollowingSkipLogic(bank, () => Math.floor(random() * 1000));
  for (const id of [...answers.keys()]) if (random() < 0.1) answers.delete(id);
  return answers;
}

/** Some answer sets of both kinds, the same on every run. */
export function answerSets(bank: Bank, count: number): Map<string, Answer>[] {
  const sets: Map<string, Answer>[] = [];
  for (let i = 0; i < count; i++) sets.push(careful(bank, i + 1));
  return [...sets, ...fc.sample(anyAnswers(bank), { numRuns: count, seed: 18 })];
}

/** An answer as an XLSForm form holds it: text, with a select_multiple's names joined by spaces. */
export function xlsformValue(answer: Answer | undefined): string {
  if (answer === undefined) return '';
  return Array.isArray(answer) ? answer.join(' ') : String(answer);
}
