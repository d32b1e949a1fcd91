// The outside world a command may touch, passed in so tests can run `main` in-process with their own:
// the streams, the environment, the working directory, the process id and signals.
import type { Readable, Writable } from 'node:stream';

export interface TerminalStream extends Writable {
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: TerminalStream;
  stderr: TerminalStream;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  pid: number;
  /** Calls `handler` on each of these signals until the function it returns is called. */
  onSignals(signals: readonly NodeJS.Signals[], handler: () => void): () => void;
  /**
   * Aborted (by `main`) when stdout or stderr can no longer be written: the reader went away (`| head`),
   * or the disk behind a redirect is full. A long run stops at once on it.
   */
  outputError?: AbortSignal;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    pid: process.pid,
    onSignals(signals, handler) {
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.off(signal, handler);
      };
    },
  };
}

/** Paths in messages: relative to where the user stands when that is shorter. */
export function displayPath(file: string, cwd: string): string {
  if (file === '-') return '<stdin>';
  if (!file.startsWith('/')) return file;
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
