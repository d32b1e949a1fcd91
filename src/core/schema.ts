// The one definition of the bank and answer file formats (product spec §2 and §3).
// The TypeScript types are inferred from it and the published JSON Schemas are generated from it.
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const kebabId = z.string().regex(KEBAB, { error: 'must be kebab-case, like "define-engagement"' });
const text = z.string().min(1, { error: 'must not be empty' });
const weight = z
  .number()
  .positive({ error: 'must be greater than 0' })
  .default(1)
  .meta({ description: 'Relative weight, greater than 0. Default 1.' });

export const sourceRefSchema = z
  .strictObject({
    id: kebabId.meta({ description: 'The id of a source declared under `sources`.' }),
    section: text.meta({ description: 'The section of that source this comes from.' }),
  })
  .meta({ description: 'Where in the guidance this comes from.' });

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  author: text.optional(),
  year: z.int().optional(),
  publisher: text.optional(),
  url: text.optional(),
});

export const bandSchema = z.strictObject({
  id: kebabId,
  label: text,
  min: z.number().min(0).max(100).meta({ description: 'Lowest score (0–100) in this band. The first band starts at 0.' }),
  meaning: text.optional().meta({ description: 'What an organisation in this band is like; shown in the report.' }),
});

export const recommendationSchema = z.strictObject({
  id: kebabId,
  title: text,
  summary: text.meta({ description: 'Why it matters, in one or two sentences.' }),
  source: sourceRefSchema,
  weight,
  actions: z.array(text).min(1).meta({ description: 'Objectives the action plan suggests when this scores low.' }),
});

const conditionValue = z.union([z.string(), z.number()]);

// A condition is one object whose keys pick its form; the lint step checks that exactly one form is used.
// (A union of strict objects would give authors a wall of alternatives instead of one clear message.)
export interface Condition {
  question?: string | undefined;
  in?: (string | number)[] | undefined;
  equals?: string | number | undefined;
  not_in?: (string | number)[] | undefined;
  all?: Condition[] | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
}
export const conditionSchema: z.ZodType<Condition> = z
  .strictObject({
    question: kebabId.optional(),
    in: z.array(conditionValue).min(1).optional(),
    equals: conditionValue.optional(),
    not_in: z.array(conditionValue).min(1).optional(),
    get all() {
      return z.array(conditionSchema).min(1).optional();
    },
    get any() {
      return z.array(conditionSchema).min(1).optional();
    },
    get not() {
      return conditionSchema.optional();
    },
  })
  .meta({
    id: 'condition',
    description:
      'Show the question only when this holds: { question, in | equals | not_in }, or { all: [...] }, { any: [...] }, { not: ... }.',
  });

const optionValue = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'must be a short word such as "yes" or "ward-panel"' });

const optionFields = {
  value: optionValue.meta({ description: 'What the answer file records.' }),
  label: text,
  score: z.number().min(0).max(1).optional().meta({ description: 'Score in [0, 1]. Omit on "not applicable" options.' }),
  na: z.literal(true).optional().meta({ description: 'Not applicable: the question leaves the calculation.' }),
  help: text.optional(),
};
export const singleOptionSchema = z.strictObject(optionFields);
export const multiOptionSchema = z.strictObject({
  ...optionFields,
  exclusive: z.boolean().optional().meta({ description: 'Cannot be chosen with other options ("None of these").' }),
});

const questionFields = {
  id: kebabId,
  prompt: text,
  help: text.optional().meta({ description: 'Shown on request: what the guidance says.' }),
  required: z.boolean().default(true),
  recommendation: kebabId.optional().meta({ description: 'The recommendation this question scores.' }),
  recommendations: z.array(kebabId).min(1).optional().meta({ description: 'Several recommendations this question scores.' }),
  weight,
  when: conditionSchema.optional(),
  source: sourceRefSchema,
  report: z
    .enum(['expectations', 'context'])
    .optional()
    .meta({ description: 'A report section that quotes this answer: "expectations" (expectations and impact) or "context".' }),
};

export const singleQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('single'),
  options: z.array(singleOptionSchema).min(2),
});
export const multiQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('multi'),
  options: z.array(multiOptionSchema).min(2),
});
export const scaleQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('scale'),
  scale: z.strictObject({
    min: z.int(),
    max: z.int(),
    labels: z.record(z.string().regex(/^-?\d+$/, { error: 'must be a whole number on the scale' }), text).optional(),
  }),
});
export const numberQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('number'),
  number: z
    .strictObject({ min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), unit: text.optional() })
    .optional(),
});
export const textQuestionSchema = z.strictObject({
  ...questionFields,
  type: z.literal('text'),
  max_length: z.int().positive().optional(),
});

export const QUESTION_TYPES = ['single', 'multi', 'scale', 'number', 'text'] as const;
export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multiQuestionSchema,
  scaleQuestionSchema,
  numberQuestionSchema,
  textQuestionSchema,
]);

export const sectionSchema = z.strictObject({
  id: kebabId,
  title: text,
  intro: text.optional(),
  questions: z.array(questionSchema).min(1),
});

export const bankSchema = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id, unique among banks.' }),
    version: z.string().regex(SEMVER, { error: 'must be a semantic version such as "1.0.0"' }),
    title: text,
    description: text.optional(),
    sources: z.array(sourceSchema).min(1),
    bands: z.array(bandSchema).min(1),
    recommendations: z.array(recommendationSchema).min(1),
    sections: z.array(sectionSchema).min(1),
  })
  .meta({ title: 'ce-plan question bank', description: 'A ce-plan question bank (format version 1).' });

const answerValue = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])), z.null()]);

export const answerFileSchema = z
  .strictObject({
    bank: kebabId.meta({ description: 'The id of the question bank these answers are for.' }),
    bank_version: z.string().optional().meta({ description: 'The bank version answered; a mismatch is a warning.' }),
    organisation: z.strictObject({
      name: text,
      area: text.optional(),
      completed_by: text.optional(),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-11-20' })
        .refine(isCalendarDate, { error: 'must be a real date (YYYY-MM-DD)' })
        .optional()
        .meta({ description: "The report's date, YYYY-MM-DD." }),
    }),
    answers: z
      .record(z.string(), answerValue)
      .default({})
      .meta({ description: 'Question id to answer. A missing or empty entry is unanswered.' }),
  })
  .meta({ title: 'ce-plan answer file', description: 'Answers to a ce-plan question bank (format version 1).' });

export type Bank = z.output<typeof bankSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Band = z.output<typeof bandSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multi' }>;
export type Option = z.output<typeof multiOptionSchema>;
export type AnswerFile = z.output<typeof answerFileSchema>;
export type AnswerValue = z.output<typeof answerValue>;

/** The JSON Schemas published in `schema/` and printed by `ce-plan schema`. */
export function jsonSchemaFor(kind: 'bank' | 'answers'): Record<string, unknown> {
  const schema = kind === 'bank' ? bankSchema : answerFileSchema;
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
