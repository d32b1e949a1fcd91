// The plain mode: numbered options and typed lines, read with node:readline, with no cursor movement or
// redraw, so screen readers and simple terminals read it as it is written.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { InterruptedError } from '../../core/errors.js';
import type { Ask, CheckboxAsk, InputAsk, Prompter, Reply, SelectAsk } from './prompter.js';

const HELP = '?';
const BACK = '<';

export class PlainPrompter implements Prompter {
  private readonly lines: string[] = [];
  private waiting: { resolve(line: string): void; reject(error: Error): void } | undefined;
  private ended = false;
  private readonly reader: Interface;

  constructor(
    input: Readable,
    private readonly output: Writable,
    signal?: AbortSignal,
  ) {
    // terminal: false keeps readline from echoing or redrawing; the terminal's own line editing does the rest.
    this.reader = createInterface({ input, terminal: false });
    this.reader.on('line', (line) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(line);
      } else this.lines.push(line);
    });
    this.reader.on('close', () => this.end());
    signal?.addEventListener('abort', () => this.end(), { once: true });
  }

  say(text: string): void {
    this.output.write(`${text}\n`);
  }

  async select(ask: SelectAsk): Promise<Reply<number>> {
    this.say(ask.message);
    ask.choices.forEach((choice, i) => this.say(`  ${i + 1}) ${choice}`));
    const current = ask.initial === undefined ? '' : ` [${ask.initial + 1}]`;
    for (;;) {
      const line = await this.ask(`Choose 1-${ask.choices.length}${current}${extras(ask)}: `);
      const nav = navigation(ask, line);
      if (nav) return nav;
      if (line === '' && ask.initial !== undefined) return { kind: 'answer', value: ask.initial };
      const n = Number(line);
      if (Number.isInteger(n) && n >= 1 && n <= ask.choices.length) return { kind: 'answer', value: n - 1 };
      this.say(`Enter a number from 1 to ${ask.choices.length}.`);
    }
  }

  async checkbox(ask: CheckboxAsk): Promise<Reply<number[]>> {
    this.say(ask.message);
    ask.choices.forEach((choice, i) => this.say(`  ${i + 1}) ${choice}`));
    const current = ask.initial.length === 0 ? '' : ` [${ask.initial.map((i) => i + 1).join(',')}]`;
    for (;;) {
      const line = await this.ask(`Choose one or more, separated by commas${current}${extras(ask)}: `);
      const nav = navigation(ask, line);
      if (nav) return nav;
      const chosen = line === '' ? [...ask.initial] : parseList(line, ask.choices.length);
      if (chosen === undefined) {
        this.say(`Enter numbers from 1 to ${ask.choices.length}, such as 1,3.`);
        continue;
      }
      const problem = ask.problem(chosen);
      if (problem === undefined) return { kind: 'answer', value: chosen };
      this.say(capitalise(problem) + '.');
    }
  }

  async input(ask: InputAsk): Promise<Reply<string>> {
    const current = ask.initial === undefined ? '' : ` [${ask.initial}]`;
    for (;;) {
      const line = await this.ask(`${ask.message}${current}${extras(ask)}: `);
      const nav = navigation(ask, line);
      if (nav) return nav;
      const text = line === '' && ask.initial !== undefined ? ask.initial : line;
      const problem = ask.problem(text);
      if (problem === undefined) return { kind: 'answer', value: text };
      this.say(capitalise(problem) + '.');
    }
  }

  close(): void {
    this.reader.close();
  }

  private async ask(prompt: string): Promise<string> {
    this.output.write(prompt);
    const queued = this.lines.shift();
    if (queued !== undefined) return queued.trim();
    if (this.ended) throw new InterruptedError('input closed');
    return (await new Promise<string>((resolve, reject) => (this.waiting = { resolve, reject }))).trim();
  }

  private end(): void {
    this.ended = true;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(new InterruptedError('input closed'));
  }
}

function extras(ask: Ask): string {
  const keys = [...(ask.hasHelp ? [`${HELP} help`] : []), ...(ask.canGoBack ? [`${BACK} back`] : [])];
  return keys.length === 0 ? '' : ` (${keys.join(', ')})`;
}

function navigation(ask: Ask, line: string): Reply<never> | undefined {
  if (line === HELP && ask.hasHelp) return { kind: 'help' };
  if (line === BACK && ask.canGoBack) return { kind: 'back' };
  return undefined;
}

/** "1, 3" → [0, 2]; undefined when any entry is not a choice number. */
function parseList(line: string, count: number): number[] | undefined {
  const numbers = line
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > count)) return undefined;
  return [...new Set(numbers)].sort((a, b) => a - b).map((n) => n - 1);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
