// A multiple choice: any of a list of options, scored by the chosen options' scores added up (at most
// 1). An exclusive option ("None of these") stands alone.
import { CHOICE, choicesOf, isOption, notAnOption, optionList, scoredOptions } from './choice.js';
import { unitScore } from '../tolerance.js';
import { AnswerProblem, defineKind, isChosen } from './kind.js';
import type { Words } from '../words/index.js';
import type { MultiQuestion } from './schemas.js';

/** Why a set of chosen options is not a valid answer, or undefined when it is (as `init` checks ticks). */
function ticksProblem(question: MultiQuestion, values: readonly string[], words: Words['answers']): string | undefined {
  if (values.length === 0) return question.required ? words.chooseOne : undefined;
  const exclusive = question.options.find((option) => option.exclusive && values.includes(option.value));
  if (exclusive && values.length > 1) return words.notWithOthers(exclusive.label);
  return undefined;
}

/** Past this many options that combine, trying every set of them gives way to each one alone and all together. */
const MAX_COMBINED_TO_TRY = 8;

/** Each option alone, and every set of the options that combine (or, past a few, all of them together). */
function answersToTry(question: MultiQuestion): string[][] {
  const combining = question.options.filter((o) => !o.exclusive && !o.na).map((o) => o.value);
  const alone = question.options.map((o) => [o.value]);
  if (combining.length > MAX_COMBINED_TO_TRY) return [...alone, combining];
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << combining.length; mask++) {
    const set = combining.filter((_, i) => mask & (1 << i));
    if (set.length > 1) sets.push(set);
  }
  return [...alone, ...sets];
}

export const multi = defineKind<MultiQuestion>('multi', {
  ...CHOICE,
  multipleChoice: true,
  bestScore(question) {
    const scored = scoredOptions(question);
    const exclusiveBest = Math.max(0, ...scored.filter((o) => o.exclusive).map((o) => o.score ?? 0));
    const together = scored.filter((o) => !o.exclusive).reduce((sum, o) => sum + (o.score ?? 0), 0);
    return unitScore(Math.max(exclusiveBest, together));
  },
  read(question, value, words) {
    const chosen = Array.isArray(value) ? (value as readonly (string | number)[]) : [value as string | number];
    for (let i = 0; i < chosen.length; i++) {
      const item = chosen[i]!;
      if (!isOption(question, item)) {
        return new AnswerProblem(notAnOption(question, item, true, words), 'invalid-answer', Array.isArray(value) ? i : undefined);
      }
    }
    const exclusive = question.options.find((o) => o.exclusive && isChosen(chosen, o.value));
    if (exclusive && new Set(chosen.map(String)).size > 1) {
      return new AnswerProblem(words.findings.answer.exclusive(exclusive.value, exclusive.label), 'exclusive-option');
    }
    // Keep the bank's option order, so equal answers score and print identically.
    const answer: string[] = [];
    for (const option of question.options) if (isChosen(chosen, option.value)) answer.push(option.value);
    return answer;
  },
  hint(question, words) {
    const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value);
    return words.template.listOf(question.options[0]!.value, optionList(question), exclusive);
  },
  // Each option is weighed on its own, so longer than one choice.
  ask: (question, words) => ({
    style: 'checkbox',
    choices: choicesOf(question),
    problem: (values) => ticksProblem(question, values, words.answers),
    seconds: 30,
  }),
  answersToTry,
});
