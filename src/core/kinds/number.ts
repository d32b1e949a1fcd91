// A number: not scored; it feeds the report's context (hours a month, meetings a year).
import { describeValue } from '../validate.js';
import { AnswerProblem, defineKind, NOT_SCORED, type TypedAnswer } from './kind.js';
import type { NumberQuestion } from './schemas.js';

/** Why a number breaks the question's rules, or undefined. */
function outOfRule(
  question: NumberQuestion,
  value: number,
  say: { whole: string; atLeast: (n: number) => string; atMost: (n: number) => string },
): string | undefined {
  const { min, max, integer } = question.number ?? {};
  if (integer && !Number.isInteger(value)) return say.whole;
  if (min !== undefined && value < min) return say.atLeast(min);
  if (max !== undefined && value > max) return say.atMost(max);
  return undefined;
}

/** Answers that keep the question's rules, to show as examples: a whole number, and a decimal unless only whole numbers will do. */
function examples(question: NumberQuestion): number[] {
  const { min, max, integer } = question.number ?? {};
  const fits = (n: number | undefined): n is number => n !== undefined && (min === undefined || n >= min) && (max === undefined || n <= max);
  const whole = [12, min === undefined ? undefined : Math.ceil(min), max === undefined ? undefined : Math.floor(max)].find(fits);
  if (integer) return whole === undefined ? [] : [whole];
  const decimal = [2.5, min === undefined ? undefined : min + 0.5, min === undefined || max === undefined ? undefined : (min + max) / 2].find(
    (n) => fits(n) && !Number.isInteger(n),
  );
  return [whole, decimal].filter(fits);
}

/** "enter a whole number, such as 12": what to type, in the question's own terms. */
function notANumber(question: NumberQuestion): string {
  const such = examples(question);
  return `enter ${question.number?.integer ? 'a whole number' : 'a number'}${such.length === 0 ? '' : `, such as ${such.join(' or ')}`}`;
}

/** A typed number; empty text is "unanswered" when the question is optional. */
function parse(question: NumberQuestion, typed: string): TypedAnswer {
  const trimmed = typed.trim();
  if (trimmed === '') return question.required ? { problem: 'an answer is required' } : { value: undefined };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: notANumber(question) };
  const problem = outOfRule(question, value, { whole: 'enter a whole number', atLeast: (n) => `enter ${n} or more`, atMost: (n) => `enter ${n} or less` });
  return problem === undefined ? { value } : { problem };
}

export const number = defineKind<NumberQuestion>('number', {
  ...NOT_SCORED,
  freeText: false,
  conditionValues: () => ({ kind: 'numbers' }),
  read(question, value) {
    if (typeof value !== 'number') return new AnswerProblem(`must be a number, not ${describeValue(value)}`);
    const problem = outOfRule(question, value, {
      whole: `must be a whole number, not ${value}`,
      atLeast: (n) => `must be at least ${n}, not ${value}`,
      atMost: (n) => `must be at most ${n}, not ${value}`,
    });
    return problem === undefined ? value : new AnswerProblem(problem);
  },
  describe: (question, answer) => (question.number?.unit === undefined ? String(answer) : `${String(answer)} ${question.number.unit}`),
  hint(question) {
    const { min, max, integer, unit } = question.number ?? {};
    const range = [min !== undefined ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''].filter(Boolean).join(', ');
    return `${integer ? 'a whole number' : 'a number'}${unit ? ` of ${unit}` : ''}${range ? `, ${range}` : ''}`;
  },
  // A figure someone may have to work out or look up.
  ask: (question) => ({
    style: 'input',
    parse: (typed) => parse(question, typed),
    seconds: 30,
    ...(question.number?.unit ? { unit: question.number.unit } : {}),
  }),
});
