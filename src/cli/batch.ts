// Runs one task per input across worker threads (or in this thread), yielding results in input order.
// At most `window` messages are dispatched ahead of the one being yielded, so memory stays flat however
// many files there are.
import { Worker } from 'node:worker_threads';
import { InterruptedError } from '../core/errors.js';

export interface BatchOptions {
  /** How many worker threads; 0 runs everything in this thread. */
  workers: number;
  workerUrl: URL;
  workerData: unknown;
  /** Aborting it (Ctrl-C) stops the batch between results with an InterruptedError. */
  signal?: AbortSignal;
}

/** A worker crashed or hit a bug: not a bad file, so the run stops with the stack. */
export class WorkerBug extends Error {
  override name = 'WorkerBug';
}

/** What the main thread sends a worker: a run of consecutive inputs, starting at input `index`. */
export interface BatchRequest {
  index: number;
  inputs: string[];
}

/** A worker's answer to one request: a result per input, in order; a bug stops it, after the results before it. */
export type BatchReply<Result> = { index: number; results: Result[]; bug?: string };

// Each message wakes a thread, which costs more than assessing a small file: send several inputs at once.
const INPUTS_PER_MESSAGE = 8;
// Each worker holds two messages, so it never waits on the main thread between them.
const IN_FLIGHT_PER_WORKER = 2;

export async function* runInOrder<Result>(inputs: readonly string[], runHere: (input: string) => Promise<Result>, options: BatchOptions): AsyncGenerator<Result> {
  const { signal } = options;
  if (options.workers === 0) {
    // A file on stdin can wait for input for ever: an interrupt does not wait for it.
    const interrupted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new InterruptedError('interrupted')), { once: true }));
    interrupted.catch(() => {}); // handled where it is raced; this only keeps an unraced rejection quiet
    for (const input of inputs) {
      stopIfAborted(signal);
      yield await Promise.race([runHere(input), interrupted]);
    }
    return;
  }
  const messages = Math.ceil(inputs.length / INPUTS_PER_MESSAGE);
  const window = options.workers * IN_FLIGHT_PER_WORKER;
  // Workers take no flags from this process: --input-type and the like are for the main script only.
  const pool = Array.from({ length: options.workers }, () => new Worker(options.workerUrl, { workerData: options.workerData, execArgv: [] }));
  const settled = new Map<number, BatchReply<Result>>();
  let wake: (() => void) | undefined;
  let crash: string | undefined;
  let next = 0;
  let yielded = 0;
  const idle: Worker[] = [];
  const fill = () => {
    while (idle.length > 0 && next < messages && next < yielded + window) {
      const index = next * INPUTS_PER_MESSAGE;
      idle.pop()!.postMessage({ index, inputs: inputs.slice(index, index + INPUTS_PER_MESSAGE) } satisfies BatchRequest);
      next++;
    }
  };
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  for (const worker of pool) {
    worker.on('message', (reply: BatchReply<Result>) => {
      settled.set(reply.index / INPUTS_PER_MESSAGE, reply);
      idle.push(worker);
      fill();
      wake?.();
    });
    worker.on('error', (error) => {
      crash = error.stack ?? String(error);
      wake?.();
    });
    // A worker that ends on its own (out of memory, say) would leave its files unanswered forever.
    worker.on('exit', (code) => {
      crash ??= `a worker thread stopped (exit code ${code}) with files still to assess`;
      wake?.();
    });
    for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) idle.push(worker);
  }
  try {
    for (; yielded < messages; yielded++) {
      // The window has moved on by one: hand out what it now allows before waiting.
      fill();
      while (!settled.has(yielded)) {
        stopIfAborted(signal);
        if (crash !== undefined) throw new WorkerBug(crash);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const reply = settled.get(yielded)!;
      settled.delete(yielded);
      // The files before a bug were assessed and written: say so, as a run in this thread would.
      for (const result of reply.results) {
        stopIfAborted(signal);
        yield result;
      }
      if (reply.bug !== undefined) throw new WorkerBug(reply.bug);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError('interrupted');
}
