// The batch runner on its own, with stand-in pipeline stages: results in input order through one stage or
// two, the results before a bug (in either stage) still delivered, and an abort that stops the batch
// between results.
import { describe, expect, test } from '@jest/globals';
import { runInOrder, WorkerBug } from '../src/batch/run-in-order.js';
import { InterruptedError } from '../src/core/errors.js';

const upper = new URL('./fixtures/workers/upper-stage.mjs', import.meta.url);
const mark = new URL('./fixtures/workers/mark-stage.mjs', import.meta.url);
const delay = new URL('./fixtures/workers/delay-stage.mjs', import.meta.url);
const overlap = new URL('./fixtures/workers/overlap-stage.mjs', import.meta.url);
const limit = new URL('./fixtures/workers/limit-stage.mjs', import.meta.url);
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
