// A thread of a large `ce-plan import`, one of several alike: reads the cells of each row the main thread
// hands it as answers, checks them against the bank and writes the answer file, through a staging folder
// of its own, as `assess`'s threads write reports (a row the main thread keeps to write itself comes back
// as text); with its own bank cache. Started while the main thread still reads the export (startThreads),
// it loads its code and the bank meanwhile, and takes the rest of its settings when the batch begins.
import type { Language } from '../core/languages.js';
import { rowContext, type RowReading } from '../forms/responses.js';
import { importRow, type ResponseSettings, type RowToImport, type WriteSettings } from '../pipeline/import-response.js';
import { loadCached, type BankCache } from '../pipeline/load-bank.js';
import { wordsFor } from '../core/words/index.js';
import { serveStageOnceSet, stageSettings } from './run-in-order.js';

/** What a thread is started with, before the export is read. */
export interface ImportThreadStart {
  /** The bank, as the main thread found it: each thread loads it once. */
  bankFile: string;
  /** The language of the findings. */
  messages: Language;
}

/** What every row of a large import shares, as the main thread hands it to each thread once the export is read. */
export interface ImportThreadSettings {
  response: ResponseSettings;
  writing: WriteSettings;
  reading: RowReading;
}

const { bankFile, messages } = stageSettings<ImportThreadStart>();
const cache: BankCache = new Map();
const loaded = await loadCached(cache, bankFile, wordsFor(messages));
// The main thread has loaded this bank already: failing here is a bug, which stops the batch.
if (!loaded.ok) throw new Error(`the bank ${bankFile} could not be loaded again: ${loaded.diagnostics[0]?.message ?? ''}`);
const { bank } = loaded.value;

serveStageOnceSet(({ response, writing, reading }: ImportThreadSettings) => {
  const context = rowContext(bank, reading);
  return (row: RowToImport) => importRow(row, context, cache, response, writing);
});
