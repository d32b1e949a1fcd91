// The batch runner on its own, with stand-in pipeline stages: results in input order through one stage or
// two, the results before a bug (in either stage) still delivered, and an abort that stops the batch
// between results.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { runInOrder, startThreads, WorkerBug } from '../src/batch/run-in-order.js';
import { BATCH_THREADS, batchV8Flags } from '../src/batch/threads.js';
import { InterruptedError } from '../src/core/errors.js';

const upper = new URL('./fixtures/workers/upper-stage.mjs', import.meta.url);
const mark = new URL('./fixtures/workers/mark-stage.mjs', import.meta.url);
const delay = new URL('./fixtures/workers/delay-stage.mjs', import.meta.url);
const overlap = new URL('./fixtures/workers/overlap-stage.mjs', import.meta.url);
const settable = new URL('./fixtures/workers/set-stage.mjs', import.meta.url);
const limit = new URL('./fixtures/workers/limit-stage.mjs', import.meta.url);
const decode = new URL('./fixtures/workers/decode-stage.mjs', import.meta.url);
const garbage = new URL('./fixtures/workers/garbage-stage.mjs', import.meta.url);
const inputs = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);

async function collect(source: AsyncGenerator<string>, onResult?: (got: string[]) => void): Promise<{ got: string[]; error?: unknown }> {
  const got: string[] = [];
  try {
    for await (const result of source) {
      got.push(result);
      onResult?.(got);
    }
  } catch (error) {
    return { got, error };
  }
  return { got };
}

describe('runInOrder on worker threads', () => {
  test('yields every result in input order, across messages, through one stage', async () => {
    const { got, error } = await collect(runInOrder(inputs(45), { stages: [upper], settings: null }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(45).map((s) => s.toUpperCase()));
  });

  test('passes every input through each stage in turn, results in input order', async () => {
    const { got, error } = await collect(runInOrder(inputs(150), { stages: [upper, mark], settings: null }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(150).map((s) => `${s.toUpperCase()}!`));
  });

  test('hands the first stage what prepare made of each input here', async () => {
    const madeHere: string[] = [];
    const prepare = (input: string) => {
      madeHere.push(input);
      return `${input}-read`;
    };
    const { got, error } = await collect(runInOrder(inputs(30), { stages: [upper, mark], settings: null, prepare }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(30).map((s) => `${s.toUpperCase()}-READ!`));
    expect(madeHere).toEqual(inputs(30));
  });

  test('moves what transfer names of each prepared input to the stage, rather than copying it', async () => {
    const madeHere: Uint8Array[] = [];
    const prepare = (input: string) => {
      const bytes = new TextEncoder().encode(input);
      madeHere.push(bytes);
      return bytes;
    };
    const transfer = (prepared: unknown) => (prepared as Uint8Array<ArrayBuffer>).buffer;
    const { got, error } = await collect(runInOrder(inputs(30), { stages: [decode], threads: 2, settings: null, prepare, transfer }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(30).map((s) => s.toUpperCase()));
    // Moved to the worker: nothing of them is left in this thread.
    expect(madeHere.map((bytes) => bytes.byteLength)).toEqual(inputs(30).map(() => 0));
  });

  test('keeps input order when the threads finish their messages out of order', async () => {
    const { got, error } = await collect(runInOrder(inputs(120), { stages: [delay, mark], threads: 2, settings: null }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(120).map((s) => `${s.toUpperCase()}!`));
  });

  test('a thread handles one input at a time, however many messages wait for it', async () => {
    // Many files under way at once in one thread kept each one's data alive through the garbage
    // collector's young-generation passes, which then copied it: CPU and memory that grew with the batch.
    const { got, error } = await collect(runInOrder(inputs(80), { stages: [overlap], settings: null }));
    expect(error).toBeUndefined();
    expect(got).toEqual(inputs(80).map((s) => `${s}:1`));
  });

  test('with a limit on memory, a message holding an input too large for it goes to a thread without one', async () => {
    // Answer files of a few KB fill a thread's heap with dead data until V8's first full collection,
    // which a lower limit brings sooner; the one file too large for it goes where memory is not limited.
    const tooLarge = (item: unknown) => item === 'i20';
    const { got, error } = await collect(runInOrder(inputs(40), { stages: [limit], threads: 2, settings: null, limit: { oldGenerationMb: 64, tooLarge } }));
    expect(error).toBeUndefined();
    const limits = got.map((result) => Number(result.split(':')[1]));
    expect(got.map((result) => result.split(':')[0])).toEqual(inputs(40));
    // i16 to i23 travel in one message, to the thread without the limit.
    limits.forEach((mb, i) => (i >= 16 && i < 24 ? expect(mb).toBeGreaterThan(256) : expect(mb).toBeLessThan(128)));
  });

  test('a bug mid-message in the first stage still delivers the results before it, through the second', async () => {
    const list = inputs(20);
    list[10] = 'boom'; // the third input of the second message of eight
    const { got, error } = await collect(runInOrder(list, { stages: [upper, mark], settings: null }));
    expect(got).toEqual(list.slice(0, 10).map((s) => `${s.toUpperCase()}!`));
    expect(error).toBeInstanceOf(WorkerBug);
    expect((error as Error).message).toContain('boom in the first stage');
  });

  test('a bug in prepare stops the batch after the results of the inputs before it', async () => {
    const list = inputs(40);
    list[21] = 'unreadable'; // the sixth input of the third message
    const prepare = (input: string) => {
      if (input === 'unreadable') throw new Error('prepare failed here');
      return input;
    };
    const { got, error } = await collect(runInOrder(list, { stages: [upper, mark], settings: null, prepare }));
    expect(got).toEqual(list.slice(0, 21).map((s) => `${s.toUpperCase()}!`));
    expect(error).toBeInstanceOf(WorkerBug);
    expect((error as Error).message).toContain('prepare failed here');
  });

  test('a bug in the second stage stops the batch after the results before it', async () => {
    const list = inputs(20);
    list[13] = 'bang';
    const { got, error } = await collect(runInOrder(list, { stages: [upper, mark], settings: null }));
    expect(got).toEqual(list.slice(0, 13).map((s) => `${s.toUpperCase()}!`));
    expect(error).toBeInstanceOf(WorkerBug);
    expect((error as Error).message).toContain('bang in the second stage');
  });

  test('an abort stops it at the next result, even when later results are ready', async () => {
    const interrupt = new AbortController();
    const source = runInOrder<string>(inputs(40), { stages: [upper, mark], settings: null }, { abort: interrupt.signal });
    const { got, error } = await collect(source, (sofar) => sofar.length === 3 && interrupt.abort());
    expect(got).toEqual(['I0!', 'I1!', 'I2!']);
    expect(error).toBeInstanceOf(InterruptedError);
  });
});

describe('threads started before their batch', () => {
  test("take the batch's settings as their first message, serve every input in order, and are ended when it ends", async () => {
    const started = startThreads(settable, 3, 'early');
    // The batch has two messages of eight inputs, so it takes two of the three threads and ends the third.
    const { got, error } = await collect(runInOrder<string>(inputs(16), { stages: [settable], threads: 3, started, settings: 'late' }));
    expect(error).toBeUndefined();
    expect(got.map((r) => r.replace(/:\d+$/, ''))).toEqual(inputs(16).map((s) => `early+late:${s}`));
    expect(new Set(got.map((r) => r.split(':').at(-1))).size).toBe(2);
    await started.end(); // ending them again is harmless
  });

  test('a thread that failed before the batch began stops it with its stack; threads never used are ended', async () => {
    const failing = startThreads(settable, 2, 'fail to start');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { got, error } = await collect(runInOrder<string>(inputs(20), { stages: [settable], threads: 2, started: failing, settings: 'late' }));
    expect(got).toEqual([]);
    expect(error).toBeInstanceOf(WorkerBug);
    expect((error as Error).message).toContain('this thread could not start');
    // Started, never used (a batch that turned out small): end() lets the process go.
    const unused = startThreads(settable, 2, 'early');
    await unused.end();
  });

  test('a bug in a thread started early stops the batch after the results before it', async () => {
    const list = inputs(20);
    list[12] = 'boom';
    const started = startThreads(settable, 2, 'early');
    const { got, error } = await collect(runInOrder<string>(list, { stages: [settable], threads: 2, started, settings: 'late' }));
    expect(got.map((r) => r.replace(/:\d+$/, ''))).toEqual(list.slice(0, 12).map((s) => `early+late:${s}`));
    expect(error).toBeInstanceOf(WorkerBug);
    expect((error as Error).message).toContain('boom in a thread started early');
  });
});

describe('runInOrder in this thread', () => {
  test('an abort does not wait for a task that never ends (a file on stdin with no input)', async () => {
    const interrupt = new AbortController();
    const never = () => new Promise<string>(() => {});
    setTimeout(() => interrupt.abort(), 10);
    const { got, error } = await collect(runInOrder(['-'], { here: never }, { abort: interrupt.signal }));
    expect(got).toEqual([]);
    expect(error).toBeInstanceOf(InterruptedError);
  });

  test('a signal that comes during the last input is heard before the batch ends', async () => {
    const stop = new AbortController();
    // A signal during synchronous work reaches its listener at the next turn of the event loop.
    const slow = async (input: string) => {
      setImmediate(() => stop.abort());
      return input;
    };
    const { got } = await collect(runInOrder(['a'], { here: slow }, { stop: stop.signal }));
    expect(got).toEqual(['a']);
    // Heard by now, not after the batch (and its listener) had gone.
    expect(stop.signal.aborted).toBe(true);
  });
});

describe("the batch's V8 flags", () => {
  test('collections run on one thread only where the batch takes every core', () => {
    expect(batchV8Flags(1, 1)).toEqual(['--no-parallel-scavenge']);
    expect(batchV8Flags(2, 2)).toEqual(['--no-parallel-scavenge']);
    expect(batchV8Flags(4, 4)).toEqual(['--no-parallel-scavenge']);
    expect(batchV8Flags(8, 4)).toEqual([]);
  });

  /**
   * How many of each thread's young-generation collections V8's background threads helped with, by
   * `--trace-gc-nvp`, for a script run as a process: the busiest thread's count and its collections.
   */
  function helpedCollections(script: string): { collections: number; helped: number } {
    const run = spawnSync(process.execPath, ['--trace-gc-nvp', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const byIsolate = new Map<string, { collections: number; helped: number }>();
    for (const line of run.stdout.split('\n')) {
      const found = /^\[\d+:(0x[0-9a-f]+)\].*\bgc=s\b.*\bbackground\.scavenge\.parallel=([\d.]+)/.exec(line);
      if (found === null) continue;
      const counts = byIsolate.get(found[1]!) ?? { collections: 0, helped: 0 };
      counts.collections++;
      if (Number(found[2]) > 0) counts.helped++;
      byIsolate.set(found[1]!, counts);
    }
    return [...byIsolate.values()].sort((a, b) => b.collections - a.collections)[0] ?? { collections: 0, helped: 0 };
  }

  // V8 reads the flag at each collection, and the batch sets it once the process runs: the test is that
  // the batch's workers do collect alone, where a worker started without it is helped.
  (batchV8Flags(availableParallelism(), BATCH_THREADS).length > 0 ? test : test.skip)(
    "the batch's workers collect their young generation without V8's helper threads",
    () => {
      const inputs = JSON.stringify(Array.from({ length: 40 }, (_, i) => `i${i}`));
      const batch = helpedCollections(`
        import { runInOrder } from ${JSON.stringify(new URL('../dist/batch/run-in-order.js', import.meta.url).href)};
        for await (const _ of runInOrder(${inputs}, { stages: [new URL(${JSON.stringify(garbage.href)})], settings: null })) {}`);
      const plain = helpedCollections(`
        import { Worker } from 'node:worker_threads';
        const code = 'let kept = []; for (let i = 0; i < 8000000; i++) { kept.push({ i }); if (kept.length > 1000) kept = []; }';
        new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 6 } });`);
      expect(plain.collections).toBeGreaterThan(100);
      expect(plain.helped).toBeGreaterThan(0);
      expect(batch.collections).toBeGreaterThan(100);
      expect(batch.helped).toBe(0);
    },
    30_000,
  );
});
