// The pieces of the bank format that every question kind shares: ids, text, weights, citations,
// conditions, options and the fields every question has. Each kind's own schema (kinds/) builds on
// these, and schema.ts puts the kinds together into the one bank schema.
import { z } from 'zod';
import { TRANSLATED_LANGUAGES, LANGUAGE_NAMES, type TranslatedLanguage } from './languages.js';
import { KEBAB } from './id-patterns.js';
import { schemaRule } from './validate.js';

export const kebabId = z.string().regex(KEBAB, schemaRule('kebabId'));
/** What someone typed: an organisation's name, a respondent. Quoted wherever it is shown, never refused for its characters. */
export const answerText = z.string().min(1, schemaRule('notEmpty')).regex(/\S/, schemaRule('notBlank'));
/** A bank's text: shown in terminals as the bank's own words (titles, prompts), so a control character (ESC, BEL, CR) that could drive one is refused; newlines and tabs are text. */
export const text = answerText
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$/, schemaRule('noControls'));

/** The short hash beside a translation: of the English it was made from (src/core/short-hash.ts). */
const translatedFrom = z.string().regex(/^[0-9a-f]{8}$/, schemaRule('englishHash'));

type Translations<K extends string, W extends z.ZodType> = { [P in `${K}_${TranslatedLanguage}`]: z.ZodOptional<W> } & {
  [P in `${K}_${TranslatedLanguage}_from`]: z.ZodOptional<typeof translatedFrom>;
};

/**
 * A text a bank shows, with its translations beside it: `prompt`, then `prompt_cy` (the Welsh) and
 * `prompt_cy_from` (the short hash of the English it was translated from). docs/bank-format.md says why
 * translations sit beside the English rather than in a map in its place.
 */
export function translatable<K extends string, S extends z.ZodType, W extends z.ZodType = typeof text>(
  key: K,
  english: S,
  translated?: W,
): { [P in K]: S } & Translations<K, W> {
  const fields: Record<string, z.ZodType> = { [key]: english };
  for (const language of TRANSLATED_LANGUAGES) {
    const name = LANGUAGE_NAMES[language].english;
    fields[`${key}_${language}`] = (translated ?? text).optional().meta({ description: `\`${key}\` in ${name}.` });
    fields[`${key}_${language}_from`] = translatedFrom.optional().meta({
      description: `The short hash of the English \`${key}\` that the ${name} was translated from: \`ce-plan lint\` says when the English has changed since.`,
    });
  }
  return fields as { [P in K]: S } & Translations<K, W>;
}

/** Weights lie in a bounded range, so sums of them never overflow nor lose the smaller ones (docs/bank-format.md). */
export const weight = z.number().min(0.01).max(100).default(1).meta({ description: 'Relative weight, from 0.01 to 100. Default 1.' });

export const sourceRefSchema = z
  .strictObject({
    id: kebabId.meta({ description: 'The id of a source declared under `sources`.' }),
    section: text.meta({ description: 'The section of that source this comes from.' }),
  })
  .meta({ description: 'Where in the guidance this comes from.' });

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
    description: 'A test of earlier answers: { question, in | equals | not_in }, or { all: [...] }, { any: [...] }, { not: ... }.',
  });

/**
 * Marks what is the bank's own suggestion rather than the sources' (an option, an action, a question and
 * its help), so that readers can tell the two apart: docs/banks.md lists them.
 */
export const SUGGESTION = z.literal(true).optional();

const optionValue = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, schemaRule('optionValue'));

const optionFields = {
  value: optionValue.meta({ description: 'What the answer file records.' }),
  ...translatable('label', text),
  score: z.number().min(0).max(1).optional().meta({ description: 'Score in [0, 1]. Omit on "not applicable" options.' }),
  na: z.literal(true).optional().meta({ description: 'Not applicable: the question leaves the calculation.' }),
  dont_know: z.literal(true).optional().meta({ description: '"Don\'t know": scored as the bank says, and the report asks the group to find out.' }),
  ...translatable('help', text.optional()),
  suggestion: SUGGESTION.meta({ description: "The bank's own option, not one the sources name (docs/bank-format.md)." }),
  flag: z
    .strictObject({
      ...translatable('reason', text.meta({ description: 'Why this answer needs attention now, in the words of the source it cites.' })),
      source: sourceRefSchema,
    })
    .optional()
    .meta({
      description: "A risk the sources name: this answer is named on the report's first page, whatever its weight, and its actions go first in the plan.",
    }),
};
export const singleOptionSchema = z.strictObject(optionFields);
export const multiOptionSchema = z.strictObject({
  ...optionFields,
  exclusive: z.boolean().optional().meta({ description: 'Cannot be chosen with other options ("None of these").' }),
});

/** The fields of every question, whatever its kind; each kind adds `type` and its own. */
export const questionFields = {
  id: kebabId,
  ...translatable('prompt', text),
  ...translatable('help', text.optional().meta({ description: 'Shown on request: what the guidance says.' })),
  suggestion: SUGGESTION.meta({
    description: "What this asks goes beyond the sources: its help says which part is the bank's own suggestion (docs/bank-format.md).",
  }),
  required: z.boolean().default(true),
  recommendation: kebabId.optional().meta({ description: 'The recommendation this question scores.' }),
  recommendations: z.array(kebabId).min(1).optional().meta({ description: 'Several recommendations this question scores.' }),
  weight,
  when: conditionSchema.optional().meta({ description: 'Show the question only when this holds.' }),
  source: sourceRefSchema,
  ...translatable(
    'find_out',
    text.optional().meta({
      description: 'For an answer of "Don\'t know": who finds out what, and what to do with the answer. The report makes it a task.',
    }),
  ),
  report: z
    .enum(['expectations', 'context'])
    .optional()
    .meta({ description: 'A report section that quotes this answer: "expectations" (expectations and impact) or "context".' }),
};

/** An option of a single or multiple choice (`exclusive` only ever set on a multiple choice's). */
export type Option = z.output<typeof multiOptionSchema>;
