// A thread of a large `ce-plan import`, one of several alike: checks each response the main thread hands
// it against the bank and makes its answer file's text, with its own bank cache; the main thread writes
// the files, in the export's order, so that no two responses can claim one file.
import type { BankCache } from '../pipeline/load-bank.js';
import { answerFileFor, type ResponseRow, type ResponseSettings } from '../pipeline/import-response.js';
import { serveStage, stageSettings } from './run-in-order.js';

const settings = stageSettings<ResponseSettings>();
const cache: BankCache = new Map();

serveStage((row: ResponseRow) => answerFileFor(row, cache, settings));
