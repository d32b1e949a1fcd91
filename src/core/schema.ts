// The one definition of the bank and answer file formats (product spec §2 and §3). The TypeScript types
// are inferred from it and the published JSON Schemas are generated from it; each question kind's own
// part lives with the kind (kinds/).
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { SEMVER } from './id-patterns.js';
import { questionSchema } from './kinds/schemas.js';
import { answerText, conditionSchema, kebabId, sourceRefSchema, SUGGESTION, text, translatable, weight } from './schema-fields.js';
import { LANGUAGES, TRANSLATED_LANGUAGES } from './languages.js';
import { schemaRule } from './validate.js';

const sourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  ...translatable('short', text.optional().meta({ description: 'A short name for references in the report, such as "DPR 48".' })),
  author: text.optional(),
  year: z.int().optional(),
  publisher: text.optional(),
  url: text.optional(),
});

const bandSchema = z.strictObject({
  id: kebabId,
  ...translatable('label', text),
  min: z.number().min(0).max(100).meta({ description: 'Lowest score (0–100) in this band. The first band starts at 0.' }),
  ...translatable('meaning', text.optional().meta({ description: 'What an organisation in this band is like; shown in the report.' })),
  timescale: text
    .optional()
    .meta({ description: "No longer used: the plan's horizons (this quarter, within six months, within the year) set the timescales. Lint warns." }),
});

const actionSchema = z.union(
  [
    text,
    z.strictObject({
      id: kebabId.optional().meta({
        description: 'A stable id, unique in the bank: the action tracker follows the action by it from one version of the bank to the next.',
      }),
      ...translatable('text', text),
      when: conditionSchema.optional().meta({
        description: 'The answers this action fits: the plan suggests it only when this holds (and its recommendation is a gap, or the answer is flagged).',
      }),
      for: z.array(kebabId).min(1).optional().meta({
        description: 'The questions this action addresses. Without `when`, the plan suggests it only when one of them was asked and fell short.',
      }),
      suggestion: SUGGESTION.meta({ description: "What this action proposes is the bank's own idea, not a practice the sources name (docs/bank-format.md)." }),
    }),
  ],
  schemaRule('action'),
);

const recommendationSchema = z.strictObject({
  id: kebabId,
  ...translatable('title', text),
  ...translatable('summary', text.meta({ description: 'Why it matters, in one or two sentences.' })),
  source: sourceRefSchema,
  weight,
  foundation_for: z.array(kebabId).min(1).optional().meta({
    description: 'Recommendations this one holds up: where both are gaps in the same band, the plan puts this one first and says why.',
  }),
  actions: z.array(actionSchema).min(1).meta({ description: 'Objectives the action plan suggests when this scores low.' }),
});

const capacitySchema = z
  .strictObject({
    min: z.int().min(1).max(12).default(3).meta({ description: 'The fewest actions "Now" holds. Default 3.' }),
    max: z.int().min(1).max(12).default(6).meta({ description: 'The most actions "Now" holds. Default 6.' }),
    add: z
      .array(
        z.strictObject({
          question: kebabId.meta({ description: 'A number or scale question.' }),
          at_least: z.number().meta({ description: 'One more action when the answer is at least this.' }),
          ...translatable('because', text.meta({ description: 'Why, as the plan says it: "you put 20 or more hours a month into engagement".' })),
        }),
      )
      .default([]),
  })
  .meta({
    description:
      'How many actions the plan\'s "Now" (this quarter) holds: `min`, plus one for each `add` whose question was answered at least `at_least`, up to `max`.',
  });

const sectionSchema = z.strictObject({
  id: kebabId,
  ...translatable('title', text),
  ...translatable('intro', text.optional()),
  questions: z.array(questionSchema).min(1),
});

export const bankSchema = z
  .strictObject({
    id: kebabId.meta({ description: 'Kebab-case id, unique among banks.' }),
    version: z.string().regex(SEMVER, schemaRule('version')),
    ...translatable('title', text),
    ...translatable('description', text.optional()),
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .refine((languages) => languages.includes('en'), schemaRule('includesEnglish'))
      .optional()
      .meta({
        description:
          'The languages the bank is in: English, and each language it is translated into, such as [en, cy]. Lint finds every text without a translation in a language listed here.',
      }),
    translation_status: z
      .strictObject(
        Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, z.enum(['draft', 'reviewed']).optional()])) as Record<
          (typeof TRANSLATED_LANGUAGES)[number],
          z.ZodOptional<z.ZodEnum<{ draft: 'draft'; reviewed: 'reviewed' }>>
        >,
      )
      .optional()
      .meta({
        description: 'How far each translation can be trusted: `draft` (not yet checked by a fluent speaker: the report says so) or `reviewed`.',
      }),
    sources: z.array(sourceSchema).min(1),
    bands: z.array(bandSchema).min(1),
    plan: z
      .strictObject({
        source: sourceRefSchema
          .optional()
          .meta({ description: 'Where the guidance asks for a gap analysis and detailed objectives: the report cites it where they begin.' }),
        capacity: capacitySchema.optional(),
      })
      .optional()
      .meta({ description: 'How the report plans: where the guidance asks for it, and how many actions its first horizon holds.' }),
    recommendations: z.array(recommendationSchema).min(1),
    sections: z.array(sectionSchema).min(1),
  })
  .meta({ title: 'ce-plan question bank', description: 'A ce-plan question bank (format version 1).' });

const answerValue = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])), z.null()], schemaRule('answer'));

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, schemaRule('dateForm'))
  .refine(isCalendarDate, schemaRule('realDate'));
const bankVersion = z.string().regex(SEMVER, schemaRule('version'));

export const answerFileSchema = z
  .strictObject({
    bank: kebabId.meta({ description: 'The id of the question bank these answers are for.' }),
    bank_version: bankVersion.optional().meta({ description: 'The bank version answered; a mismatch is a warning.' }),
    organisation: z.strictObject({
      name: answerText,
      area: answerText.optional(),
      completed_by: answerText.optional(),
      date: calendarDate.optional().meta({ description: "The report's date, YYYY-MM-DD." }),
    }),
    respondent: z
      .strictObject({ name: answerText.optional(), role: answerText.optional() })
      .optional()
      .meta({ description: 'Who answered, when several people answer for one organisation.' }),
    lang: z
      .union([z.enum(LANGUAGES), z.array(z.enum(LANGUAGES)).min(1).max(LANGUAGES.length)], schemaRule('language'))
      .optional()
      .meta({
        description:
          'The language of the reports made from these answers: en (the default) or cy; a list such as [cy, en] makes every report bilingual, Welsh first. `--lang` overrides it.',
      }),
    answers: z.record(z.string(), answerValue).default({}).meta({ description: 'Question id to answer. A missing or empty entry is unanswered.' }),
  })
  .meta({ title: 'ce-plan answer file', description: 'Answers to a ce-plan question bank (format version 1).' });

/** What one line of an agreement says: typed by a person, shown in reports and terminals, so one line and no control characters. */
const oneLine = answerText
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, schemaRule('oneLine'));

/**
 * A partnership's agreed answers (issue 25; docs/agreement-files.md): what its respondents agreed at a
 * meeting, question by question, over the answer files it lists. `assess --combine` applies it to their
 * combined report (docs/scoring.md, "Agreeing a shared view"). The key `agreed` is what marks a file as
 * an agreement among answer files.
 */
export const agreementFileSchema = z
  .strictObject({
    bank: kebabId.meta({ description: 'The id of the question bank the respondents answered.' }),
    bank_version: bankVersion.meta({ description: 'The bank version they answered.' }),
    organisation: z
      .strictObject({ name: answerText, area: answerText.optional() })
      .meta({ description: 'The organisation, as its answer files name it (case and spacing aside).' }),
    date: calendarDate.meta({ description: 'When the agreement was made, YYYY-MM-DD.' }),
    respondents: z
      .array(
        z.strictObject({
          file: answerText.meta({ description: "A respondent's answer file, as a path from this file's folder." }),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/, schemaRule('sha256'))
            .meta({ description: 'The SHA-256 of its bytes when the agreement was made; if it changed since, the agreement is not applied to it.' }),
        }),
      )
      .min(1)
      .meta({ description: "The respondents' answer files the agreement was made on." }),
    present: z.array(answerText).min(1).meta({ description: 'Who was present: names or roles.' }),
    agreed: z
      .record(
        z.string(),
        z.strictObject({
          answer: answerValue.optional().meta({ description: 'The agreed answer, as an answer file gives it. Left empty (with the reason), not agreed.' }),
          reason: oneLine.nullable().optional().meta({ description: 'Why, in one line.' }),
          present: z.array(answerText).min(1).optional().meta({ description: 'Who was present for this answer, where it differs from the whole.' }),
        }),
      )
      .meta({ description: 'Question id to the agreed answer. A question left out, or with an empty answer and reason, is not agreed.' }),
  })
  .meta({ title: 'ce-plan agreement', description: "A partnership's agreed answers to a ce-plan question bank (format version 1)." });

export type Bank = z.output<typeof bankSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Band = z.output<typeof bandSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type Action = z.output<typeof actionSchema>;
export type Section = z.output<typeof sectionSchema>;
export type AnswerFile = z.output<typeof answerFileSchema>;
export type AnswerValue = z.output<typeof answerValue>;
export type AgreementFile = z.output<typeof agreementFileSchema>;
export type { Question } from './kinds/index.js';
export type { Condition, Option } from './schema-fields.js';

/** The JSON Schemas published in `schema/` and printed by `ce-plan schema`. */
export function jsonSchemaFor(kind: 'bank' | 'answers' | 'agreement'): Record<string, unknown> {
  const schema = { bank: bankSchema, answers: answerFileSchema, agreement: agreementFileSchema }[kind];
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
