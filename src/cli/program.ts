// The program as commander runs it. Only the command being run is loaded (its module declares its
// arguments and options); the others stand in the help by their summaries (commands/summaries.ts), so
// `ce-plan --help` loads no command module.
import { Command, CommanderError, Help } from '@commander-js/extra-typings';
import { terminalLines } from '../format/terminal-text.js';
import { ceplanVersion } from '../io/version.js';
import { COMMANDS } from './commands/index.js';
import { SUMMARIES, type CommandName } from './commands/summaries.js';
import type { Io } from './host.js';

const EXAMPLES = `
Examples:
  $ ce-plan init                                  answer the default bank in the terminal
  $ ce-plan assess groups/ --format md,json       one report per answer file
  $ ce-plan compare spring.yaml autumn.yaml       progress between two assessments
  $ ce-plan lint questionnaires/                  check banks, as CI does
  $ ce-plan list                                  the banks available
  $ ce-plan template ce-readiness > answers.yaml  a blank answer file to fill in
  $ ce-plan schema bank                           the JSON Schema of a question bank

Exit codes: 0 done, 1 the findings say no (for assess: any file failed, even an unreadable one),
2 usage error (and an unreadable bank or file for lint, compare, template), 130 interrupted,
141 the output's reader went away (as any tool in a closed pipe). Each command's exact codes: the
README's "Exit codes".`;

/** The command that `argv` runs, or asks help for (`ce-plan help assess`). */
function commandNamed(argv: readonly string[]): CommandName | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return name !== undefined && Object.hasOwn(SUMMARIES, name) ? (name as CommandName) : undefined;
}

/** Runs the program; an error of the command's run (not of commander's parsing) is thrown. */
export async function runProgram(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  // commander's messages quote the arguments given: shown safely, as every other message is.
  const output = { writeOut: (text: string) => io.stdout.write(text), writeErr: (text: string) => io.stderr.write(terminalLines(text)) };
  const program = new Command('ce-plan')
    .description(
      'How ready is your organisation to engage its communities on community safety? Answer a question bank, get a score, a gap analysis and an action plan.',
    )
    .version(ceplanVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  const help = new Help();
  program.configureHelp({
    showGlobalOptions: true,
    subcommandTerm: (command) => (Object.hasOwn(SUMMARIES, command.name()) ? SUMMARIES[command.name() as CommandName].usage : help.subcommandTerm(command)),
  });
  const run = commandNamed(argv);
  for (const [name, summary] of Object.entries(SUMMARIES)) {
    if (name !== run) {
      program.addCommand(new Command(name).description(summary.description));
      continue;
    }
    const defined = (await COMMANDS[run]()).define(io, (code) => (exitCode = code));
    program.addCommand(defined.exitOverride().configureOutput(output));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
