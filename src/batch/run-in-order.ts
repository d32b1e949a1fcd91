// Runs a batch of inputs, yielding one result per input in input order: in this thread, or through a
// pipeline of worker threads, one stage to a thread, run on one or more sets of threads alike (lanes),
// each message going to the lane with the fewest in hand, so the work spreads evenly however long each
// input takes. At most `window` messages are in flight, so memory stays flat however many inputs there
// are. A batch can be stopped between inputs (each one started finishes, and its result is yielded) or
// at once.
import { MessageChannel, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { InterruptedError } from '../core/errors.js';
import { setBatchV8Flags } from './threads.js';

/** How a batch runs: every input here, one after another; or through worker threads, one stage to a thread. */
export type BatchPlan<Result> = { here: (input: string) => Promise<Result> } | Pipeline;

interface Pipeline {
  /** The pipeline's worker modules, in order, each calling serveStage. */
  stages: readonly URL[];
  /** How many lanes run the stages (1 when not given; no more than there are messages): each message goes through one lane, the one with the fewest in hand. */
  threads?: number;
  /** Given to every stage as `settings` (to threads `started` before the batch, as their first message). */
  settings: unknown;
  /**
   * Threads started for this batch before its inputs were known (startThreads), one stage a lane: they
   * take `settings` as their first message, and those the batch has no message for are ended.
   */
  started?: StartedThreads;
  /**
   * Done here to each input as its message is handed to the first stage, which receives the result
   * instead of the input: I/O (reading the file) that would otherwise slow the pipeline's busiest thread.
   * Should it throw, the batch stops after the inputs before it, as for a bug in a stage.
   */
  prepare?: (input: string) => unknown;
  /** What `prepare` made that is moved to the first stage rather than copied (an ArrayBuffer of its own: it is unusable here after). */
  transfer?: (prepared: unknown) => ArrayBuffer | undefined;
  /**
   * A limit on each thread's old generation, in MB, with what `prepare` made that is too large for it:
   * a message holding such an input goes to a lane without the limit, started when first needed.
   */
  limit?: { oldGenerationMb: number; tooLarge: (prepared: unknown) => boolean };
}

/** A worker crashed or hit a bug: not a bad input, so the run stops with the stack. */
export class WorkerBug extends Error {
  override name = 'WorkerBug';
}

/** A worker thread ended by itself with inputs still to handle: process.exit() in code it ran (a template), or out of memory. */
export class WorkerExited extends WorkerBug {
  override name = 'WorkerExited';
  constructor(readonly exitCode: number) {
    super(`a worker thread stopped (exit code ${exitCode}) with inputs still to handle`);
  }
}

/** The first message to a thread started before its batch (startThreads): the batch's settings. */
interface SetupMessage {
  settings: unknown;
}

/** What passes along the pipeline: a run of consecutive items, from input `index` on. */
interface StageMessage<Item> {
  index: number;
  items: Item[];
  /** A bug stopped the run at the item after the last one here. */
  bug?: string;
  /** The batch was stopped: the items after the last one here were not handled. */
  stopped?: true;
}

interface StageData {
  settings: unknown;
  /** Set to 1 (by the main thread) when the batch is stopped: each stage then handles no further item. */
  stop: Int32Array;
  /** Where requests come from, and where results go; the main thread when not set. */
  from?: MessagePort;
  to?: MessagePort;
}

// Each message wakes a thread, which costs more than handling a small file: send several inputs at once.
const INPUTS_PER_MESSAGE = 8;
// Enough messages in flight that no stage waits on the one before it, or on the main thread: the first
// stage starts well before the one after it, whose code takes longer to load, and works ahead.
const IN_FLIGHT_PER_STAGE = 16;

/** How a batch can be ended early. */
export interface BatchControl {
  /** Stops the batch between inputs: no input is started after it, and those started finish and are yielded; then the batch ends. */
  stop?: AbortSignal;
  /** Stops the batch at once, with an InterruptedError: inputs under way are abandoned (their workers ended). */
  abort?: AbortSignal;
}

/** Yields one result per input, in input order, until the batch ends or is stopped (see BatchControl). */
export async function* runInOrder<Result>(inputs: readonly string[], plan: BatchPlan<Result>, control: BatchControl = {}): AsyncGenerator<Result> {
  const { stop, abort: signal } = control;
  if ('here' in plan) {
    // A file on stdin can wait for input for ever: an interrupt does not wait for it.
    const interrupted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new InterruptedError('interrupted')), { once: true }));
    interrupted.catch(() => {}); // handled where it is raced; this only keeps an unraced rejection quiet
    for (const input of inputs) {
      // Each file here is one run of synchronous work: a turn of the event loop between two lets a signal
      // (or a closed output) be heard, rather than only at the end of the batch.
      await new Promise((resolve) => setImmediate(resolve));
      if (stop?.aborted) return;
      stopIfAborted(signal);
      yield await Promise.race([plan.here(input), interrupted]);
    }
    // And one after the last: a signal that came during its work (a long parse) is heard before the batch
    // ends, while its listener is still there. Without it, a run whose output is synchronous (a terminal)
    // went from the last file to its end in one turn, and the signal was dropped with its listener.
    await new Promise((resolve) => setImmediate(resolve));
    return;
  }
  yield* runPipeline<Result>(inputs, plan, stop, signal);
}

async function* runPipeline<Result>(
  inputs: readonly string[],
  options: Pipeline,
  stop: AbortSignal | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<Result> {
  const messages = Math.ceil(inputs.length / INPUTS_PER_MESSAGE);
  const prepare = options.prepare ?? ((input: string) => input);
  const lanes = Math.max(1, Math.min(options.threads ?? 1, messages));
  const window = options.stages.length * lanes * IN_FLIGHT_PER_STAGE;
  // Shared with every stage, so a stop reaches each at its next item, without a message.
  const stopFlag = options.started?.stop ?? new Int32Array(new SharedArrayBuffer(4));
  const pipelines =
    options.started?.take(lanes, options.settings) ??
    Array.from({ length: lanes }, () => startPipeline(options.stages, options.settings, stopFlag, options.limit?.oldGenerationMb));
  // Messages handed to each lane and not yet answered: the next goes to the lane with the fewest.
  const inHand = pipelines.map(() => 0);
  // The lane without a limit, for messages with an input too large for the others (see Pipeline.limit).
  let roomy: number | undefined;
  const roomyLane = () => {
    if (roomy === undefined) {
      roomy = pipelines.push(startPipeline(options.stages, options.settings, stopFlag, undefined)) - 1;
      inHand.push(0);
      listen(pipelines[roomy]!);
    }
    return roomy;
  };
  const laneOf = new Map<number, number>();
  const settled = new Map<number, StageMessage<Result>>();
  let wake: (() => void) | undefined;
  // A thread started before the batch may have stopped already.
  let crash: string | undefined = options.started?.crash;
  let exited: number | undefined = crash === undefined ? options.started?.exited : undefined;
  let next = 0;
  let yielded = 0;
  let preparing = true;
  const fill = () => {
    for (; preparing && next < messages && next < yielded + window; next++) {
      const index = next * INPUTS_PER_MESSAGE;
      const message: StageMessage<unknown> = { index, items: [] };
      const moved: ArrayBuffer[] = [];
      let tooLarge = false;
      try {
        for (const input of inputs.slice(index, index + INPUTS_PER_MESSAGE)) {
          const item = prepare(input);
          tooLarge ||= options.limit?.tooLarge(item) === true;
          message.items.push(item);
          const buffer = options.transfer?.(item);
          if (buffer !== undefined) moved.push(buffer);
        }
      } catch (error) {
        // As with a bug in a stage: the inputs before it go on through the stages, and the batch stops after them.
        message.bug = bugText(error);
        preparing = false;
      }
      const regular = inHand.slice(0, lanes);
      const lane = tooLarge ? roomyLane() : regular.indexOf(Math.min(...regular));
      inHand[lane]!++;
      laneOf.set(next, lane);
      pipelines[lane]![0]!.postMessage(message, moved);
    }
  };
  const onAbort = () => wake?.();
  const onStop = () => {
    Atomics.store(stopFlag, 0, 1);
    preparing = false;
    wake?.();
  };
  signal?.addEventListener('abort', onAbort);
  if (stop?.aborted) onStop();
  else stop?.addEventListener('abort', onStop);
  function listen(lane: Worker[]): void {
    const last = lane.at(-1)!;
    last.on('message', (reply: StageMessage<Result>) => {
      const n = reply.index / INPUTS_PER_MESSAGE;
      inHand[laneOf.get(n)!]!--;
      laneOf.delete(n);
      settled.set(n, reply);
      wake?.();
    });
    // A reply that cannot be read back would otherwise leave its inputs unanswered forever.
    last.on('messageerror', (error) => {
      crash = `a worker's results could not be read: ${error.message}`;
      wake?.();
    });
    for (const worker of lane) {
      worker.on('error', (error) => {
        crash = error.stack ?? String(error);
        wake?.();
      });
      // A worker that ends on its own (out of memory, say) would leave its inputs unanswered forever.
      worker.on('exit', (code) => {
        if (crash === undefined) exited ??= code;
        wake?.();
      });
    }
  }
  for (const lane of pipelines) listen(lane);
  try {
    for (; yielded < messages; yielded++) {
      // The window has moved on by one: hand out what it now allows before waiting.
      fill();
      // Stopped: every message handed out has been yielded.
      if (yielded >= next) break;
      while (!settled.has(yielded)) {
        stopIfAborted(signal);
        if (crash !== undefined) throw new WorkerBug(crash);
        if (exited !== undefined) throw new WorkerExited(exited);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const reply = settled.get(yielded)!;
      settled.delete(yielded);
      // The inputs before a bug were handled (files assessed and written): say so, as this thread would.
      for (const result of reply.items) {
        stopIfAborted(signal);
        yield result;
      }
      if (reply.bug !== undefined) throw new WorkerBug(reply.bug);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stop?.removeEventListener('abort', onStop);
    await Promise.all(pipelines.flat().map((worker) => worker.terminate()));
  }
}

/**
 * Each worker's young generation (where V8 makes new objects), in MB. V8 grows it, up to 48 MB here, as
 * objects outlive its collections, which over a long batch they always do in the end, so a worker's
 * memory grew with the batch. A worker keeps nothing from one input to the next and, serving one message
 * at a time, little survives a collection, so 6 MB costs no more CPU than the default (measured on 1,000
 * and 10,000 files). The old generation is limited only where a plan asks (Pipeline.limit), and then
 * not for its largest inputs.
 */
const YOUNG_GENERATION_MB = 6;

/** One worker per stage, each stage's output port the next one's input; `oldGenerationMb` limits each one's old generation. */
function startPipeline(stages: readonly URL[], settings: unknown, stop: Int32Array, oldGenerationMb: number | undefined): Worker[] {
  setBatchV8Flags();
  const links = stages.slice(1).map(() => new MessageChannel());
  return stages.map((url, i) => {
    const data: StageData = { settings, stop, from: links[i - 1]?.port2, to: links[i]?.port1 };
    const ports = [data.from, data.to].filter((port) => port !== undefined);
    // Workers take no flags from this process: --input-type and the like are for the main script only.
    const resourceLimits = {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      ...(oldGenerationMb === undefined ? {} : { maxOldGenerationSizeMb: oldGenerationMb }),
    };
    return new Worker(url, { workerData: data, transferList: ports, execArgv: [], resourceLimits });
  });
}

/**
 * Worker threads started before their batch's inputs are known, one stage each (one lane each), so they
 * load their code (and, from `early`, what they can: a bank) while this thread reads the inputs. The
 * batch (runInOrder, with `started`) sends them its settings and takes as many as it has lanes; `end`
 * ends them all, whether the batch ran or not (it is needed when the batch never runs, as the threads
 * would otherwise keep the process alive).
 */
export interface StartedThreads {
  stop: Int32Array;
  /** Set if a thread crashed, or ended by itself, before the batch began. */
  crash?: string;
  exited?: number;
  /** Sends each of the first `lanes` threads the batch's settings, ends the others, and gives the lanes. */
  take(lanes: number, settings: unknown): Worker[][];
  end(): Promise<void>;
}

/** Starts `threads` threads of one stage, each given `early` as its settings; the stage serves with serveStageOnceSet. */
export function startThreads(stage: URL, threads: number, early: unknown): StartedThreads {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads }, () => startPipeline([stage], early, stop, undefined)[0]!);
  const started: StartedThreads = {
    stop,
    take(lanes, settings) {
      const taken = workers.slice(0, lanes);
      for (const worker of workers.slice(lanes)) void worker.terminate();
      for (const worker of taken) worker.postMessage({ settings } satisfies SetupMessage);
      return taken.map((worker) => [worker]);
    },
    end: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
  for (const worker of workers) {
    // Until the batch listens, a thread's crash is kept for it (and an unheard 'error' would end this process).
    worker.on('error', (error) => (started.crash ??= error.stack ?? String(error)));
    worker.on('exit', (code) => (started.exited ??= code));
  }
  return started;
}

/** In a stage's worker thread: the settings the batch was started with (for a thread of startThreads, its `early` settings). */
export function stageSettings<Settings>(): Settings {
  return (workerData as StageData).settings as Settings;
}

/**
 * In a stage's worker thread: handles the items of each message from the stage before (or the main
 * thread), in order, one message after another, and passes the results on. A bug stops a message after
 * the results before it, and a bug from an earlier stage is passed on after the items before it.
 */
export function serveStage<Item, Result>(handle: (item: Item) => Result | Promise<Result>): void {
  serveMessages(handle);
}

/**
 * serveStage for a thread of startThreads: its first message is the batch's settings, from which
 * `setup` makes the handler of every item after it.
 */
export function serveStageOnceSet<Settings, Item, Result>(setup: (settings: Settings) => Handler<Item, Result> | Promise<Handler<Item, Result>>): void {
  serveMessages(undefined, setup as (settings: unknown) => Handler<Item, Result> | Promise<Handler<Item, Result>>);
}

type Handler<Item, Result> = (item: Item) => Result | Promise<Result>;

function serveMessages<Item, Result>(
  ready: Handler<Item, Result> | undefined,
  setup?: (settings: unknown) => Handler<Item, Result> | Promise<Handler<Item, Result>>,
): void {
  let handle = ready;
  const { from, to, stop } = workerData as StageData;
  const input = from ?? parentPort!;
  const output = to ?? parentPort!;
  // A message that cannot be read back has lost its index: stop this thread, and the batch with it.
  input.on('messageerror', (error) => {
    throw error;
  });
  // Each message waits for the one before it. Messages that arrive together are delivered together, and
  // each handler ran to its first await: a dozen messages took turns at every await, so a dozen files
  // were under way in one thread, and what each had made outlived the young generation's collections,
  // which copied it and moved it to the old one (in a batch of 2,000 files, --trace-gc timed 2 s of
  // scavenging a worker, against 0.4 s one message at a time, on a loaded machine).
  let queue = Promise.resolve();
  input.on('message', (message: StageMessage<Item> | SetupMessage) => {
    if ('settings' in message) {
      // A bug in setting up is one in the thread: it ends, and the batch stops with its stack.
      queue = queue.then(async () => {
        handle = await setup!(message.settings);
      });
      return;
    }
    queue = queue.then(() => serveMessage(message));
  });
  const serveMessage = async ({ index, items, bug, stopped }: StageMessage<Item>) => {
    const reply: StageMessage<Result> = { index, items: [] };
    try {
      for (const item of items) {
        if (Atomics.load(stop, 0) === 1) {
          reply.stopped = true;
          break;
        }
        reply.items.push(await handle!(item));
      }
      if (stopped) reply.stopped = true;
      if (bug !== undefined && reply.items.length === items.length) reply.bug = bug;
    } catch (error) {
      reply.bug = bugText(error);
    }
    output.postMessage(reply);
  };
}

const bugText = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError('interrupted');
}
