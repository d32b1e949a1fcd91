// How `import` (and `assess` on a spreadsheet) reads a form export, from the command line and from a
// mapping file: `--map FIELD=HEADER` names a column for a detail or a question, and `--map map.yaml`
// covers anything else (columns, columns to ignore, cell texts for options, and the reading settings).
import { z } from 'zod';
import { optionsOf, questionsById } from '../core/bank.js';
import { didYouMean } from '../core/did-you-mean.js';
import { InputError, UsageError } from '../core/errors.js';
import type { Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { formLayout } from '../core/form-layout.js';
import { normalise } from '../forms/columns.js';
import { DATE_ORDERS, type DateOrder } from '../forms/dates.js';
import { checkEncoding } from '../forms/readers/bytes.js';
import type { ImportSettings } from '../forms/responses.js';
import { readSource } from '../io/read-source.js';
import type { Language } from '../core/languages.js';
import { wordsFor, type Words } from '../core/words/index.js';
import { parseYaml } from './parse-yaml.js';

/** The options `import` and `assess` take for reading a form export (assess takes `--map` only). */
export interface FormReadOptions {
  map?: string[] | undefined;
  ignore?: string[] | undefined;
  multiSeparator?: string | undefined;
  delimiter?: string | undefined;
  encoding?: string | undefined;
  sheet?: string | undefined;
  organisation?: string | undefined;
  dateOrder?: DateOrder | undefined;
}

const nonEmpty = z.string().min(1, { error: 'must not be empty' });

const mapFileSchema = z
  .strictObject({
    columns: z
      .record(z.string(), nonEmpty)
      .optional()
      .meta({ description: 'A detail (organisation, area, completed_by, respondent, role, date) or question id: the header of its column.' }),
    ignore: z.array(nonEmpty).optional().meta({ description: 'Headers of columns to leave alone.' }),
    values: z
      .record(z.string(), z.record(z.string(), nonEmpty))
      .optional()
      .meta({ description: 'A question id: the texts its cells hold, each with the option value it stands for.' }),
    organisation: nonEmpty.optional(),
    multi_separator: nonEmpty.optional(),
    delimiter: nonEmpty.optional(),
    encoding: nonEmpty.optional(),
    sheet: nonEmpty.optional(),
    date_order: z
      .enum(DATE_ORDERS)
      .optional()
      .meta({ description: 'How dates such as 05/11/2026 read where no date in their column settles it: dmy (day first, the default) or mdy.' }),
  })
  .meta({ title: 'ce-plan import mapping' });

type MapFile = z.output<typeof mapFileSchema>;

async function readMapFile(file: string, words: Words, language: Language): Promise<MapFile> {
  const text = await readSource(file, words);
  if (!text.ok) throw new InputError(text.diagnostics, language);
  const parsed = parseYaml(file, text.value, words);
  if (!parsed.ok) throw new InputError(parsed.diagnostics, language);
  const checked = validate(mapFileSchema, parsed.value.data, parsed.value.locator, file, words);
  if (!checked.ok) throw new InputError(checked.diagnostics, language);
  return checked.value;
}

/** A delimiter as typed: `\t` or "tab" for a tab. */
function delimiterOf(text: string | undefined, words: Words): string | undefined {
  if (text === undefined) return undefined;
  const delimiter = text === '\\t' || text.toLowerCase() === 'tab' ? '\t' : text;
  if (delimiter.length !== 1) throw new UsageError(words.findings.mapping.delimiter(JSON.stringify(text)));
  return delimiter;
}

/** The settings from the flags and the mapping file; what is wrong with them in `language`, that of the command's findings. */
export async function importSettings(bank: Bank, options: FormReadOptions, language: Language): Promise<ImportSettings> {
  const words = wordsFor(language);
  const say = words.findings.mapping;
  const columns = new Map<string, string>();
  let file: MapFile = {};
  for (const spec of options.map ?? []) {
    const equals = spec.indexOf('=');
    if (equals > 0) columns.set(spec.slice(0, equals).trim(), spec.slice(equals + 1).trim());
    else if (/\.(?:ya?ml|json)$/i.test(spec)) file = await readMapFile(spec, words, language);
    else throw new UsageError(say.map(JSON.stringify(spec)));
  }
  // Flags win over the file.
  const merged = new Map([...Object.entries(file.columns ?? {}), ...columns]);
  const layout = formLayout(bank);
  const questions = questionsById(bank);
  const targets = [...layout.readable.map((d) => d.field), ...questions.keys()];
  for (const name of merged.keys()) {
    if (!targets.includes(name)) throw new UsageError(`${say.noTarget(name, bank.id)}${didYouMean(name, targets, words)}`);
  }
  const values = new Map<string, Map<string, string>>();
  for (const [id, texts] of Object.entries(file.values ?? {})) {
    const question = questions.get(id);
    if (question === undefined) throw new UsageError(`values: ${words.findings.unknownQuestion(id, bank.id)}${didYouMean(id, questions.keys(), words)}`);
    const optionValues = optionsOf(question).map((o) => o.value);
    const map = new Map<string, string>();
    for (const [text, value] of Object.entries(texts)) {
      if (!optionValues.includes(value)) throw new UsageError(`${say.noOption(id, value)}${didYouMean(value, optionValues, words)}`);
      map.set(normalise(text), value);
    }
    values.set(id, map);
  }
  const encoding = options.encoding ?? file.encoding;
  return {
    columns: merged,
    ignore: [...(file.ignore ?? []), ...(options.ignore ?? [])],
    values,
    multiSeparator: options.multiSeparator ?? file.multi_separator,
    delimiter: delimiterOf(options.delimiter ?? file.delimiter, words),
    encoding: encoding === undefined ? undefined : checkEncoding(encoding),
    sheet: options.sheet ?? file.sheet,
    organisation: options.organisation ?? file.organisation,
    dateOrder: options.dateOrder ?? file.date_order,
    messages: language,
  };
}
