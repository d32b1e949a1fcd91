// Free text: not scored; the report quotes it (expectations and impact, or context).
import { AnswerProblem, defineKind, NOT_SCORED, type TypedAnswer } from './kind.js';
import type { TextQuestion } from './schemas.js';

/** Characters as a reader counts them (code points), the same in `init` and `assess`. */
const lengthOf = (value: string) => [...value].length;

function parse(question: TextQuestion, typed: string): TypedAnswer {
  const trimmed = typed.trim();
  if (trimmed === '') return question.required ? { problem: 'an answer is required' } : { value: undefined };
  const length = lengthOf(trimmed);
  if (question.max_length !== undefined && length > question.max_length) return { problem: `keep it to ${question.max_length} characters (this is ${length})` };
  return { value: trimmed };
}

export const text = defineKind<TextQuestion>('text', {
  ...NOT_SCORED,
  freeText: true,
  conditionValues: () => ({ kind: 'any' }),
  read(question, value) {
    if (Array.isArray(value)) return new AnswerProblem('must be text, not a list');
    const answer = String(value);
    if (question.max_length === undefined) return answer;
    const length = lengthOf(answer);
    return length > question.max_length ? new AnswerProblem(`is ${length} characters long; the most this question takes is ${question.max_length}`) : answer;
  },
  describe: (_question, answer) => String(answer),
  hint: (question) => `text in quotes${question.max_length ? `, up to ${question.max_length} characters` : ''}`,
  // A sentence or two, thought out and typed.
  ask: (question) => ({ style: 'input', parse: (typed) => parse(question, typed), seconds: 90 }),
});
