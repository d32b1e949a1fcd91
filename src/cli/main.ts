// The command line: parses arguments, loads only the command that runs, and turns every known error
// into a message and an exit code in this one place.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CePlanError, InputError, InterruptedError } from '../core/errors.js';
import { processIo, styleFor, type Io } from './io.js';

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

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function score(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100.');
  return n;
}

function formats(allowed: readonly string[]) {
  return (value: string): string[] => {
    const list = value.split(',').map((f) => f.trim());
    const bad = list.find((f) => !allowed.includes(f));
    if (bad !== undefined || list.length === 0) throw new InvalidArgumentError(`expected ${allowed.join(', ')} or a comma-separated list of them.`);
    return [...new Set(list)];
  };
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('ce-plan')
    .description('How ready is your organisation to engage its communities on community safety? Answer a question bank, get a score, a gap analysis and an action plan.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  program.configureHelp({ showGlobalOptions: true });
  // Each action loads its own module, so `--version` and `--help` touch neither yaml nor inquirer.
  const run = (load: () => Promise<number>) => async () => {
    exitCode = await load();
  };

  program
    .command('init')
    .description('answer a bank interactively; writes the answer file and the report')
    .option('--bank <id|path>', 'the question bank', 'ce-readiness')
    .option('--answers <file>', 'the answer file to write (and resume from)', 'ce-plan-answers.yaml')
    .option('--out <file>', 'the report to write', 'ce-plan-report.md')
    .addOption(new Option('--format <formats>', 'report formats: md, json or md,json').argParser(formats(['md', 'json'])).default(['md']))
    .option('--resume', 'resume an existing answer file without asking')
    .option('--restart', 'start again, replacing an existing answer file')
    .option('--plain', 'numbered options, one line per prompt (also when TERM=dumb)')
    .option('--force', 'overwrite an existing report')
    .addHelpText('after', '\nExample:\n  $ ce-plan init --bank quick-check --answers northfield.yaml')
    .action((options) => run(async () => (await import('./commands/init.js')).run(io, options))());

  program
    .command('assess')
    .description('write one report per answer file (files, folders, globs, - for stdin)')
    .argument('<files...>', 'answer files')
    .option('--out-dir <dir>', 'where reports go', 'reports')
    .addOption(new Option('--format <formats>', 'report formats: md, json or md,json').argParser(formats(['md', 'json'])).default(['md']))
    .option('--summary <file>', 'also write a cohort summary of every organisation')
    .addOption(new Option('--fail-under <score>', 'exit 1 if any overall score is below this').argParser(score))
    .option('--bank <id|path>', 'use this bank instead of the one each answer file names')
    .option('--template <file>', 'a Markdown report template to use instead of the built-in one')
    .option('--date <yyyy-mm-dd>', "the report's date, where the answer file gives none")
    .option('--force', 'overwrite existing reports')
    .addHelpText('after', '\nExample:\n  $ ce-plan assess groups/*.yaml --out-dir reports --format md,json --summary reports/summary.md')
    .action((files: string[], options) => run(async () => (await import('./commands/assess.js')).run(io, files, options))());

  program
    .command('compare')
    .description('progress between two assessments of the same organisation')
    .argument('<before>', 'the earlier answer file')
    .argument('<after>', 'the later answer file')
    .addOption(new Option('--format <format>', 'md or json').choices(['md', 'json']).default('md'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--bank <id|path>', 'use this bank instead of the one the answer files name')
    .option('--force', 'overwrite an existing --out file')
    .addHelpText('after', '\nExample:\n  $ ce-plan compare northfield-2026-05.yaml northfield-2026-11.yaml --out progress.md')
    .action((before: string, after: string, options) => run(async () => (await import('./commands/compare.js')).run(io, before, after, options))());

  program
    .command('lint')
    .description('check question banks (files, folders, globs); default: the built-in banks')
    .argument('[banks...]', 'bank files, folders or globs')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github']).default('stylish'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(wholeNumber))
    .addHelpText('after', '\nExample:\n  $ ce-plan lint questionnaires/ --format github --max-warnings 0')
    .action((banks: string[], options) => run(async () => (await import('./commands/lint.js')).run(io, banks, options))());

  program
    .command('list')
    .description('the built-in banks, with ids, versions and question counts')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ ce-plan list --json')
    .action((options) => run(async () => (await import('./commands/list.js')).run(io, options))());

  program
    .command('template')
    .description('print a blank answer file for a bank, each question with its options as comments')
    .argument('<bank>', 'a bank id or path')
    .addHelpText('after', '\nExample:\n  $ ce-plan template quick-check > northfield.yaml')
    .action((bank: string) => run(async () => (await import('./commands/template.js')).run(io, bank))());

  program
    .command('schema')
    .description('print the JSON Schema of a bank or an answer file')
    .addArgument(new Argument('<kind>', 'bank or answers').choices(['bank', 'answers']))
    .addHelpText('after', '\nExample:\n  $ ce-plan schema answers > answers.schema.json')
    .action((kind: 'bank' | 'answers') => run(async () => (await import('./commands/schema.js')).run(io, kind))());

  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
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
    const { formatStylish } = await import('../format/lint-stylish.js');
    const style = await styleFor(io.stderr, io.env);
    const files = new Set(error.diagnostics.map((d) => d.file)).size;
    io.stderr.write(formatStylish(error.diagnostics, style, files));
    return error.exitCode;
  }
  if (error instanceof CePlanError) {
    io.stderr.write(`ce-plan: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`ce-plan: internal error; this is a bug in ce-plan, please report it with what follows.\n${detail}\n`);
  return EXIT_INTERNAL;
}
