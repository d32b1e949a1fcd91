// Runs the built CLI in a real pseudo-terminal (node-pty) and reads its screen output as a person would:
// by waiting for text to appear, never by timing.
import { spawn, type IPty } from 'node-pty';
import { fileURLToPath } from 'node:url';
import { screenLines } from './screen.js';

export const CLI = fileURLToPath(new URL('../../bin/ce-plan.js', import.meta.url));
export const FIXTURE_BANK = fileURLToPath(new URL('../fixtures/banks/example.yaml', import.meta.url));

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', left: '\x1b[D', space: ' ', escape: '\x1b', ctrlC: '\x03' } as const;
const SIZE = { columns: 120, rows: 40 };

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>]/g;
const stripAnsi = (text: string) => text.replace(ANSI, '');

/** A generous wait: a shared, busy machine may be slow, and a hang still fails rather than blocking. */
const WAIT_MS = 20_000;

export class Terminal {
  raw = '';
  /** Text already matched by waitFor; the next wait looks only after it. */
  private seen = 0;
  private listeners: (() => void)[] = [];
  readonly exited: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }) {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...options.env })) {
      if (value !== undefined && key !== 'CI') env[key] = value;
    }
    if (options.env?.['CI'] !== undefined) env['CI'] = options.env['CI'];
    this.pty = spawn(process.execPath, [CLI, ...args], { cols: SIZE.columns, rows: SIZE.rows, cwd: options.cwd, env });
    this.pty.onData((data) => {
      this.raw += data;
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  get text(): string {
    return stripAnsi(this.raw);
  }

  /** What the terminal shows now, scrollback included, one string per row, without trailing blank rows. */
  get screen(): string[] {
    const lines = screenLines(this.raw, SIZE);
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  /** Resolves once `text` appears after everything matched so far. */
  waitFor(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = this.text.indexOf(text, this.seen);
        if (at < 0) return false;
        this.seen = at + text.length;
        done();
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`waited for ${JSON.stringify(text)}; the screen ends with:\n${this.text.slice(-1500)}`));
      }, WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      const listener = () => void check();
      this.listeners.push(listener);
      check();
    });
  }

  /** Waits for `text`, then types `keys`. */
  async answer(text: string, ...keys: string[]): Promise<void> {
    await this.waitFor(text);
    for (const key of keys) this.pty.write(key);
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  /** The process under the terminal: the CLI itself. */
  get pid(): number {
    return this.pty.pid;
  }

  /** Ends the process: by default as a closed terminal does (SIGHUP); `SIGTERM` as a service stopping it; `SIGKILL` as a crash or `kill -9`. */
  kill(signal?: 'SIGTERM' | 'SIGKILL'): void {
    try {
      this.pty.kill(signal);
    } catch {
      // already gone
    }
  }
}
