// A Prompter that plays a script, as a person at the keyboard would, and records what it was shown.
import { InterruptedError } from '../../src/core/errors.js';
import type { Ask, CheckboxAsk, InputAsk, Prompter, Reply, SelectAsk } from '../../src/cli/interview/prompter.js';

/** One thing the person does: pick a choice by its label, tick several, type text, go back, ask for help. */
export type Move = { pick: string } | { tick: string[] } | { type: string } | 'back' | 'help';

export class ScriptedPrompter implements Prompter {
  /** Everything shown, in order: said text, and each question's message prefixed with "ASK ". */
  readonly shown: string[] = [];
  /** Messages for answers the prompt refused (the person is asked again, with the next move). */
  readonly refused: string[] = [];
  closed = false;

  constructor(private readonly moves: Move[]) {}

  say(text: string): void {
    this.shown.push(text);
  }

  note(text: string): void {
    this.shown.push(text);
  }

  async select(ask: SelectAsk): Promise<Reply<number>> {
    const move = this.next(ask);
    if (typeof move === 'string') return this.navigate(ask, move);
    if (!('pick' in move)) throw new Error(`expected a pick for "${ask.message}", the script has ${JSON.stringify(move)}`);
    const index = ask.choices.findIndex((choice) => choice.label === move.pick);
    if (index < 0) throw new Error(`"${ask.message}" offers no "${move.pick}"; it offers ${ask.choices.map((c) => c.label).join(' | ')}`);
    return { kind: 'answer', value: index };
  }

  async checkbox(ask: CheckboxAsk): Promise<Reply<number[]>> {
    for (;;) {
      const move = this.next(ask);
      if (typeof move === 'string') return this.navigate(ask, move);
      if (!('tick' in move)) throw new Error(`expected ticks for "${ask.message}", the script has ${JSON.stringify(move)}`);
      const indexes = move.tick.map((label) => {
        const index = ask.choices.findIndex((choice) => choice.label === label);
        if (index < 0) throw new Error(`"${ask.message}" offers no "${label}"`);
        return index;
      });
      const problem = ask.problem(indexes);
      if (problem === undefined) return { kind: 'answer', value: indexes };
      this.refused.push(problem);
    }
  }

  async input(ask: InputAsk): Promise<Reply<string>> {
    for (;;) {
      const move = this.next(ask);
      if (typeof move === 'string') return this.navigate(ask, move);
      if (!('type' in move)) throw new Error(`expected typing for "${ask.message}", the script has ${JSON.stringify(move)}`);
      const problem = ask.problem(move.type);
      if (problem === undefined) return { kind: 'answer', value: move.type };
      this.refused.push(problem);
    }
  }

  close(): void {
    this.closed = true;
  }

  /** The script has run out: as if the person pressed Ctrl-C. */
  private next(ask: Ask): Move {
    this.shown.push(`ASK ${ask.message}`);
    const move = this.moves.shift();
    if (move === undefined) throw new InterruptedError('script finished');
    return move;
  }

  private navigate(ask: Ask, move: 'back' | 'help'): Reply<never> {
    if (move === 'back' && !ask.canGoBack) throw new Error(`"${ask.message}" offers no way back`);
    if (move === 'help' && !ask.hasHelp) throw new Error(`"${ask.message}" offers no help`);
    return { kind: move };
  }
}
