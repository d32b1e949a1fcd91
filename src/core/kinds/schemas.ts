// Each question kind's part of the bank format, as zod schemas, and the question types they give. Kept
// apart from what each kind does (single.ts and the others, the registry in index.ts), which imports them
// only as types: what asks and scores questions (init before its first question, every report) loads no
// zod; checking a bank (schema.ts) does.
import { z } from 'zod';
import { multiOptionSchema, questionFields, singleOptionSchema, text, translatable } from '../schema-fields.js';
import { schemaRule } from '../validate.js';

/** Words for some of a scale's points: `{ 1: Not at all, 5: Fully }`. */
const pointLabels = z.record(z.string().regex(/^-?\d+$/, schemaRule('scalePoint')), text);

const singleQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('single'),
  options: z.array(singleOptionSchema).min(2),
});

const multiQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('multi'),
  options: z.array(multiOptionSchema).min(2),
});

const scaleQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('scale'),
  scale: z.strictObject({
    min: z.int(),
    max: z.int(),
    ...translatable('labels', pointLabels.optional(), pointLabels),
    dont_know: z
      .literal(true)
      .optional()
      .meta({ description: 'Also offer "Don\'t know", recorded as `dont-know` in an answer file: it scores 0, and the report asks the group to find out.' }),
  }),
});

const numberQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('number'),
  number: z
    .strictObject({ min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), ...translatable('unit', text.optional()) })
    .optional(),
});

const textQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('text'),
  max_length: z.int().positive().optional(),
});

/** Every question kind's schema, told apart by `type` (in the registry's order, which error messages list). */
export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multiQuestionSchema,
  scaleQuestionSchema,
  numberQuestionSchema,
  textQuestionSchema,
]);

export type SingleQuestion = z.output<typeof singleQuestionSchema>;
export type MultiQuestion = z.output<typeof multiQuestionSchema>;
export type ScaleQuestion = z.output<typeof scaleQuestionSchema>;
export type NumberQuestion = z.output<typeof numberQuestionSchema>;
export type TextQuestion = z.output<typeof textQuestionSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
