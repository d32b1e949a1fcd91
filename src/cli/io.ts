// The outside world a command may touch, passed in so tests can run `main` in-process when they need to.
import type { Readable, Writable } from 'node:stream';
import { plainStyle, type Style } from '../format/style.js';

export interface TerminalStream extends Writable {
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: TerminalStream;
  stderr: TerminalStream;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/**
 * Colour follows the terminal: FORCE_COLOR wins (as in Node itself), then NO_COLOR and TERM=dumb turn it
 * off, and output that is not a terminal never gets escape codes. chalk 5 does not read NO_COLOR itself.
 */
export function colorEnabled(stream: TerminalStream, env: Io['env']): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

export async function styleFor(stream: TerminalStream, env: Io['env']): Promise<Style> {
  if (!colorEnabled(stream, env)) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    green: (t) => chalk.green(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}

/** Paths in messages: relative to where the user stands when that is shorter. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (file === '-') return '<stdin>';
  if (!file.startsWith('/')) return file;
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
