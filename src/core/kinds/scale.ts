// A scale: a whole number from min to max, scored (answer − min) / (max − min).
import { z } from 'zod';
import { questionFields, text } from '../schema-fields.js';
import { describeValue } from '../validate.js';
import { AnswerProblem, defineKind, WITHOUT_OPTIONS } from './kind.js';

const scaleQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('scale'),
  scale: z.strictObject({
    min: z.int(),
    max: z.int(),
    labels: z.record(z.string().regex(/^-?\d+$/, { error: 'must be a whole number on the scale' }), text).optional(),
  }),
});
type ScaleQuestion = z.output<typeof scaleQuestionSchema>;

/** Each point is a choice on screen: a scale of more than 100 steps cannot be answered by picking. */
export const MAX_SCALE_STEPS = 100;

function points({ scale }: ScaleQuestion): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max && values.length <= MAX_SCALE_STEPS; v++) values.push(v);
  return values;
}

export const scale = defineKind(scaleQuestionSchema, {
  ...WITHOUT_OPTIONS,
  freeText: false,
  scorable: true,
  isScored: () => true,
  bestScore: () => 1,
  conditionValues(question) {
    // A broken bank may give a huge range: a thousand points are plenty to check conditions against.
    const values = new Set<number>();
    for (let v = question.scale.min; v <= question.scale.max && values.size <= 1000; v++) values.add(v);
    return { kind: 'set', values, noun: 'point' };
  },
  read(question, value) {
    const { min, max } = question.scale;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return new AnswerProblem(`must be a whole number from ${min} to ${max}, not ${describeValue(value)}`);
    }
    return value;
  },
  score: (question, answer) => (Number(answer) - question.scale.min) / (question.scale.max - question.scale.min),
  describe(question, answer) {
    const { min, max, labels } = question.scale;
    const label = labels?.[String(answer)];
    return `${String(answer)} of ${min}–${max}${label === undefined ? '' : ` (${label})`}`;
  },
  hint(question) {
    const { min, max, labels = {} } = question.scale;
    const ends = [min, max].map((point) => (labels[String(point)] ? `${point} = ${labels[String(point)]}` : String(point)));
    return `a whole number from ${min} to ${max} (${ends.join(', ')})`;
  },
  answersToTry: points,
  // Each point is listed by its own number ("1 — Not at all", "2", … "5 — Fully"): that number is what
  // a typed answer gives, or the point's label; never a list number before it ("1) 1 — Not at all").
  ask(question) {
    const labels = question.scale.labels ?? {};
    const choices = points(question).map((v) => {
      const label = labels[String(v)];
      return label ? { value: v, label: `${v} — ${label}`, key: String(v), words: [label] } : { value: v, label: String(v), key: String(v) };
    });
    return { style: 'select', choices, seconds: 15 };
  },
});
