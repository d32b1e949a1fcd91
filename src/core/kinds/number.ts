// A number: not scored; it feeds the report's context (hours a month, meetings a year).
import { z } from 'zod';
import { questionFields, text } from '../schema-fields.js';
import { describeValue } from '../validate.js';
import { AnswerProblem, defineKind, NOT_SCORED, type TypedAnswer } from './kind.js';

const numberQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('number'),
  number: z.strictObject({ min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), unit: text.optional() }).optional(),
});
type NumberQuestion = z.output<typeof numberQuestionSchema>;

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

/** A typed number; empty text is "unanswered" when the question is optional. */
function parse(question: NumberQuestion, typed: string): TypedAnswer {
  const trimmed = typed.trim();
  if (trimmed === '') return question.required ? { problem: 'an answer is required' } : { value: undefined };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: 'enter a number, such as 12 or 2.5' };
  const problem = outOfRule(question, value, { whole: 'enter a whole number', atLeast: (n) => `enter ${n} or more`, atMost: (n) => `enter ${n} or less` });
  return problem === undefined ? { value } : { problem };
}

export const number = defineKind(numberQuestionSchema, {
  ...NOT_SCORED,
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
  ask: (question) => ({ style: 'input', parse: (typed) => parse(question, typed), ...(question.number?.unit ? { unit: question.number.unit } : {}) }),
});
