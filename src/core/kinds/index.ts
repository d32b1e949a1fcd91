// The registry of question kinds: one module per `type`, each holding its schema, how its answers are
// read, scored and described, and how `init` asks it. A `type` without a kind, or a kind missing a
// piece, fails to compile; nothing outside this folder branches on a question's type.
import { z } from 'zod';
import type { QuestionKind } from './kind.js';
import { multi } from './multi.js';
import { number } from './number.js';
import { scale } from './scale.js';
import { single } from './single.js';
import { text } from './text.js';

const KINDS = { single, multi, scale, number, text };

type KindSchema = (typeof KINDS)[keyof typeof KINDS]['schema'];

/** Every question kind's schema, told apart by `type` (in the registry's order, which error messages list). */
export const questionSchema = z.discriminatedUnion('type', Object.values(KINDS).map((kind) => kind.schema) as [KindSchema, ...KindSchema[]]);

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];

KINDS satisfies { [T in QuestionType]: QuestionKind<Extract<Question, { type: T }>> & { type: T } };

/** The kind of a question. (TypeScript cannot follow a union through the lookup, hence the one cast.) */
export function kindOf(question: Question): QuestionKind<Question> {
  return KINDS[question.type] as unknown as QuestionKind<Question>;
}

/** The questions of one kind, typed as that kind: for checks that only make sense for it (a scale's range). */
export function ofKind<T extends QuestionType>(type: T, question: Question): Extract<Question, { type: T }> | undefined {
  return question.type === type ? (question as Extract<Question, { type: T }>) : undefined;
}
