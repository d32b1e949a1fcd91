// What an interactive run needs from a terminal, so the inquirer screen and the plain line mode (and the
// scripted prompter in tests) are interchangeable. Every ask can also be answered with Back or Help.

export interface Ask {
  message: string;
  /** The question as the line an answer leaves gives it, without the hints the message adds; the message when absent. */
  title?: string;
  /** Offer help: the answer `{ kind: 'help' }` asks the caller to show it and ask again. */
  hasHelp: boolean;
  /** Offer a way back to the previous step. */
  canGoBack: boolean;
}

/** A choice on offer. The plain mode also takes its number (or `key`), its label or one of its `words`, typed in any case. */
export interface Choice {
  label: string;
  /** Typed instead of a list number, for a choice whose label starts with it (a scale's point: "1 — Not at all"). */
  key?: string;
  /** Other names a typed answer may use: the option's value, a scale point's label. */
  words?: readonly string[];
  /** Chosen, it leaves the question unanswered ("Skip this question"). */
  skips?: boolean;
}

export interface SelectAsk extends Ask {
  choices: readonly Choice[];
  /** Index of the choice to start on (the current answer). */
  initial?: number;
}

export interface CheckboxAsk extends Ask {
  choices: readonly Choice[];
  initial: readonly number[];
  /** A message when the chosen indexes are not a valid answer. */
  problem(chosen: readonly number[]): string | undefined;
}

export interface InputAsk extends Ask {
  initial?: string;
  /** Words after a typed answer in the line it leaves: a number's unit ("12 hours"). */
  unit?: string;
  /** A message when the text is not a valid answer. */
  problem(text: string): string | undefined;
}

export type Reply<T> = { kind: 'answer'; value: T } | { kind: 'back' } | { kind: 'help' };

export interface Prompter {
  /** A line (or lines) that stay: a section's heading and introduction. */
  say(text: string): void;
  /** A line (or lines) for the question at hand only (its progress marker, its help): gone once it is answered or left. */
  note(text: string): void;
  select(ask: SelectAsk): Promise<Reply<number>>;
  checkbox(ask: CheckboxAsk): Promise<Reply<number[]>>;
  input(ask: InputAsk): Promise<Reply<string>>;
  close(): void;
}
