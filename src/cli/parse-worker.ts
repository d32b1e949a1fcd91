// The first stage of a large `ce-plan assess`, on a worker thread: parses each answer file the main thread
// has read and passes the plain data on to the second stage (assess-worker.ts).
import { parseAnswerSource } from '../io/read-answers.js';
import { serveStage } from './batch.js';

// yaml looks up process.env.LOG_TOKENS for every token it parses, and a worker's process.env answers
// each lookup through a native call: about a quarter of a parse here. A worker's environment is already
// a private copy of the main thread's, so a plain object with the same values reads the same, at once.
// (Writes would differ: no conversion to strings, no effect on TZ. Nothing in a worker writes it.)
process.env = { ...process.env };

serveStage(parseAnswerSource);
