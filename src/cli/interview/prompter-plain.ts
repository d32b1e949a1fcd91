// The plain mode: numbered options (chosen by number, label or value) and typed lines, read with node:readline, with no cursor movement or
// redraw, so screen readers and simple terminals read it as it is written.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { InterruptedError } from '../../core/errors.js';
import type { Ask, CheckboxAsk, Choice, InputAsk, Prompter, Reply, SelectAsk } from './prompter.js';
import { wrapLines } from './wrap.js';
import { en } from '../../core/words/en.js';
import type { Words } from '../../core/words/index.js';

type Said = Words['interview'];

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
    /** The interview's words, in its language. */
    private readonly words: Said = en.interview,
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
    const columns = (this.output as { columns?: number }).columns;
    // Broken at word boundaries where the width is known (a terminal), so no word is split at the edge.
    this.output.write(`${columns ? wrapLines(text, columns).join('\n') : text}\n`);
  }

  /** Said as any line is: the plain mode never erases. */
  note(text: string): void {
    this.say(text);
  }

  async select(ask: SelectAsk): Promise<Reply<number>> {
    const keys = keysOf(ask.choices);
    this.list(ask.message, ask.choices, keys);
    const current = ask.initial === undefined ? '' : ` [${keys[ask.initial]}]`;
    for (;;) {
      const line = await this.ask(this.words.choose(range(keys, this.words), current, extras(ask, this.words)));
      const nav = navigation(ask, line);
      if (nav) return nav;
      if (line === '' && ask.initial !== undefined) return { kind: 'answer', value: ask.initial };
      const index = choiceNamed(ask.choices, keys, line);
      if (index !== undefined) return { kind: 'answer', value: index };
      this.say(this.words.enterRange(range(keys, this.words, 'or')));
    }
  }

  async checkbox(ask: CheckboxAsk): Promise<Reply<number[]>> {
    const keys = keysOf(ask.choices);
    this.list(ask.message, ask.choices, keys);
    const current = ask.initial.length === 0 ? '' : ` [${ask.initial.map((i) => keys[i]).join(',')}]`;
    for (;;) {
      const line = await this.ask(this.words.chooseSeveral(current, extras(ask, this.words)));
      const nav = navigation(ask, line);
      if (nav) return nav;
      const chosen = line === '' ? [...ask.initial] : parseList(line, (piece) => choiceNamed(ask.choices, keys, piece));
      if (chosen === undefined) {
        this.say(this.words.enterSeveral(range(keys, this.words, 'to'), keys.slice(0, 2).join(',')));
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
      const line = await this.ask(`${ask.message}${current}${extras(ask, this.words)}: `);
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

  /** The question and its choices: numbered, or by their own keys, which their labels begin with. */
  private list(message: string, choices: readonly Choice[], keys: readonly string[]): void {
    this.say(message);
    choices.forEach((choice, i) => this.say(choice.key === undefined ? `  ${keys[i]}) ${choice.label}` : `  ${choice.label}`));
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

function extras(ask: Ask, words: Said): string {
  const keys = [...(ask.hasHelp ? [`${HELP} ${words.help}`] : []), ...(ask.canGoBack ? [`${BACK} ${words.back}`] : [])];
  return keys.length === 0 ? '' : ` (${keys.join(', ')})`;
}

function navigation(ask: Ask, line: string): Reply<never> | undefined {
  if (line === HELP && ask.hasHelp) return { kind: 'help' };
  if (line === BACK && ask.canGoBack) return { kind: 'back' };
  return undefined;
}

/**
 * What is typed to choose each choice: its own key (a scale's point, already at the start of its label),
 * or else a list number, counted on past any numeric key so that no two choices share one.
 */
function keysOf(choices: readonly Choice[]): string[] {
  let next = 1;
  return choices.map((choice) => {
    if (choice.key !== undefined) {
      const n = Number(choice.key);
      if (Number.isInteger(n) && n >= next) next = n + 1;
      return choice.key;
    }
    return String(next++);
  });
}

/** "1-3" for keys that run in order (a scale's, best first, run down: still "1-5"), else the keys listed; `word` joins the ends in a sentence ("1 to 3"). */
function range(keys: readonly string[], words: Said, word?: 'to' | 'or'): string {
  const numbers = keys.map(Number);
  const runs = (step: number) => numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1]! + step));
  if ((runs(1) || runs(-1)) && keys.length > 1) {
    const [low, high] = [String(Math.min(...numbers)), String(Math.max(...numbers))];
    return word === 'or' ? words.numberFrom(low, high) : word === 'to' ? words.to(low, high) : `${low}-${high}`;
  }
  return keys.join(', ');
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').toLowerCase();

/** The choice a typed answer names, case-insensitively: by its number or key first, then its label, then its other words. */
function choiceNamed(choices: readonly Choice[], keys: readonly string[], typed: string): number | undefined {
  const text = normalise(typed);
  if (text === '') return undefined;
  const byKey = keys.findIndex((key) => normalise(key) === text);
  if (byKey >= 0) return byKey;
  const byLabel = choices.findIndex((choice) => normalise(choice.label) === text);
  if (byLabel >= 0) return byLabel;
  const byWord = choices.findIndex((choice) => choice.words?.some((word) => normalise(word) === text));
  return byWord >= 0 ? byWord : undefined;
}

/**
 * "1, 3", "1 3" or "partly, Street surgeries" → the chosen indexes in order; undefined when any entry names
 * no choice. An entry that names nothing is tried together with the next ones, for labels with commas.
 */
function parseList(line: string, named: (piece: string) => number | undefined): number[] | undefined {
  const pieces = line
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);
  const chosen = new Set<number>();
  for (let i = 0; i < pieces.length;) {
    let found: number | undefined;
    let used = 0;
    for (let j = i; j < pieces.length && found === undefined; j++) {
      found = named(pieces.slice(i, j + 1).join(', '));
      used = j - i + 1;
    }
    if (found !== undefined) {
      chosen.add(found);
      i += used;
      continue;
    }
    // Numbers separated by spaces, as "1 3".
    const each = pieces[i]!.split(/\s+/).map(named);
    if (each.some((index) => index === undefined)) return undefined;
    for (const index of each) chosen.add(index!);
    i++;
  }
  return [...chosen].sort((a, b) => a - b);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
