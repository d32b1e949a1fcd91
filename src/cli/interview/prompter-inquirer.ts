// The full-screen mode: inquirer's select, checkbox and input prompts. Help and Back are keys, never
// choices: `?` and Esc (or ←) in a list, shown in the prompt's key hints beside inquirer's own; in a text
// prompt, Esc, or `?` and `<` typed on their own. Each prompt is erased when it ends, and an answer
// leaves one transcript line ("✔ question answer") in place of its notes (the progress marker, the help),
// so the scrollback reads as the section headings and the answers given, and nothing else; Back also
// erases what was shown for the question it leaves. Every line is broken at word boundaries to fit the
// terminal, so the rows written are the lines counted, and a word is never split at the edge.
import checkbox from '@inquirer/checkbox';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { Readable, Writable } from 'node:stream';
import { styleText } from 'node:util';
import type { Ask, CheckboxAsk, InputAsk, Prompter, Reply, SelectAsk } from './prompter.js';
import { wrapLines } from './wrap.js';

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

/**
 * A list's answer typed as a digit: the choice it names, to ask again with the cursor there; or, when ⏎
 * came straight after (typed ahead, or pasted), to take as the answer.
 */
type Jump = { kind: 'jump'; index: number; submit?: true };

/** What a list starts on when it has no answer yet: no option, so Enter alone chooses nothing. */
const NO_ANSWER_YET = -1;

/** The words an answer left blank leaves in its line. */
const SKIPPED = '(skipped)';

/** Lines written since the last answer, and whether they are the question's own notes (erased once it is answered). */
interface Written {
  rows: number;
  note: boolean;
}

export class InquirerPrompter implements Prompter {
  /** What `say` and `note` wrote since the last answer: Back erases it all, an answer its notes. */
  private pending: Written[] = [];
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
    this.pending.push({ rows: this.write(text), note: false });
  }

  note(text: string): void {
    this.pending.push({ rows: this.write(text), note: true });
  }

  /**
   * A list with no answer yet starts on an entry that is no option ("No answer yet"), which inquirer's
   * select shows but will not take (its cursor may rest on a disabled choice, and Enter there says why):
   * so Enter alone answers nothing, and no option is favoured by coming first. A digit picks the option it
   * names (a scale's point, or the option at that place), as inquirer's own count would include the entry.
   */
  async select(ask: SelectAsk): Promise<Reply<number>> {
    const blank = ask.initial === undefined;
    let start = ask.initial ?? NO_ANSWER_YET;
    const digits = new DigitPicker(ask.choices);
    for (;;) {
      const reply = await this.prompt<number, Jump>(
        ask,
        'list',
        (context) =>
          select(
            {
              message: ask.message,
              choices: [
                ...(blank ? [{ name: 'No answer yet', value: NO_ANSWER_YET, disabled: '(use ↑↓ to choose one)' }] : []),
                ...ask.choices.map((choice, value) => ({ name: choice.label, value })),
              ],
              ...(start === NO_ANSWER_YET ? {} : { default: start }),
              pageSize: Math.max(7, ask.choices.length + 1),
              loop: false,
              theme: { ...this.listTheme(ask), i18n: { disabledError: 'Choose an answer with ↑ and ↓ first, then press ⏎.' } },
            },
            context,
          ),
        undefined,
        (key) => {
          const index = digits.press(key);
          return index === undefined ? undefined : { kind: 'jump', index };
        },
      );
      if (reply.kind === 'jump' && !reply.submit) {
        start = reply.index;
        continue;
      }
      if (reply.kind !== 'jump' && reply.kind !== 'answer') return reply;
      const value = reply.kind === 'jump' ? reply.index : reply.value;
      const choice = ask.choices[value]!;
      this.transcript(ask, choice.skips ? '' : choice.label);
      return { kind: 'answer', value };
    }
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
    if (reply.kind === 'answer') this.transcript(ask, reply.value.map((i) => ask.choices[i]!.label).join(', '));
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
    const given = reply.value.trim();
    this.transcript(ask, given === '' || ask.unit === undefined ? given : `${given} ${ask.unit}`);
    return reply;
  }

  close(): void {
    // Each inquirer prompt releases the terminal when it finishes; nothing stays open.
  }

  /**
   * Runs one inquirer prompt, erased when it ends, and watches the keys for help and back: such a key
   * ends the prompt (through its abort signal, which inquirer supports) with that reply instead.
   */
  private async prompt<T, Extra extends { kind: string } = never>(
    ask: Ask,
    keys: KeySet,
    run: (context: object) => Promise<T>,
    watch?: (key: Keypress) => void,
    leave?: (key: Keypress) => Extra | undefined,
  ): Promise<Reply<T> | Extra> {
    const local = new AbortController();
    let nav: Reply<never> | Extra | undefined;
    const onKey = (_text: string | undefined, key: Keypress | undefined) => {
      // A lone Esc comes as { name: 'escape', meta: true }, once readline's escape-code wait is over.
      if (key === undefined || key.ctrl) return;
      if (nav) {
        // Keys typed ahead reach this prompt before the next is up: only ⏎ after a digit is kept.
        if (nav.kind === 'jump' && (key.name === 'return' || key.name === 'enter')) nav = { ...nav, submit: true } as Extra;
        return;
      }
      if (ask.hasHelp && keys === 'list' && key.sequence === '?') nav = { kind: 'help' };
      else if (ask.canGoBack && (key.name === 'escape' || (keys === 'list' && key.name === 'left'))) nav = { kind: 'back' };
      else if ((nav = leave?.(key)) === undefined) return watch?.(key);
      local.abort();
    };
    this.stdin.on('keypress', onKey);
    const signal = this.signal ? AbortSignal.any([this.signal, local.signal]) : local.signal;
    try {
      return { kind: 'answer', value: await run({ input: this.stdin, output: this.stdout, signal, clearPromptOnDone: true }) };
    } catch (error) {
      if (nav && !this.signal?.aborted && error instanceof Error && error.name === 'AbortPromptError') {
        return nav.kind === 'help' || nav.kind === 'back' ? this.navigated(nav as Reply<never>) : nav;
      }
      throw error;
    } finally {
      this.stdin.off('keypress', onKey);
    }
  }

  /** Help leaves the screen as it is; Back erases what was shown for the question it leaves. */
  private navigated<T>(nav: Reply<T>): Reply<T> {
    if (nav.kind === 'back') this.erase(this.pending.length);
    return nav;
  }

  /**
   * The line an answer leaves on screen, as inquirer draws a finished prompt, in place of the question's
   * notes: its progress marker and its help go, and one line per answer stays.
   */
  private transcript(ask: Ask, answer: string): void {
    let notes = 0;
    while (notes < this.pending.length && this.pending[this.pending.length - 1 - notes]!.note) notes++;
    this.erase(notes);
    const words = answer === '' ? SKIPPED : answer;
    const title = ask.title ?? ask.message;
    const [tick, question, given] = this.colour
      ? [styleText('green', '✔'), styleText('bold', title), answer === '' ? styleText('dim', words) : styleText('cyan', words)]
      : ['✔', title, words];
    this.write(`${tick} ${question} ${given}`);
    this.pending = [];
  }

  /** Erases the last `count` things written since the last answer: up to the first of their rows, and down from there. */
  private erase(count: number): void {
    const erased = this.pending.splice(this.pending.length - count, count);
    const rows = erased.reduce((sum, { rows }) => sum + rows, 0);
    // A terminal stops at its top row.
    if (rows > 0) this.stdout.write(`\x1b[${rows}A\r\x1b[J`);
  }

  /** Writes text broken to the terminal's width; returns the rows it takes. */
  private write(text: string): number {
    const lines = wrapLines(text, columnsOf(this.stdout));
    this.stdout.write(`${lines.join('\n')}\n`);
    return lines.length;
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
 * Digits typed in a list: the choice whose own key they spell (a scale's point: "4", or "1" then "0" for
 * 10), or else the choice at that place in the list. Any other key starts the digits afresh.
 */
class DigitPicker {
  private typed = '';

  constructor(private readonly choices: readonly { key?: string }[]) {}

  press(key: Keypress): number | undefined {
    if (key.name === undefined || !/^[0-9]$/.test(key.name)) {
      this.typed = '';
      return undefined;
    }
    const byKey = (typed: string) => this.choices.findIndex((choice) => choice.key === typed);
    const longer = byKey(this.typed + key.name);
    this.typed = longer >= 0 ? this.typed + key.name : key.name;
    const index = longer >= 0 ? longer : byKey(key.name);
    if (index >= 0) return index;
    const place = Number(key.name) - 1;
    return place >= 0 && place < this.choices.length && this.choices.every((choice) => choice.key === undefined) ? place : undefined;
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
