// How `import` (and `assess` on a spreadsheet) reads a form export, from the command line and from a
// mapping file: `--map FIELD=HEADER` names a column for a detail or a question, and `--map map.yaml`
// covers anything else (columns, columns to ignore, cell texts for options, and the reading settings).
import { optionsOf, questionsById } from '../core/bank.js';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import type { Bank } from '../core/schema.js';
import { formLayout } from '../core/form-layout.js';
import { normalise } from '../forms/columns.js';
import type { DateOrder } from '../forms/dates.js';
import { checkEncoding } from '../forms/readers/bytes.js';
import type { ImportSettings } from '../forms/responses.js';
import type { Language } from '../core/languages.js';
import { wordsFor, type Words } from '../core/words/index.js';
import type { MapFile } from './map-file.js';

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
    else if (/\.(?:ya?ml|json)$/i.test(spec)) file = await (await import('./map-file.js')).readMapFile(spec, words, language);
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
