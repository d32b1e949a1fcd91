// How a command module ties its commander definition to its run: the definition's arguments and
// options (typed by @commander-js/extra-typings) are exactly what `run` receives. The definition words
// its help from the catalogue it is given (`--lang`'s first language), English by default.
import type { Command, OptionValues } from '@commander-js/extra-typings';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/index.js';
import type { Io } from './host.js';

/** The words of `--help`. */
export type HelpWords = Words['help'];

export interface CommandModule {
  /** A fresh definition each time: commander keeps parsed values on the command. */
  define(io: Io, done: (exitCode: number) => void, words?: Words): Command<unknown[], OptionValues>;
}

export function defineCommand<Args extends unknown[], Opts extends OptionValues>(
  define: (words: HelpWords) => Command<Args, Opts>,
  run: (io: Io, ...args: [...Args, Opts]) => Promise<number>,
): CommandModule {
  return {
    define(io, done, words = en) {
      const command = define(words.help);
      command.action(async (...values) => done(await run(io, ...(values.slice(0, -1) as [...Args, Opts]))));
      return command as unknown as Command<unknown[], OptionValues>;
    },
  };
}

/** The options a command's definition gives its run. */
export type OptionsOf<Define extends (words: HelpWords) => { opts(): OptionValues }> = ReturnType<ReturnType<Define>['opts']>;

/** The example every `--help` ends with: one command a line. */
export const example = (lines: string, words: HelpWords): string =>
  `\n${words.example}\n${lines
    .split('\n')
    .map((line) => `  $ ${line}`)
    .join('\n')}`;
