// The full-screen mode: inquirer's select, checkbox and input prompts. Help and Back are keys, never
// choices: `?` and Esc (or ←) in a list, shown in the prompt's key hints beside inquirer's own; in a text
// prompt, Esc, or `?` and `<` typed on their own. Each prompt is erased when it ends, and an answer
// leaves one transcript line ("✔ question answer"), so the scrollback reads as the answers given and
// nothing else; Back also erases what was shown for the question it leaves (its progress marker, its help).
import { checkbox, input, select } from '@inquirer/prompts';
import type { Readable, Writable } from 'node:stream';
import { stripVTControlCharacters, styleText } from 'node:util';
import type { Ask, CheckboxAsk, InputAsk, Prompter, Reply, SelectAsk } from './prompter.js';

const same = (text: string) => text;
/** Inquirer colours through node:util's styleText, which does not know our NO_COLOR rules: this turns it off. */
const colourlessStyle = {
  answer: same,
  message: same,
  error: (text: string) => `> ${text}`,
  defaultAnswer: (text: string) => `(${text})`,
  help: same,
  highlight: same,
  key: (text: string) => `<${text}>`,
  description: same,
  disabled: same,
};

/** A key as node:readline reports it. */
interface Keypress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/** Which keys a prompt takes for help and back: a list takes `?` and ← too; a text prompt, where they are typing, only Esc. */
type KeySet = 'list' | 'text';

export class InquirerPrompter implements Prompter {
  /** What `say` wrote since the last answer: the lines Back erases. */
  private pending: string[] = [];
  /** The ticks of a list left for its help, to start from when it is asked again. */
  private ticksAfterHelp: { message: string; ticks: number[] } | undefined;
  private readonly colour: boolean;

  constructor(
    private readonly stdin: Readable,
    private readonly stdout: Writable,
    colour: boolean,
    private readonly signal?: AbortSignal,
  ) {
    this.colour = colour;
  }

  say(text: string): void {
    this.stdout.write(`${text}\n`);
    this.pending.push(text);
  }

  async select(ask: SelectAsk): Promise<Reply<number>> {
    const reply = await this.prompt(ask, 'list', (context) =>
      select(
        {
          message: ask.message,
          choices: ask.choices.map((choice, value) => ({ name: choice.label, value })),
          ...(ask.initial === undefined ? {} : { default: ask.initial }),
          pageSize: Math.max(7, ask.choices.length),
          loop: false,
          theme: this.listTheme(ask),
        },
        context,
      ),
    );
    if (reply.kind === 'answer') this.transcript(ask.message, ask.choices[reply.value]!.label);
    return reply;
  }

  async checkbox(ask: CheckboxAsk): Promise<Reply<number[]>> {
    // Asked again straight after its help, the list keeps the ticks it had.
    const initial = this.ticksAfterHelp?.message === ask.message ? this.ticksAfterHelp.ticks : ask.initial;
    this.ticksAfterHelp = undefined;
    const ticks = new TickMirror(ask.choices.length, initial);
    const reply = await this.prompt(
      ask,
      'list',
      (context) =>
        checkbox(
          {
            message: ask.message,
            choices: ask.choices.map((choice, value) => ({ name: choice.label, value, checked: initial.includes(value) })),
            pageSize: Math.max(7, ask.choices.length),
            loop: false,
            theme: this.listTheme(ask),
            // "Select all" would pick exclusive options too.
            shortcuts: { all: null, invert: null },
            validate: (chosen) => ask.problem(chosen.map((choice) => choice.value)) ?? true,
          },
          context,
        ),
      (key) => ticks.press(key),
    );
    if (reply.kind === 'help') this.ticksAfterHelp = { message: ask.message, ticks: ticks.ticked() };
    if (reply.kind === 'answer') this.transcript(ask.message, reply.value.map((i) => ask.choices[i]!.label).join(', '));
    return reply;
  }

  async input(ask: InputAsk): Promise<Reply<string>> {
    const keys = [...(ask.hasHelp ? ['? help'] : []), ...(ask.canGoBack ? ['< or esc back'] : [])];
    const reply = await this.prompt(ask, 'text', (context) =>
      input(
        {
          message: keys.length === 0 ? ask.message : `${ask.message} (${keys.join(', ')})`,
          ...(ask.initial === undefined ? {} : { default: ask.initial }),
          theme: this.theme(),
          validate: (value) => typed(ask, value) !== undefined || (ask.problem(value) ?? true),
        },
        context,
      ),
    );
    if (reply.kind !== 'answer') return reply;
    const nav = typed(ask, reply.value);
    if (nav) return this.navigated(nav);
    this.transcript(ask.message, reply.value.trim());
    return reply;
  }

  close(): void {
    // Each inquirer prompt releases the terminal when it finishes; nothing stays open.
  }

  /**
   * Runs one inquirer prompt, erased when it ends, and watches the keys for help and back: such a key
   * ends the prompt (through its abort signal, which inquirer supports) with that reply instead.
   */
  private async prompt<T>(ask: Ask, keys: KeySet, run: (context: object) => Promise<T>, watch?: (key: Keypress) => void): Promise<Reply<T>> {
    const local = new AbortController();
    let nav: Reply<never> | undefined;
    const onKey = (_text: string | undefined, key: Keypress | undefined) => {
      // A lone Esc comes as { name: 'escape', meta: true }, once readline's escape-code wait is over.
      if (nav || key === undefined || key.ctrl) return;
      if (ask.hasHelp && keys === 'list' && key.sequence === '?') nav = { kind: 'help' };
      else if (ask.canGoBack && (key.name === 'escape' || (keys === 'list' && key.name === 'left'))) nav = { kind: 'back' };
      else return watch?.(key);
      local.abort();
    };
    this.stdin.on('keypress', onKey);
    const signal = this.signal ? AbortSignal.any([this.signal, local.signal]) : local.signal;
    try {
      return { kind: 'answer', value: await run({ input: this.stdin, output: this.stdout, signal, clearPromptOnDone: true }) };
    } catch (error) {
      if (nav && !this.signal?.aborted && error instanceof Error && error.name === 'AbortPromptError') return this.navigated(nav);
      throw error;
    } finally {
      this.stdin.off('keypress', onKey);
    }
  }

  /** Help leaves the screen as it is; Back erases what was shown for the question it leaves. */
  private navigated<T>(nav: Reply<T>): Reply<T> {
    if (nav.kind === 'back') {
      const rows = this.pending.reduce((sum, text) => sum + rowsOf(text, columnsOf(this.stdout)), 0);
      // Up to the first of those lines, and erase from there down; a terminal stops at its top row.
      if (rows > 0) this.stdout.write(`\x1b[${rows}A\r\x1b[J`);
      this.pending = [];
    }
    return nav;
  }

  /** The line an answer leaves on screen, as inquirer draws a finished prompt. */
  private transcript(message: string, answer: string): void {
    const [tick, question, given] = this.colour ? [styleText('green', '✔'), styleText('bold', message), styleText('cyan', answer)] : ['✔', message, answer];
    this.stdout.write(`${[tick, question, given].filter((part) => stripVTControlCharacters(part) !== '').join(' ')}\n`);
    this.pending = [];
  }

  /** Inquirer's theme: its own, or without colour. */
  private theme() {
    return this.colour ? {} : { prefix: { idle: '?', done: '✔' }, style: colourlessStyle };
  }

  /** The theme of a list, with the help and back keys added to inquirer's own key hints. */
  private listTheme(ask: Ask) {
    const navigation: [string, string][] = [];
    if (ask.hasHelp) navigation.push(['?', 'help']);
    if (ask.canGoBack) navigation.push(['esc', 'back']);
    const [key, action, dot] = this.colour
      ? [(t: string) => styleText('bold', t), (t: string) => styleText('dim', t), styleText('dim', ' • ')]
      : [same, same, ' • '];
    const keysHelpTip = (keys: [string, string][]) => [...keys, ...navigation].map(([k, a]) => `${key(k)} ${action(a)}`).join(dot);
    const theme = this.theme();
    return { ...theme, style: { ...theme.style, keysHelpTip } };
  }
}

/**
 * Follows the ticks of inquirer's checkbox from the keys it is given, as it reads them (cursor up and down,
 * space, a digit for that option), so a list left for its help comes back as it was. The list has no
 * separators, disabled options or wrap-around, and its select-all and invert shortcuts are off.
 */
class TickMirror {
  private active = 0;
  private readonly checked: boolean[];

  constructor(
    private readonly count: number,
    initial: readonly number[],
  ) {
    this.checked = Array.from({ length: count }, (_, i) => initial.includes(i));
  }

  press(key: Keypress): void {
    if (key.name === 'up') this.active = Math.max(0, this.active - 1);
    else if (key.name === 'down') this.active = Math.min(this.count - 1, this.active + 1);
    else if (key.name === 'space') this.checked[this.active] = !this.checked[this.active];
    else if (key.name !== undefined && /^[1-9]$/.test(key.name) && Number(key.name) <= this.count) {
      this.active = Number(key.name) - 1;
      this.checked[this.active] = !this.checked[this.active];
    }
  }

  ticked(): number[] {
    return this.checked.flatMap((on, i) => (on ? [i] : []));
  }
}

/** Help or back typed on its own in a text prompt: `?` or `<`. */
function typed(ask: Ask, text: string): Reply<never> | undefined {
  const trimmed = text.trim();
  if (trimmed === '?' && ask.hasHelp) return { kind: 'help' };
  if (trimmed === '<' && ask.canGoBack) return { kind: 'back' };
  return undefined;
}

function columnsOf(stream: Writable): number {
  const columns = (stream as { columns?: number }).columns;
  return columns !== undefined && columns > 0 ? columns : 80;
}

/** The terminal rows some text takes: each line at least one, a long one wrapped at the width. */
function rowsOf(text: string, columns: number): number {
  let rows = 0;
  for (const line of text.split('\n')) rows += Math.max(1, Math.ceil([...stripVTControlCharacters(line)].length / columns));
  return rows;
}
