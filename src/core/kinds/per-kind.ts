// What an export format or an import does with each question kind, as one table per place: a
// `PerKind` names every `type`, so a new kind fails to compile until each table says what to do with it.
import type { Question, QuestionType } from './index.js';

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export type PerKind<R> = { [T in QuestionType]: (question: QuestionOf<T>) => R };

/** The table's entry for this question's kind, applied to it. (TypeScript cannot follow the union through the lookup, hence the one cast.) */
export function byKind<R>(table: PerKind<R>, question: Question): R {
  return (table[question.type] as (question: Question) => R)(question);
}
