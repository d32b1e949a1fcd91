// A thread of a large `ce-plan assess`, one of several alike: reads (the quick way, or with yaml), checks,
// scores, renders and writes each file the main thread hands it (which has read its text), and each
// response of a form export (read whole on the main thread), with its own bank cache, so each bank is
// loaded once per thread.
import type { Result } from '../core/result.js';
import { wordsFor } from '../core/words/index.js';
import { assessParsedFile, type AssessSettings, type ParsedFile } from '../pipeline/assess-file.js';
import type { BankCache } from '../pipeline/load-bank.js';
import { decodeSource } from '../io/read-source.js';
import { readAnswers } from '../pipeline/read-answers.js';
import { serveStage, stageSettings } from './run-in-order.js';

/** An answer file's text as the main thread read it (stdin), or why it could not. */
export interface AnswerText {
  file: string;
  text: Result<string>;
}

/** An answer file's bytes as the main thread read them, decoded here (readFileBytes), or why they could not be read. */
export interface AnswerBytes {
  file: string;
  bytes: Result<Uint8Array<ArrayBuffer>>;
}

// yaml (which reads the files the quick way cannot) looks up process.env.LOG_TOKENS for every token it
// parses, and a worker's process.env answers each lookup through a native call: about a quarter of a
// parse. A worker's environment is already a private copy of the main thread's, so a plain object with
// the same values reads the same, at once. (Writes would differ: no conversion to strings, no effect on
// TZ. Nothing in a worker writes it.)
process.env = { ...process.env };

const settings = stageSettings<AssessSettings>();
const words = wordsFor(settings.messages);
const cache: BankCache = new Map();

// A --template is compiled here under its name (the main thread has checked it already), so that a
// failure on a report names the file.
if (settings.templateName !== undefined && settings.templates.md !== undefined) {
  (await import('../format/report/md.js')).check(settings.templates.md, settings.templateName);
}

serveStage(async (item: AnswerText | AnswerBytes | ParsedFile) => {
  if ('parsed' in item) return assessParsedFile(item, cache, settings);
  const text = 'text' in item ? item.text : item.bytes.ok ? decodeSource(item.file, item.bytes.value, words) : item.bytes;
  return assessParsedFile({ file: item.file, parsed: text.ok ? await readAnswers(item.file, text.value, words) : text }, cache, settings);
});
