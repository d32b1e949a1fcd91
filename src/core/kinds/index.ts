// The registry of question kinds: one module per `type`, each holding how its answers are read, scored
// and described, and how `init` asks it (its schema is in schemas.ts, which only checking a bank loads).
// A `type` without a kind, or a kind missing a piece, fails to compile; nothing outside this folder
// branches on a question's type.
import type { QuestionKind } from './kind.js';
import { multi } from './multi.js';
import { number } from './number.js';
import { scale } from './scale.js';
import { single } from './single.js';
import type { Question, QuestionType } from './schemas.js';
import { text } from './text.js';

export type { Question, QuestionType };

const KINDS = { single, multi, scale, number, text };

KINDS satisfies { [T in QuestionType]: QuestionKind<Extract<Question, { type: T }>> & { type: T } };

/** The kind of a question. (TypeScript cannot follow a union through the lookup, hence the one cast.) */
export function kindOf(question: Question): QuestionKind<Question> {
  return KINDS[question.type] as unknown as QuestionKind<Question>;
}

/** The questions of one kind, typed as that kind: for checks that only make sense for it (a scale's range). */
export function ofKind<T extends QuestionType>(type: T, question: Question): Extract<Question, { type: T }> | undefined {
  return question.type === type ? (question as Extract<Question, { type: T }>) : undefined;
}
