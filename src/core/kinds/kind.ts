// What ce-plan knows about one kind of question, kept in one place: the registry (index.ts) holds one
// QuestionKind per `type`, and nothing outside the registry asks a question what type it is.
import type { Option } from '../schema-fields.js';
import type { Answer } from '../visibility.js';
import type { Words } from '../words/index.js';

/** A value as an answer file gives it, once "unanswered" (null, [], blank text) is set aside. */
type GivenValue = string | number | readonly (string | number)[];

/** Why a given value does not fit its question: the rule it breaks, and the list item at fault. */
export class AnswerProblem {
  constructor(
    readonly message: string,
    readonly rule: 'invalid-answer' | 'exclusive-option' = 'invalid-answer',
    readonly index?: number,
  ) {}
}

/** How one answered question counts: a score in [0, 1], or null when it is not applicable (it leaves the calculation). */
export type AnsweredScore = number | null;

/** The values a condition on this question can test. */
export type ConditionValues = { kind: 'set'; values: ReadonlySet<string | number>; noun: 'option' | 'point' } | { kind: 'numbers' } | { kind: 'any' };

/** A typed answer read from text: the value (undefined when left empty), or why it is refused. */
export type TypedAnswer = { value: string | number | undefined } | { problem: string };

/**
 * One choice as `init` offers it: the label shown, the value it records, and how a typed answer (the
 * plain mode) may name it besides its label and value: `key`, typed instead of the choice's number when
 * the label already starts with it (a scale's point), and other `words` (a point's own label).
 */
interface AskChoice<V> {
  label: string;
  value: V;
  key?: string;
  words?: readonly string[];
}

/**
 * How `init` asks a question, as data the interview turns into a prompt: pick one, tick several, or type.
 * The interview adds what every question shares (skipping an optional one, help, going back). `seconds`
 * is a rough estimate of how long an answer takes, for the time the interview says a bank takes.
 */
type AskSpec = { seconds: number } & (
  | { style: 'select'; choices: readonly AskChoice<string | number>[] }
  | { style: 'checkbox'; choices: readonly AskChoice<string>[]; problem(values: readonly string[]): string | undefined }
  | { style: 'input'; parse(text: string): TypedAnswer }
);

export interface QuestionKind<Q extends { type: string; id: string; required: boolean }> {
  readonly type: Q['type'];
  /** Whether a bank can score this kind at all (number and text feed the report instead). */
  readonly scorable: boolean;
  /** Whether several options can be chosen at once, so a "not applicable" option must stand alone. */
  readonly multipleChoice: boolean;
  /** Whether an answer is the group's own words (free text), which the report quotes, rather than a choice, a number or a date. */
  readonly freeText: boolean;
  /** The options offered, in bank order; none for kinds without options. */
  options(question: Q): readonly Option[];
  /** Whether answers to this question carry a score. */
  isScored(question: Q): boolean;
  /** The best score any answer can reach, in [0, 1]. */
  bestScore(question: Q): number;
  /** What a condition on this question can test. */
  conditionValues(question: Q): ConditionValues;
  /** Checks a value from an answer file and gives the answer as ce-plan records it, or why not in `words`' language. */
  read(question: Q, value: GivenValue, words: Words): Answer | AnswerProblem;
  /** The score of an answer that `read` accepted. */
  score(question: Q, answer: Answer): AnsweredScore;
  /** An answer as a reader sees it, in `words`' language: option labels, "4 of 1–5 (label)", the number with its unit, the text. */
  describe(question: Q, answer: Answer, words: Words): string;
  /** What a blank answer file says an answer looks like. */
  hint(question: Q, words: Words): string;
  /** How `init` asks it, in `words`' language; `unit` is shown after the prompt. */
  ask(question: Q, words: Words): AskSpec & { unit?: string };
  /**
   * Answers that between them give every score the question can give and meet every condition that
   * tests it, for checking a bank's scoring by trying them (lint's follow-up-can-lower, the tests);
   * none for kinds a condition tests only by the values it names.
   */
  answersToTry(question: Q): readonly Answer[];
}

/**
 * A kind from its `type` and what it knows (its schema is in schemas.ts). Every kind is built with its
 * keys in one order, so all kinds share one shape in V8 and the calls made for every question of every
 * file in a batch stay fast.
 */
export function defineKind<Q extends { type: string; id: string; required: boolean }>(type: Q['type'], kind: Omit<QuestionKind<Q>, 'type'>): QuestionKind<Q> {
  const { scorable, multipleChoice, freeText, options, isScored, bestScore, conditionValues, read, score, describe, hint, ask, answersToTry } = kind;
  return {
    type,
    scorable,
    multipleChoice,
    freeText,
    options,
    isScored,
    bestScore,
    conditionValues,
    read,
    score,
    describe,
    hint,
    ask,
    answersToTry,
  };
}

/** What a kind without options says about them. */
export const WITHOUT_OPTIONS = { multipleChoice: false, options: () => [] } as const;

/** What a kind a bank cannot score says about scores: none (it feeds the report instead). */
export const NOT_SCORED = { ...WITHOUT_OPTIONS, scorable: false, isScored: () => false, bestScore: () => 0, score: () => 0, answersToTry: () => [] } as const;

/** Whether an answer chose an option: option values are text, even where YAML read a number. */
export function isChosen(answer: Answer | string | number, value: string): boolean {
  if (!Array.isArray(answer)) return String(answer) === value;
  for (const item of answer as readonly (string | number)[]) if (String(item) === value) return true;
  return false;
}
