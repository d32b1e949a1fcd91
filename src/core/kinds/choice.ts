// What the two choice kinds (single and multi) share: options with optional scores, labels for answers.
import type { Option } from '../schema-fields.js';
import type { Answer } from '../visibility.js';
import { didYouMean } from '../did-you-mean.js';
import { describeValue } from '../validate.js';
import { unitScore } from '../tolerance.js';
import type { Words } from '../words/index.js';
import { isChosen, type AnsweredScore, type ConditionValues } from './kind.js';

export interface ChoiceQuestion {
  options: readonly Option[];
}

/** A choice is scored when its options carry scores; without them it may still gate a condition or feed the report. */
function hasScores(question: ChoiceQuestion): boolean {
  return question.options.some((option) => option.score !== undefined);
}

export function isOption(question: ChoiceQuestion, value: string | number): boolean {
  for (const option of question.options) if (isChosen(value, option.value)) return true;
  return false;
}

/** "… is not an option; choose one of yes, partly, no; did you mean …" (`several`: "choose from"). */
export function notAnOption(question: ChoiceQuestion, value: string | number, several: boolean, words: Words): string {
  const values = question.options.map((o) => o.value);
  return `${words.findings.answer.notAnOption(describeValue(value, words), values, several)}${didYouMean(String(value), values, words)}`;
}

// Scoring runs once per answer file in a batch of thousands, so this walks the options with a plain
// loop: chains of filter and map build throwaway lists, and make the optimiser recompile its code each
// time an unusual answer (an empty list, a number for a value) first comes along.

/** The chosen options' scores added up, capped at 1; a chosen "not applicable" option takes the question out. */
function chosenScore(question: ChoiceQuestion, answer: Answer): AnsweredScore {
  let sum = 0;
  for (const option of question.options) {
    if (!isChosen(answer, option.value)) continue;
    if (option.na) return null;
    sum += option.score ?? 0;
  }
  return unitScore(sum);
}

/** The chosen options' labels, in bank order. */
function chosenLabels(question: ChoiceQuestion, answer: Answer): string {
  let labels = '';
  for (const option of question.options) if (isChosen(answer, option.value)) labels += labels === '' ? option.label : `, ${option.label}`;
  return labels;
}

/** The options that count towards a score: not "not applicable", and scored. */
export function scoredOptions(question: ChoiceQuestion): Option[] {
  return question.options.filter((option) => !option.na && option.score !== undefined);
}

function optionValues(question: ChoiceQuestion): ConditionValues {
  return { kind: 'set', values: new Set(question.options.map((o) => o.value)), noun: 'option' };
}

/** "yes = Yes | partly = Partly | no = No" */
export function optionList(question: ChoiceQuestion): string {
  return question.options.map((o) => `${o.value} = ${o.label}`).join(' | ');
}

export function choicesOf(question: ChoiceQuestion): { label: string; value: string }[] {
  return question.options.map((o) => ({ label: o.label, value: o.value }));
}

/** Every option on its own: what a single choice can answer. */
export function eachOption(question: ChoiceQuestion): string[] {
  return question.options.map((o) => o.value);
}

/** What the two choice kinds know alike. */
export const CHOICE = {
  freeText: false,
  scorable: true,
  options: (question: ChoiceQuestion) => question.options,
  isScored: hasScores,
  conditionValues: optionValues,
  score: chosenScore,
  describe: chosenLabels,
} as const;
