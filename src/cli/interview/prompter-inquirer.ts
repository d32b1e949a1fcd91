// The full-screen mode: inquirer's select, checkbox and input prompts, with "? Help" and "← Back" offered
// as choices (or typed as ? and < in text prompts).
import { checkbox, input, select, Separator } from '@inquirer/prompts';
import type { Readable, Writable } from 'node:stream';
import type { Ask, CheckboxAsk, InputAsk, Prompter, Reply, SelectAsk } from './prompter.js';

const HELP = -1;
const BACK = -2;

const same = (text: string) => text;
/** Inquirer colours through node:util's styleText, which does not know our NO_COLOR rules: this turns it off. */
const colourlessTheme = {
  prefix: { idle: '?', done: '✔' },
  style: {
    answer: same,
    message: same,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: same,
    highlight: same,
    key: (text: string) => `<${text}>`,
    description: same,
    disabled: same,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};

export class InquirerPrompter implements Prompter {
  private readonly context;
  private readonly theme;

  constructor(
    stdin: Readable,
    private readonly stdout: Writable,
    colour: boolean,
    signal?: AbortSignal,
  ) {
    this.context = { input: stdin, output: stdout, ...(signal ? { signal } : {}) };
    this.theme = colour ? {} : colourlessTheme;
  }

  say(text: string): void {
    this.stdout.write(`${text}\n`);
  }

  async select(ask: SelectAsk): Promise<Reply<number>> {
    const value = await select(
      {
        message: ask.message,
        choices: [...ask.choices.map((name, value) => ({ name, value })), ...navigationChoices(ask)],
        ...(ask.initial === undefined ? {} : { default: ask.initial }),
        pageSize: Math.max(7, ask.choices.length + 3),
        loop: false,
        theme: this.theme,
      },
      this.context,
    );
    return reply(value);
  }

  async checkbox(ask: CheckboxAsk): Promise<Reply<number[]>> {
    const values = await checkbox(
      {
        message: ask.message,
        choices: [...ask.choices.map((name, value) => ({ name, value, checked: ask.initial.includes(value) })), ...navigationChoices(ask)],
        pageSize: Math.max(7, ask.choices.length + 3),
        loop: false,
        theme: this.theme,
        // "Select all" would pick exclusive options and Back/Help too.
        shortcuts: { all: null, invert: null },
        validate: (chosen) => {
          const picked = chosen.map((choice) => choice.value);
          if (picked.some((v) => v < 0)) return picked.length === 1 || 'choose ← Back or ? Help on its own';
          return ask.problem(picked) ?? true;
        },
      },
      this.context,
    );
    if (values.includes(HELP)) return { kind: 'help' };
    if (values.includes(BACK)) return { kind: 'back' };
    return { kind: 'answer', value: values };
  }

  async input(ask: InputAsk): Promise<Reply<string>> {
    const keys = [...(ask.hasHelp ? ['? help'] : []), ...(ask.canGoBack ? ['< back'] : [])];
    const text = await input(
      {
        message: keys.length === 0 ? ask.message : `${ask.message} (${keys.join(', ')})`,
        ...(ask.initial === undefined ? {} : { default: ask.initial }),
        theme: this.theme,
        validate: (value) => navigation(ask, value) !== undefined || (ask.problem(value) ?? true),
      },
      this.context,
    );
    return navigation(ask, text) ?? { kind: 'answer', value: text };
  }

  close(): void {
    // Each inquirer prompt releases the terminal when it finishes; nothing stays open.
  }
}

function navigationChoices(ask: Ask) {
  const choices = [...(ask.hasHelp ? [{ name: '? Help', value: HELP }] : []), ...(ask.canGoBack ? [{ name: '← Back', value: BACK }] : [])];
  return choices.length === 0 ? [] : [new Separator(), ...choices];
}

function reply(value: number): Reply<number> {
  if (value === HELP) return { kind: 'help' };
  if (value === BACK) return { kind: 'back' };
  return { kind: 'answer', value };
}

function navigation(ask: Ask, text: string): Reply<never> | undefined {
  const trimmed = text.trim();
  if (trimmed === '?' && ask.hasHelp) return { kind: 'help' };
  if (trimmed === '<' && ask.canGoBack) return { kind: 'back' };
  return undefined;
}
