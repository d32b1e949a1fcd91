// Which questions are shown, given the answers so far: the skip logic every command shares.
import type { Bank } from './schema.js';
import { placedQuestions, type PlacedQuestion } from './bank.js';
import { holds } from './conditions.js';

/** A recorded answer: an option value, a list of them, a scale point or number, or text. */
export type Answer = string | number | readonly (string | number)[];

/** Answers by question id; a question with no entry is unanswered. */
export type AnswerMap = ReadonlyMap<string, Answer>;

// The answers that count (answersAsked) are shown exactly the questions their file was shown, and a batch
// asks again which those are of every file, when it scores it and when it makes its report: so each such
// map, which nothing changes once made, remembers its bank's shown questions.
const shownByAnswers = new WeakMap<AnswerMap, { bank: Bank; shown: readonly PlacedQuestion[] }>();

/**
 * The shown questions in reading order. A question is shown when it has no `when`, or its `when` holds
 * over the answers of the questions shown before it (answers to hidden questions never count).
 */
export function shownQuestions(bank: Bank, answers: AnswerMap): readonly PlacedQuestion[] {
  const known = shownByAnswers.get(answers);
  if (known !== undefined && known.bank === bank) return known.shown;
  return shownAmong(placedQuestions(bank), answers);
}

/**
 * Those of `questions` (in reading order) that are shown. Exact for any list that holds every question
 * each of its `when`s tests, as a condition can only test questions before its own.
 */
export function shownAmong(questions: readonly PlacedQuestion[], answers: AnswerMap): PlacedQuestion[] {
  const shown: PlacedQuestion[] = [];
  const shownIds = new Set<string>();
  const answerOf = (id: string) => (shownIds.has(id) ? answers.get(id) : undefined);
  for (const placed of questions) {
    const { when, id } = placed;
    if (when === undefined || holds(when, answerOf)) {
      shown.push(placed);
      shownIds.add(id);
    }
  }
  return shown;
}

/**
 * The answers that count: those given to shown questions, in reading order (answers to hidden questions
 * are ignored). They are shown the same questions: skip logic never reads a hidden question's answer.
 */
export function answersAsked(bank: Bank, given: AnswerMap): AnswerMap {
  const shown = shownQuestions(bank, given);
  const answers = new Map<string, Answer>();
  for (const { id } of shown) {
    const answer = given.get(id);
    if (answer !== undefined) answers.set(id, answer);
  }
  shownByAnswers.set(answers, { bank, shown });
  return answers;
}
