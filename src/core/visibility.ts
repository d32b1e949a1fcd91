// Which questions are shown, given the answers so far: the skip logic every command shares.
import type { Bank } from './schema.js';
import { placedQuestions, type PlacedQuestion } from './bank.js';
import { holds } from './conditions.js';

/** A recorded answer: an option value, a list of them, a scale point or number, or text. */
export type Answer = string | number | readonly (string | number)[];

/** Answers by question id; a question with no entry is unanswered. */
export type AnswerMap = ReadonlyMap<string, Answer>;

/**
 * The shown questions in reading order. A question is shown when it has no `when`, or its `when` holds
 * over the answers of the questions shown before it (answers to hidden questions never count).
 */
export function shownQuestions(bank: Bank, answers: AnswerMap): PlacedQuestion[] {
  const shown: PlacedQuestion[] = [];
  const shownIds = new Set<string>();
  const answerOf = (id: string) => (shownIds.has(id) ? answers.get(id) : undefined);
  for (const placed of placedQuestions(bank)) {
    const { when, id } = placed.question;
    if (when === undefined || holds(when, answerOf)) {
      shown.push(placed);
      shownIds.add(id);
    }
  }
  return shown;
}

/** The answers that count: those given to shown questions, in reading order (answers to hidden questions are ignored). */
export function answersAsked(bank: Bank, given: AnswerMap, shown: readonly PlacedQuestion[] = shownQuestions(bank, given)): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const { question } of shown) {
    const answer = given.get(question.id);
    if (answer !== undefined) answers.set(question.id, answer);
  }
  return answers;
}
