// The shape of an interactive run, kept pure so it can be tested without a terminal: which step comes
// next or before, where a resumed run starts, the progress marker, and what counts as a valid answer.
import type { PlacedQuestion } from './bank.js';
import type { Bank } from './schema.js';
import { shownQuestions, type Answer, type AnswerMap } from './visibility.js';

export type OrganisationField = 'name' | 'area' | 'completed_by';
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
  section: number;
  sections: number;
  question: number;
  questions: number;
}

/** Section k of n (sections with a shown question) and question i of m (shown questions in that section). */
export function progressOf(bank: Bank, answers: AnswerMap, placed: PlacedQuestion): Progress {
  const shown = shownQuestions(bank, answers);
  const sections = [...new Set(shown.map((p) => p.section))];
  const inSection = shown.filter((p) => p.section === placed.section);
  return {
    section: sections.indexOf(placed.section) + 1,
    sections: sections.length,
    question: inSection.findIndex((p) => p.order === placed.order) + 1,
    questions: inSection.length,
  };
}

/** The answers with one question's answer set, or removed when `answer` is undefined. */
export function withAnswer(answers: AnswerMap, questionId: string, answer: Answer | undefined): Map<string, Answer> {
  const next = new Map(answers);
  if (answer === undefined) next.delete(questionId);
  else next.set(questionId, answer);
  return next;
}
