// Runs one task per input across worker threads (or in this thread), yielding results in input order.
// At most `window` messages are dispatched ahead of the one being yielded, so memory stays flat however
// many files there are.
import { Worker } from 'node:worker_threads';

export interface BatchOptions {
  /** How many worker threads; 0 runs everything in this thread. */
  workers: number;
  workerUrl: URL;
  workerData: unknown;
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

/** A worker's answer to one request: a result per input, in order, or the stack of a bug. */
export type BatchReply<Result> = { index: number; results?: Result[]; bug?: string };

// Each message wakes a thread, which costs more than assessing a small file: send several inputs at once.
const INPUTS_PER_MESSAGE = 8;
// Each worker holds two messages, so it never waits on the main thread between them.
const IN_FLIGHT_PER_WORKER = 2;

export async function* runInOrder<Result>(inputs: readonly string[], runHere: (input: string) => Promise<Result>, options: BatchOptions): AsyncGenerator<Result> {
  if (options.workers === 0) {
    for (const input of inputs) yield await runHere(input);
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
        if (crash !== undefined) throw new WorkerBug(crash);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const reply = settled.get(yielded)!;
      settled.delete(yielded);
      if (reply.bug !== undefined) throw new WorkerBug(reply.bug);
      yield* reply.results!;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
