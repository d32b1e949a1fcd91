// A scale: a whole number from min to max, scored (answer − min) / (max − min); with `dont_know: true`,
// also "Don't know", recorded as `dont-know` and scored 0, like a choice's "Don't know" option.
import type { Option } from '../schema-fields.js';
import { describeValue } from '../validate.js';
import { AnswerProblem, defineKind, WITHOUT_OPTIONS } from './kind.js';
import type { ScaleQuestion } from './schemas.js';

/** Each point is a choice on screen: a scale of more than 100 steps cannot be answered by picking. */
export const MAX_SCALE_STEPS = 100;

/** What an answer file records for a scale's "Don't know". */
const DONT_KNOW = 'dont-know';

/**
 * A scale's "Don't know" as the option it is: the one option a scale has, so that whatever reads a
 * question's options (the report's "don't know" answers and find-out tasks, `import --map` values) treats
 * it as it treats a choice's "Don't know". Its label is English, as a bank's own words are; the words of
 * the language a report or an interview is in say it there (describe, ask).
 */
const DONT_KNOW_OPTION: readonly Option[] = Object.freeze([Object.freeze({ value: DONT_KNOW, label: "Don't know", score: 0, dont_know: true as const })]);

const isDontKnow = (question: ScaleQuestion, answer: unknown) => question.scale.dont_know === true && answer === DONT_KNOW;

function points({ scale }: ScaleQuestion): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max && values.length <= MAX_SCALE_STEPS; v++) values.push(v);
  return values;
}

export const scale = defineKind<ScaleQuestion>('scale', {
  ...WITHOUT_OPTIONS,
  options: (question) => (question.scale.dont_know ? DONT_KNOW_OPTION : []),
  freeText: false,
  scorable: true,
  isScored: () => true,
  bestScore: () => 1,
  conditionValues(question) {
    // A broken bank may give a huge range: a thousand points are plenty to check conditions against.
    const values = new Set<number | string>();
    for (let v = question.scale.min; v <= question.scale.max && values.size <= 1000; v++) values.add(v);
    if (question.scale.dont_know) values.add(DONT_KNOW);
    return { kind: 'set', values, noun: 'point' };
  },
  read(question, value, words) {
    if (isDontKnow(question, value)) return DONT_KNOW;
    const { min, max, dont_know } = question.scale;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return new AnswerProblem(words.findings.answer.scale(min, max, dont_know ? DONT_KNOW : undefined, describeValue(value, words)));
    }
    return value;
  },
  score: (question, answer) => (isDontKnow(question, answer) ? 0 : (Number(answer) - question.scale.min) / (question.scale.max - question.scale.min)),
  describe(question, answer, words) {
    if (isDontKnow(question, answer)) return words.core.dontKnow;
    const { min, max, labels } = question.scale;
    return words.core.scalePoint(String(answer), min, max, labels?.[String(answer)]);
  },
  hint(question, words) {
    const { min, max, labels = {}, dont_know } = question.scale;
    const ends = [min, max].map((point) => (labels[String(point)] ? `${point} = ${labels[String(point)]}` : String(point)));
    return words.template.scale(min, max, ends.join(', '), dont_know ? `${DONT_KNOW} (${words.core.dontKnow})` : null);
  },
  answersToTry: (question) => (question.scale.dont_know ? [...points(question), DONT_KNOW] : points(question)),
  // Each point is listed by its own number ("5 — Fully", "4", … "1 — Not at all"): that number is what
  // a typed answer gives, or the point's label; never a list number before it ("1) 5 — Fully"). Best
  // first, as every list in the interview is (README, "Answering in the terminal"), so no end is favoured.
  // "Don't know" comes last, named by its label or its value.
  ask(question, words) {
    const labels = question.scale.labels ?? {};
    const choices: { value: number | string; label: string; key?: string; words?: string[] }[] = [...points(question)].reverse().map((v) => {
      const label = labels[String(v)];
      return label ? { value: v, label: `${v} — ${label}`, key: String(v), words: [label] } : { value: v, label: String(v), key: String(v) };
    });
    if (question.scale.dont_know) choices.push({ value: DONT_KNOW, label: words.core.dontKnow, words: [DONT_KNOW] });
    return { style: 'select', choices, seconds: 15 };
  },
});
