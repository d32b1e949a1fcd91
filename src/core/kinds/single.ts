// A single choice: one option from a list, scored by the option's score.
import { CHOICE, choicesOf, eachOption, isOption, notAnOption, optionList, scoredOptions } from './choice.js';
import { AnswerProblem, defineKind } from './kind.js';
import type { SingleQuestion } from './schemas.js';

/** The options to offer, best first; an unscored question's in the bank's order. */
function bestFirst(question: SingleQuestion): { label: string; value: string }[] {
  // Scores lie in [0, 1]: -1 puts an option without one after every scored option.
  const scoreOf = new Map(question.options.map((o) => [o.value, o.na ? -1 : (o.score ?? -1)]));
  return choicesOf(question).sort((a, b) => scoreOf.get(b.value)! - scoreOf.get(a.value)!);
}

export const single = defineKind<SingleQuestion>('single', {
  ...CHOICE,
  multipleChoice: false,
  bestScore: (question) => Math.max(0, ...scoredOptions(question).map((o) => o.score ?? 0)),
  read(question, value, words) {
    if (!Array.isArray(value) && isOption(question, value as string | number)) return String(value);
    if (Array.isArray(value)) return new AnswerProblem(words.findings.answer.oneNotList(question.options.map((o) => o.value)));
    return new AnswerProblem(notAnOption(question, value as string | number, false, words));
  },
  hint: (question, words) => words.template.oneOf(optionList(question)),
  // About as long as reading the prompt and its options. Best first, as a scale's points are: by score,
  // highest first (the bank's order among equals), and options without one ("Not applicable") last.
  ask: (question) => ({ style: 'select', choices: bestFirst(question), seconds: 15 }),
  answersToTry: eachOption,
});
