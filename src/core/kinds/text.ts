// Free text: not scored; the report quotes it (expectations and impact, or context).
import { AnswerProblem, defineKind, NOT_SCORED, type TypedAnswer } from './kind.js';
import type { Words } from '../words/index.js';
import type { TextQuestion } from './schemas.js';

/** Characters as a reader counts them (code points), the same in `init` and `assess`. */
const lengthOf = (value: string) => [...value].length;

function parse(question: TextQuestion, typed: string, words: Words['answers']): TypedAnswer {
  const trimmed = typed.trim();
  if (trimmed === '') return question.required ? { problem: words.required } : { value: undefined };
  const length = lengthOf(trimmed);
  if (question.max_length !== undefined && length > question.max_length) return { problem: words.tooLong(question.max_length, length) };
  return { value: trimmed };
}

export const text = defineKind<TextQuestion>('text', {
  ...NOT_SCORED,
  freeText: true,
  conditionValues: () => ({ kind: 'any' }),
  read(question, value, words) {
    if (Array.isArray(value)) return new AnswerProblem(words.findings.answer.textNotList);
    const answer = String(value);
    if (question.max_length === undefined) return answer;
    const length = lengthOf(answer);
    return length > question.max_length ? new AnswerProblem(words.findings.answer.tooLong(length, question.max_length)) : answer;
  },
  describe: (_question, answer) => String(answer),
  hint: (question, words) => words.template.text(question.max_length),
  // A sentence or two, thought out and typed.
  ask: (question, words) => ({ style: 'input', parse: (typed) => parse(question, typed, words.answers), seconds: 90 }),
});
