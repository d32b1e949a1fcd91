// The command line: builds the program from the command modules, and turns every known error into a
// message and an exit code in this one place. `main` returns the exit code; bin/ce-plan.js sets it.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from '@commander-js/extra-typings';
import { CePlanError, InputError, InterruptedError } from '../core/errors.js';
import { terminalLines, terminalText } from '../format/terminal-text.js';
import { COMMANDS } from './commands/index.js';
import { processIo, type Io } from './host.js';
import { styleFor } from './style.js';

/** Exit code for a bug in ce-plan itself, kept apart from the contract's 0, 1, 2 and 130. */
const EXIT_INTERNAL = 70;

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const EXAMPLES = `
Examples:
  $ ce-plan init                                  answer the default bank in the terminal
  $ ce-plan assess groups/ --format md,json       one report per answer file
  $ ce-plan compare spring.yaml autumn.yaml       progress between two assessments
  $ ce-plan lint questionnaires/                  check banks, as CI does
  $ ce-plan list                                  the banks available
  $ ce-plan template ce-readiness > answers.yaml  a blank answer file to fill in
  $ ce-plan schema bank                           the JSON Schema of a question bank

Exit codes: 0 done, 1 the findings say no, 2 usage error or unreadable input, 130 interrupted.`;

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  // commander's messages quote the arguments given: shown safely, as every other message is.
  const output = { writeOut: (text: string) => io.stdout.write(text), writeErr: (text: string) => io.stderr.write(terminalLines(text)) };
  const program = new Command('ce-plan')
    .description(
      'How ready is your organisation to engage its communities on community safety? Answer a question bank, get a score, a gap analysis and an action plan.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  program.configureHelp({ showGlobalOptions: true });
  for (const command of COMMANDS) {
    const defined = command.define(io, (code) => (exitCode = code));
    program.addCommand(defined.exitOverride().configureOutput(output));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return await report(error, io);
  }
}

async function report(error: unknown, io: Io): Promise<number> {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof InterruptedError || (error instanceof Error && error.name === 'ExitPromptError')) return 130;
  if (error instanceof InputError) {
    const { formatStylish } = await import('../format/lint/stylish.js');
    const style = await styleFor(io.stderr, io.env);
    const files = new Set(error.diagnostics.map((d) => d.file)).size;
    io.stderr.write(formatStylish(error.diagnostics, { style, filesChecked: files }));
    return error.exitCode;
  }
  if (error instanceof CePlanError) {
    io.stderr.write(`ce-plan: ${terminalText(error.message)}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`ce-plan: internal error; this is a bug in ce-plan, please report it with what follows.\n${terminalLines(detail)}\n`);
  return EXIT_INTERNAL;
}
