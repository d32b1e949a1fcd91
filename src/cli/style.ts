// Colour for the terminal, through the formatters' Style so they stay pure.
import { plainStyle, type Style } from '../format/style.js';
import type { Io, TerminalStream } from './host.js';

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
