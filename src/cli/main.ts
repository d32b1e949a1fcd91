// The command line: runs the program (program.ts), and turns every known error into a message and an exit
// code in this one place. `main` returns the exit code; bin/ce-plan.js sets it. `--version` is answered
// here, before commander or any command is loaded: it is the quickest thing ce-plan is asked.
import type { Language } from '../core/languages.js';
import { ceplanVersion } from '../io/version.js';
import { processIo, type Io } from './host.js';
import { loadWords, messageLanguageInArgv } from './message-language.js';

/** Exit code for a bug in ce-plan itself, kept apart from the contract's 0, 1, 2 and 130. */
const EXIT_INTERNAL = 70;
/**
 * Exit code when the reader of stdout or stderr went away (`ce-plan assess big/ | head -1`): 128 + SIGPIPE
 * (13), the status a shell reports for any tool that a closed pipe stops (`yes | head -1`), so scripts and
 * `set -o pipefail` see ce-plan as they see every other tool. Node ignores SIGPIPE, so it is set here.
 */
const EXIT_BROKEN_PIPE = 141;

export async function main(argv: readonly string[], given: Io = processIo()): Promise<number> {
  const { io, outputFailure } = watchOutput(given);
  const code = await run(argv, io);
  const failure = outputFailure();
  if (failure === undefined) return code;
  // A closed pipe ends the run quietly, as it ends any Unix tool; anything else (a full disk behind a
  // redirect) is said, if stderr still can be written.
  if (failure.code === 'EPIPE') return EXIT_BROKEN_PIPE;
  if (!io.stderr.destroyed) {
    const words = await loadWords(messageLanguageInArgv(argv));
    io.stderr.write(`ce-plan: ${words.messages.cannotWriteOutput(failure.code ?? failure.message)}\n`);
  }
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

async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${ceplanVersion()}\n`);
    return 0;
  }
  const language = messageLanguageInArgv(argv);
  try {
    return await (await import('./program.js')).runProgram(argv, io, language);
  } catch (error) {
    return await report(error, io, language);
  }
}

/** What an error ends the run with: its message (findings, a usage error's words, a bug's stack) and exit code. Loaded only then. */
async function report(error: unknown, io: Io, language: Language): Promise<number> {
  const [{ CePlanError, InputError, InterruptedError }, { terminalLines, terminalText }, { printFindings }, words] = await Promise.all([
    import('../core/errors.js'),
    import('../format/terminal-text.js'),
    import('./findings.js'),
    loadWords(language),
  ]);
  if (error instanceof InterruptedError || (error instanceof Error && error.name === 'ExitPromptError')) return 130;
  if (error instanceof InputError) {
    await printFindings(io, error.diagnostics, error.language === language ? words : await loadWords(error.language));
    return error.exitCode;
  }
  if (error instanceof CePlanError) {
    io.stderr.write(`ce-plan: ${terminalText(error.wording(words.messages))}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`ce-plan: ${words.messages.internalError}\n${terminalLines(detail)}\n`);
  return EXIT_INTERNAL;
}
