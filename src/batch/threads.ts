// How many worker threads a large batch (`assess`, `import`) runs on, from how many inputs, and how V8
// collects their garbage.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** Below this many inputs, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 64;

/**
 * A large batch runs on this many worker threads, each doing the same work to the inputs it is handed,
 * the main thread reading them (and, for `import`, writing): one for each core, up to four (each holds
 * its own bank and compiled code), and one on a single core, so that this thread stays free to take
 * Ctrl-C.
 */
export const BATCH_THREADS = Math.max(1, Math.min(4, availableParallelism()));

/**
 * The V8 flags a batch sets for the whole process before its first worker starts. V8 splits each
 * collection of a young generation into parallel tasks, up to one per thread of its pool (four in Node)
 * and one more. When the batch's threads already take every core, those tasks only wait for cores the
 * other threads hold, so each collection runs on the collecting thread alone: for 5,000 answer files on
 * two cores, 4 to 6% less wall time (DEVELOPERS.md, issue 27). With more cores than threads, the
 * tasks have cores to run on, and V8's default stays.
 */
export function batchV8Flags(cores: number, threads: number): string[] {
  return threads >= cores ? ['--no-parallel-scavenge'] : [];
}

/**
 * Sets batchV8Flags for this machine; setting them again, as each worker starts, changes nothing. V8 reads
 * this flag at each collection (its own tests set it on a running isolate).
 */
export function setBatchV8Flags(): void {
  for (const flag of batchV8Flags(availableParallelism(), BATCH_THREADS)) setFlagsFromString(flag);
}
