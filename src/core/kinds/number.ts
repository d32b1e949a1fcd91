// A number: not scored; it feeds the report's context (hours a month, meetings a year).
import { describeValue } from '../validate.js';
import { AnswerProblem, defineKind, NOT_SCORED, type TypedAnswer } from './kind.js';
import type { NumberQuestion } from './schemas.js';
import type { Words } from '../words/index.js';

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

/** A typed number, or what to type in the question's own terms ("enter a whole number, such as 12"); empty text is "unanswered" when the question is optional. */
function parse(question: NumberQuestion, typed: string, words: Words['answers']): TypedAnswer {
  const trimmed = typed.trim();
  if (trimmed === '') return question.required ? { problem: words.required } : { value: undefined };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: words.number(question.number?.integer === true, examples(question)) };
  const problem = outOfRule(question, value, { whole: words.wholeNumber, atLeast: words.atLeast, atMost: words.atMost });
  return problem === undefined ? { value } : { problem };
}

export const number = defineKind<NumberQuestion>('number', {
  ...NOT_SCORED,
  freeText: false,
  conditionValues: () => ({ kind: 'numbers' }),
  read(question, value, words) {
    const say = words.findings.answer;
    if (typeof value !== 'number') return new AnswerProblem(say.notNumber(describeValue(value, words)));
    const problem = outOfRule(question, value, {
      whole: say.notWhole(value),
      atLeast: (n) => say.atLeast(n, value),
      atMost: (n) => say.atMost(n, value),
    });
    return problem === undefined ? value : new AnswerProblem(problem);
  },
  describe: (question, answer) => (question.number?.unit === undefined ? String(answer) : `${String(answer)} ${question.number.unit}`),
  hint(question, words) {
    const { min, max, integer, unit } = question.number ?? {};
    return words.template.number(integer === true, unit, min, max);
  },
  // A figure someone may have to work out or look up.
  ask: (question, words) => ({
    style: 'input',
    parse: (typed) => parse(question, typed, words.answers),
    seconds: 30,
    ...(question.number?.unit ? { unit: question.number.unit } : {}),
  }),
});
