// One response of a form export made into its answer file, as `import` writes it: its cells read as
// answers (forms/responses.ts), checked against its bank as `assess` checks an answer file (its shape, then
// each answer), and only the answers that fit written out. This runs on the import's main thread for a
// small export, which writes every file in the export's order; for a large one, on worker threads alike
// (batch/import-worker.ts), each writing its own responses' files, except those the main thread keeps
// to write itself (`writeHere`: see cli/run/import.ts for why).
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import { CePlanError } from '../core/errors.js';
import type { Language } from '../core/languages.js';
import { wordsFor } from '../core/words/index.js';
import { readRow, type RowContext } from '../forms/responses.js';
import { rowLocator, type RowPlaces } from '../forms/row-places.js';
import { unpackRow, type PackedRow } from '../forms/sheet.js';
import { importedAnswerFileTextOf } from '../io/imported-answers.js';
import { MAX_FILE_BYTES, mib } from '../io/read-source.js';
import { writeFileAtomic } from '../io/write-file.js';
import { checkAnswerFile } from './against-bank.js';
import type { BankCache } from './load-bank.js';
import type { ParsedAnswers } from './parse-answers.js';

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
interface ResponseRow {
  row: number;
  data: unknown;
  places: RowPlaces;
}

/** The answer file's text, or why the response gets none; either way with its findings (warnings, or errors). */
type ImportedResponse = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

async function answerFileFor({ row, data, places }: ResponseRow, cache: BankCache, settings: ResponseSettings): Promise<ImportedResponse> {
  const { file, sha256, unit, bank, schema } = settings;
  const words = wordsFor(settings.messages);
  const parsed: ParsedAnswers = { file, data, positions: places, source: { file, sha256, row } };
  const checked = await checkAnswerFile(parsed, rowLocator(places), cache, { bank, words });
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };
  const { content, fitting } = checked.value;
  const text = importedAnswerFileTextOf(content, fitting, file, unit, row, schema);
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_FILE_BYTES) return { ok: true, text, diagnostics: checked.diagnostics };
  const message = words.findings.tooLarge(unit, row, mib(bytes), mib(MAX_FILE_BYTES));
  return { ok: false, diagnostics: [...checked.diagnostics, { file, ...places.start, severity: 'error', rule: 'answer-too-large', message }] };
}

/** Where a run's answer files go, and how a worker thread writes them. */
export interface WriteSettings {
  outDir: string;
  force: boolean;
  /** A worker thread's own folder for its temp files (each thread's under this one), on the out dir's disk. */
  stagingRoot?: string;
}

/** A row of the export to import: outlined (and named) on the main thread, read here. */
export interface RowToImport {
  packed: PackedRow;
  /** Its answer file's name, without extension, unique in the export; undefined when it names no organisation (and so fails). */
  stem: string | undefined;
  /** The main thread writes this one's file itself, in order with the others it writes. */
  writeHere: boolean;
}

/** What became of a row: its findings, and its answer file written, left to the main thread to write, or neither. */
export type ImportedRow =
  | { kind: 'written'; diagnostics: Diagnostic[] }
  | { kind: 'failed'; diagnostics: Diagnostic[] }
  /** For the main thread to write; `start` is where a finding about the file is placed. */
  | { kind: 'made'; text: string; start: Position; diagnostics: Diagnostic[] };

export const answerFilePath = (outDir: string, stem: string): string => join(outDir, `${stem}.yaml`);

/**
 * Reads a row's cells as answers, checks them and makes the answer file; writes it (atomically, never
 * over an existing file without --force) unless it is to be written on the main thread.
 */
export async function importRow(
  { packed, stem, writeHere }: RowToImport,
  context: RowContext,
  cache: BankCache,
  settings: ResponseSettings,
  writing: WriteSettings,
): Promise<ImportedRow> {
  const response = readRow(context, unpackRow(packed), stem);
  if (response.status !== 'read') return { kind: 'failed', diagnostics: response.diagnostics };
  const { row, answers } = response;
  const made = await answerFileFor({ row, data: answers!.data, places: answers!.places }, cache, settings);
  const diagnostics = response.diagnostics.length === 0 ? made.diagnostics : [...response.diagnostics, ...made.diagnostics];
  if (!made.ok) return { kind: 'failed', diagnostics };
  const start = answers!.places.start;
  if (writeHere) return { kind: 'made', text: made.text, start, diagnostics };
  const stagingDir = writing.stagingRoot === undefined ? undefined : join(writing.stagingRoot, String(threadId));
  try {
    await writeFileAtomic(answerFilePath(writing.outDir, stem!), made.text, { overwrite: writing.force, stagingDir });
  } catch (error) {
    if (!(error instanceof CePlanError)) throw error;
    return {
      kind: 'failed',
      diagnostics: [
        ...diagnostics,
        { file: settings.file, ...start, severity: 'error', rule: 'not-written', message: error.wording(wordsFor(settings.messages).messages) },
      ],
    };
  }
  return { kind: 'written', diagnostics };
}
