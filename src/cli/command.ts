// How a command module ties its commander definition to its run: the definition's arguments and
// options (typed by @commander-js/extra-typings) are exactly what `run` receives.
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { Io } from './host.js';

export interface CommandModule {
  /** A fresh definition each time: commander keeps parsed values on the command. */
  define(io: Io, done: (exitCode: number) => void): Command<unknown[], OptionValues>;
}

export function defineCommand<Args extends unknown[], Opts extends OptionValues>(
  define: () => Command<Args, Opts>,
  run: (io: Io, ...args: [...Args, Opts]) => Promise<number>,
): CommandModule {
  return {
    define(io, done) {
      const command = define();
      command.action(async (...values) => done(await run(io, ...(values.slice(0, -1) as [...Args, Opts]))));
      return command as unknown as Command<unknown[], OptionValues>;
    },
  };
}

/** The options a command's definition gives its run. */
export type OptionsOf<Define extends () => { opts(): OptionValues }> = ReturnType<ReturnType<Define>['opts']>;

/** The example every `--help` ends with. */
export const example = (line: string): string => `\nExample:\n  $ ${line}`;
