// The first stage of a large `ce-plan assess`, on a worker thread: parses each answer file the main
// thread has read and passes the plain data on to the second stage (assess-worker.ts). A form export's
// response comes already read (the main thread reads the export whole) and passes through as it is.
import type { Result } from '../core/result.js';
import { readAnswers } from '../pipeline/read-answers.js';
import type { ParsedFile } from '../pipeline/assess-file.js';
import { serveStage } from './run-in-order.js';

// yaml looks up process.env.LOG_TOKENS for every token it parses, and a worker's process.env answers
// each lookup through a native call: about a quarter of a parse here. A worker's environment is already
// a private copy of the main thread's, so a plain object with the same values reads the same, at once.
// (Writes would differ: no conversion to strings, no effect on TZ. Nothing in a worker writes it.)
process.env = { ...process.env };

/** An answer file's text as the main thread read it, or why it could not. */
export interface AnswerSource {
  file: string;
  text: Result<string>;
}

serveStage(async (item: AnswerSource | ParsedFile): Promise<ParsedFile> =>
  'parsed' in item ? item : { file: item.file, parsed: item.text.ok ? await readAnswers(item.file, item.text.value) : item.text },
);
