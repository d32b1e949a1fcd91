// How many worker threads a large batch (`assess`, `import`) runs on, and from how many inputs.
import { availableParallelism } from 'node:os';

/** Below this many inputs, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 64;

/**
 * A large batch runs on this many worker threads, each doing the same work to the inputs it is handed,
 * the main thread reading them (and, for `import`, writing): one for each core, up to four (each holds
 * its own bank and compiled code), and one on a single core, so that this thread stays free to take
 * Ctrl-C.
 */
export const BATCH_THREADS = Math.max(1, Math.min(4, availableParallelism()));
