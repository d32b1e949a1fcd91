// A question's `when` as the export formats write it: the same tests, with the rule that a test on a
// hidden question is false made explicit. ce-plan never lets a hidden question's answer count (spec
// §2), but form tools differ on what a hidden question holds while a form is being filled in (SurveyJS
// keeps its value until the form is completed, ODK tools vary), so a test on a question that has a
// `when` of its own is joined to that `when`: it holds only while that question is shown. A test on an
// unanswered question is false too; each format's writer says so in its own words (`not_in` needs it).
import { questionsById } from '../../core/bank.js';
import type { Bank, Condition, Question } from '../../core/schema.js';

type Test = 'in' | 'not_in' | 'equals';

export type Relevance =
  | { op: 'all' | 'any'; of: readonly Relevance[] }
  | { op: 'not'; of: Relevance }
  | { op: 'test'; question: Question; test: Test; values: readonly (string | number)[] }
  /** A test on a question the bank does not have (a broken bank): never holds. */
  | { op: 'never' };

/** When a question is shown, or undefined when it always is. */
export function relevanceOf(bank: Bank, question: Question): Relevance | undefined {
  return question.when === undefined ? undefined : translate(bank, question.when, new Set([question.id]));
}

function translate(bank: Bank, condition: Condition, seen: ReadonlySet<string>): Relevance {
  if (condition.all)
    return join(
      'all',
      condition.all.map((c) => translate(bank, c, seen)),
    );
  if (condition.any)
    return join(
      'any',
      condition.any.map((c) => translate(bank, c, seen)),
    );
  if (condition.not) return { op: 'not', of: translate(bank, condition.not, seen) };
  const target = condition.question === undefined ? undefined : questionsById(bank).get(condition.question);
  // Conditions refer only to earlier questions (lint's condition-order), so this never loops; a broken bank is cut short.
  if (target === undefined || seen.has(target.id)) return { op: 'never' };
  const test: Relevance = condition.in
    ? { op: 'test', question: target, test: 'in', values: condition.in }
    : condition.not_in
      ? { op: 'test', question: target, test: 'not_in', values: condition.not_in }
      : condition.equals !== undefined
        ? { op: 'test', question: target, test: 'equals', values: [condition.equals] }
        : { op: 'never' };
  if (target.when === undefined) return test;
  return join('all', [translate(bank, target.when, new Set([...seen, target.id])), test]);
}

function join(op: 'all' | 'any', of: readonly Relevance[]): Relevance {
  return of.length === 1 ? of[0]! : { op, of };
}

/** How one expression language writes a `Relevance`: its false, its negation, and its test on one question. */
export interface ExpressionGrammar {
  never: string;
  not(expression: string): string;
  test(question: Question, test: Test, values: readonly (string | number)[]): string;
}

/** A `Relevance` in a grammar: `all` and `any` are `and` and `or` in brackets, as both SurveyJS and XLSForm write them. */
export function writeRelevance(relevance: Relevance, grammar: ExpressionGrammar): string {
  switch (relevance.op) {
    case 'never':
      return grammar.never;
    case 'not':
      return grammar.not(writeRelevance(relevance.of, grammar));
    case 'all':
    case 'any':
      return `(${relevance.of.map((r) => writeRelevance(r, grammar)).join(relevance.op === 'all' ? ' and ' : ' or ')})`;
    case 'test':
      return grammar.test(relevance.question, relevance.test, relevance.values);
  }
}
