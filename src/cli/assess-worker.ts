// A worker thread of `ce-plan assess`: assesses the files the main thread sends, one at a time, with its
// own bank cache so each bank is loaded and checked once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { BankCache } from '../io/load-assessment.js';
import { assessFile, type AssessSettings, type FileOutcome } from './assess-file.js';
import type { BatchReply, BatchRequest } from './batch.js';

// yaml looks up process.env.LOG_TOKENS for every token it parses, and a worker's process.env answers
// each lookup through a native call: about a quarter of a parse here. A worker's environment is already
// a private copy of the main thread's, so a plain object with the same values reads the same, at once.
// (Writes would differ: no conversion to strings, no effect on TZ. Nothing in a worker writes it.)
process.env = { ...process.env };

const settings = workerData as AssessSettings;
const cache: BankCache = new Map();

parentPort!.on('message', async ({ index, inputs }: BatchRequest) => {
  const reply: BatchReply<FileOutcome> = { index, results: [] };
  try {
    for (const file of inputs) reply.results.push(await assessFile(file, cache, settings));
  } catch (error) {
    // A bug, not a bad file: hand the stack to the main thread, which reports it as such.
    reply.bug = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  parentPort!.postMessage(reply);
});
