// Read-only views of a validated bank that the linter, the scorer and the report share.
import type { Action, Bank, Band, Condition, Option, Question, Recommendation, Section } from './schema.js';
import type { DocPath } from './diagnostics.js';
import { kindOf } from './kinds/index.js';
import type { QuestionKind } from './kinds/kind.js';

export interface PlacedQuestion {
  question: Question;
  // What checking, scoring and the report read of every question for every file, found once: questions
  // come in many shapes (each with its own optional keys), and V8 reads a field of many shapes slowly.
  /** Its id. */
  id: string;
  /** Its `when`. */
  when: Condition | undefined;
  /** Its kind (kindOf). */
  kind: QuestionKind<Question>;
  section: Section;
  /** Position in the bank's reading order, across sections. */
  order: number;
  path: DocPath;
}

// A bank is never changed once loaded, and a batch asks for its questions several times per answer file.
const placedByBank = new WeakMap<Bank, readonly PlacedQuestion[]>();

export function placedQuestions(bank: Bank): readonly PlacedQuestion[] {
  let placed = placedByBank.get(bank);
  if (placed === undefined) {
    const list: PlacedQuestion[] = [];
    bank.sections.forEach((section, s) =>
      section.questions.forEach((question, q) =>
        list.push({
          question,
          id: question.id,
          when: question.when,
          kind: kindOf(question),
          section,
          order: list.length,
          path: ['sections', s, 'questions', q],
        }),
      ),
    );
    placed = list;
    placedByBank.set(bank, placed);
  }
  return placed;
}

const placedByIdByBank = new WeakMap<Bank, ReadonlyMap<string, PlacedQuestion>>();

/** The bank's placed questions by id (the last, should a broken bank repeat an id). */
export function placedById(bank: Bank): ReadonlyMap<string, PlacedQuestion> {
  let byId = placedByIdByBank.get(bank);
  if (byId === undefined) {
    byId = new Map(placedQuestions(bank).map((p) => [p.question.id, p]));
    placedByIdByBank.set(bank, byId);
  }
  return byId;
}

const questionsByBank = new WeakMap<Bank, ReadonlyMap<string, Question>>();

/** The bank's questions by id (the last, should a broken bank repeat an id). */
export function questionsById(bank: Bank): ReadonlyMap<string, Question> {
  let byId = questionsByBank.get(bank);
  if (byId === undefined) {
    byId = new Map(placedQuestions(bank).map((p) => [p.question.id, p.question]));
    questionsByBank.set(bank, byId);
  }
  return byId;
}

export function optionsOf(question: Question): readonly Option[] {
  return kindOf(question).options(question);
}

/** Whether answers to this question carry a score (scales always; choices when their options do). */
export function isScored(question: Question): boolean {
  return kindOf(question).isScored(question);
}

/** An action as the plan uses it: its id, text, the answers it fits (`when`) and the questions it addresses (`for`). */
export interface BankAction {
  /** The bank's id; for an action without one, its recommendation's id and its place ("define-engagement-2"). */
  id: string;
  text: string;
  when: Condition | undefined;
  for: readonly string[];
}

const actionsByRecommendation = new WeakMap<Recommendation, readonly BankAction[]>();

/** A recommendation's actions, in bank order. */
export function actionsOf(recommendation: Recommendation): readonly BankAction[] {
  let actions = actionsByRecommendation.get(recommendation);
  if (actions === undefined) {
    actions = recommendation.actions.map((action: Action, i): BankAction => {
      const id = `${recommendation.id}-${i + 1}`;
      return typeof action === 'string'
        ? { id, text: action, when: undefined, for: [] }
        : { id: action.id ?? id, text: action.text, when: action.when, for: action.for ?? [] };
    });
    actionsByRecommendation.set(recommendation, actions);
  }
  return actions;
}

export function recommendationIds(question: Question): string[] {
  return question.recommendations ?? (question.recommendation === undefined ? [] : [question.recommendation]);
}

/** The band with the highest minimum: what "ready" means for this bank. */
export function topBand(bank: Bank): Band {
  return bank.bands.reduce((best, band) => (band.min > best.min ? band : best));
}
