// The command line: builds the program from the command modules, and turns every known error into a
// message and an exit code in this one place. `main` returns the exit code; bin/ce-plan.js sets it.
import { ceplanVersion } from '../io/version.js';
import { Command, CommanderError } from '@commander-js/extra-typings';
import { CePlanError, InputError, InterruptedError } from '../core/errors.js';
import { terminalLines, terminalText } from '../format/terminal-text.js';
import { COMMANDS } from './commands/index.js';
import { processIo, type Io } from './host.js';
import { printFindings } from './findings.js';

/** Exit code for a bug in ce-plan itself, kept apart from the contract's 0, 1, 2 and 130. */
const EXIT_INTERNAL = 70;
/**
 * Exit code when the reader of stdout or stderr went away (`ce-plan assess big/ | head -1`): 128 + SIGPIPE
 * (13), the status a shell reports for any tool that a closed pipe stops (`yes | head -1`), so scripts and
 * `set -o pipefail` see ce-plan as they see every other tool. Node ignores SIGPIPE, so it is set here.
 */
const EXIT_BROKEN_PIPE = 141;

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

export async function main(argv: readonly string[], given: Io = processIo()): Promise<number> {
  const { io, outputFailure } = watchOutput(given);
  const code = await runProgram(argv, io);
  const failure = outputFailure();
  if (failure === undefined) return code;
  // A closed pipe ends the run quietly, as it ends any Unix tool; anything else (a full disk behind a
  // redirect) is said, if stderr still can be written.
  if (failure.code === 'EPIPE') return EXIT_BROKEN_PIPE;
  if (!io.stderr.destroyed) io.stderr.write(`ce-plan: cannot write the output: ${failure.code ?? failure.message}\n`);
  return Math.max(code, 2);
}

/** Listens for write errors on stdout and stderr, which would otherwise end the process with a stack trace. */
function watchOutput(io: Io): { io: Io; outputFailure: () => NodeJS.ErrnoException | undefined } {
  const failed = new AbortController();
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    failure ??= error;
    failed.abort();
  };
  // Left in place: a write still queued when main returns may fail after it.
  io.stdout.on('error', onError);
  io.stderr.on('error', onError);
  return { io: { ...io, outputError: failed.signal }, outputFailure: () => failure };
}

async function runProgram(argv: readonly string[], io: Io): Promise<number> {
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
    await printFindings(io, error.diagnostics);
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
