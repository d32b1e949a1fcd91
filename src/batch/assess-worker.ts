// The second stage of a large `ce-plan assess`, on a worker thread: checks, scores, renders and writes
// each file the first stage parsed (and each response of a form export), with its own bank cache, so
// each bank is loaded once per batch.
import { assessParsedFile, type AssessSettings, type ParsedFile } from '../pipeline/assess-file.js';
import type { BankCache } from '../pipeline/load-bank.js';
import { serveStage, stageSettings } from './run-in-order.js';

const settings = stageSettings<AssessSettings>();
const cache: BankCache = new Map();

// A --template is compiled here under its name (the main thread has checked it already), so that a
// failure on a report names the file.
if (settings.templateName !== undefined && settings.templates.md !== undefined) {
  (await import('../format/report/md.js')).check(settings.templates.md, settings.templateName);
}

serveStage((parsed: ParsedFile) => assessParsedFile(parsed, cache, settings));
