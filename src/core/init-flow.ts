// The shape of an interactive run, kept pure so it can be tested without a terminal: which step comes
// next or before, where a resumed run starts, the progress marker, and what counts as a valid answer.
import { placedQuestions, type PlacedQuestion } from './bank.js';
import { kindOf } from './kinds/index.js';
import type { Bank } from './schema.js';
import { shownQuestions, type Answer, type AnswerMap } from './visibility.js';
import { bankLanguage } from './translation.js';
import { wordsFor } from './words/index.js';

type OrganisationField = 'name' | 'area' | 'completed_by';
const ORGANISATION_FIELDS: readonly OrganisationField[] = ['name', 'area', 'completed_by'];

export interface Organisation {
  name?: string;
  area?: string;
  completed_by?: string;
  date?: string;
}

export type Step = { kind: 'organisation'; field: OrganisationField; order: number } | { kind: 'question'; placed: PlacedQuestion; order: number };

/** The steps of a run in order: the organisation's details (when asked for), then every shown question. */
export function steps(bank: Bank, answers: AnswerMap, askOrganisation: boolean): Step[] {
  const organisation: Step[] = askOrganisation
    ? ORGANISATION_FIELDS.map((field, i) => ({ kind: 'organisation', field, order: i - ORGANISATION_FIELDS.length }))
    : [];
  const questions: Step[] = shownQuestions(bank, answers).map((placed) => ({ kind: 'question', placed, order: placed.order }));
  return [...organisation, ...questions];
}

/** Where a run starts: the first step of a fresh run, or the first unanswered shown question of a resumed one. */
export function firstStep(bank: Bank, answers: AnswerMap, askOrganisation: boolean): Step | undefined {
  const all = steps(bank, answers, askOrganisation);
  if (askOrganisation) return all[0];
  return all.find((step) => step.kind === 'question' && !answers.has(step.placed.question.id));
}

/** The step after `current`, with skip logic applied to the answers as they are now. */
export function nextStep(bank: Bank, answers: AnswerMap, askOrganisation: boolean, current: Step): Step | undefined {
  return steps(bank, answers, askOrganisation).find((step) => step.order > current.order);
}

/** The shown step before `current`, or undefined at the start. */
export function previousStep(bank: Bank, answers: AnswerMap, askOrganisation: boolean, current: Step): Step | undefined {
  return steps(bank, answers, askOrganisation)
    .filter((step) => step.order < current.order)
    .at(-1);
}

export interface Progress {
  /** The section's place among the bank's sections. */
  section: number;
  sections: number;
  /** The question's place among those asked: one more than the shown questions before it. */
  question: number;
  /** Every question in the bank, follow-ups included, so the total never changes as answers open or close them. */
  questions: number;
  /** Whether some questions are follow-ups, asked only after certain answers: the total is then an upper bound. */
  approximate: boolean;
}

/**
 * Where a question stands in the whole bank: "Section 2 of 6 · Question 12 of about 50". The total counts
 * every follow-up as though it will be asked, so it never shrinks or grows, and going on moves the position
 * by one; a follow-up an answer opens is simply the next question. Only Back moves it down.
 */
export function progressOf(bank: Bank, answers: AnswerMap, placed: PlacedQuestion): Progress {
  const shown = shownQuestions(bank, answers);
  let before = 0;
  for (const p of shown) if (p.order < placed.order) before++;
  const all = placedQuestions(bank);
  return {
    section: bank.sections.indexOf(placed.section) + 1,
    sections: bank.sections.length,
    question: before + 1,
    questions: all.length,
    approximate: all.some((p) => p.question.when !== undefined),
  };
}

export interface LengthEstimate {
  /** The questions counted: all those not yet answered, follow-ups included. */
  questions: number;
  /** How many of those are follow-ups, asked only after certain answers. */
  followUps: number;
  /** The sum of each question's estimate (its kind's `ask().seconds`). */
  seconds: number;
}

/** Roughly how long the questions not yet answered take, every follow-up counted: an estimate, and an upper bound. */
export function lengthOf(bank: Bank, answers: AnswerMap): LengthEstimate {
  let questions = 0;
  let followUps = 0;
  let seconds = 0;
  const words = wordsFor(bankLanguage(bank));
  for (const { question } of placedQuestions(bank)) {
    if (answers.has(question.id)) continue;
    questions++;
    if (question.when !== undefined) followUps++;
    seconds += kindOf(question).ask(question, words).seconds;
  }
  return { questions, followUps, seconds };
}

/** Whether every shown question that must be answered has an answer: a complete assessment, as far as `init` can tell. */
export function isComplete(bank: Bank, answers: AnswerMap): boolean {
  for (const { question } of shownQuestions(bank, answers)) if (question.required && !answers.has(question.id)) return false;
  return true;
}

/** The answers with one question's answer set, or removed when `answer` is undefined. */
export function withAnswer(answers: AnswerMap, questionId: string, answer: Answer | undefined): Map<string, Answer> {
  const next = new Map(answers);
  if (answer === undefined) next.delete(questionId);
  else next.set(questionId, answer);
  return next;
}
