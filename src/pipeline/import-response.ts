// One response of a form export made into the text of its answer file, as `import` writes it: checked
// against its bank as `assess` checks an answer file (its shape, then each answer), and only the answers
// that fit written out. Writing is left to the import's main thread, in the order of the export
// (cli/run/import.ts), so this runs there or on worker threads alike (batch/import-worker.ts).
import type { Diagnostic } from '../core/diagnostics.js';
import type { Language } from '../core/languages.js';
import { wordsFor } from '../core/words/index.js';
import type { RowPlaces } from '../forms/row-places.js';
import { importedAnswerFileText } from '../io/imported-answers.js';
import { MAX_FILE_BYTES } from '../io/read-source.js';
import { checkParsed } from './assess.js';
import type { BankCache } from './load-bank.js';

/** What every response of one import shares. Plain data, so it crosses to worker threads. */
export interface ResponseSettings {
  /** The form export, as given. */
  file: string;
  /** The export's SHA-256, which each answer file's provenance records with its row. */
  sha256: string;
  unit: 'row' | 'response';
  /** `--bank`: the id or path each response is checked against. */
  bank: string;
  /** The language of the findings. */
  messages: Language;
  /** The answer files' reference to the answers schema, from the out dir. */
  schema: string;
}

/** A response read from the export: its row, and its answers as an answer file's data, with the cell of each. */
export interface ResponseRow {
  row: number;
  data: unknown;
  places: RowPlaces;
}

/** The answer file's text, or why the response gets none; either way with its findings (warnings, or errors). */
export type ImportedResponse = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export async function answerFileFor({ row, data, places }: ResponseRow, cache: BankCache, settings: ResponseSettings): Promise<ImportedResponse> {
  const { file, sha256, unit, bank, schema } = settings;
  const words = wordsFor(settings.messages);
  const checked = await checkParsed({ file, data, positions: places, source: { file, sha256, row } }, cache, { bank, words });
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };
  const { content, fitting } = checked.value;
  const text = importedAnswerFileText({ ...content, answers: Object.fromEntries(fitting) as typeof content.answers }, file, unit, row, schema);
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_FILE_BYTES) return { ok: true, text, diagnostics: checked.diagnostics };
  const message = words.findings.tooLarge(unit, row, mib(bytes), mib(MAX_FILE_BYTES));
  return { ok: false, diagnostics: [...checked.diagnostics, { file, ...places.start, severity: 'error', rule: 'answer-too-large', message }] };
}
