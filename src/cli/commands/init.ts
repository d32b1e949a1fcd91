// `ce-plan init`: answer a bank in the terminal, saving after every answer, resuming where a run stopped.
import { resolve } from 'node:path';
import { checkAnswers } from '../../core/answers.js';
import { InputError, InterruptedError, UsageError } from '../../core/errors.js';
import type { AnswerFile, Bank } from '../../core/schema.js';
import type { Answer } from '../../core/visibility.js';
import { writeAnswerFile } from '../../io/answer-file-writer.js';
import { loadAnswerFile, type LoadedAnswerFile } from '../../io/load-answers.js';
import { loadBank } from '../../io/load-bank.js';
import { exists } from '../../io/write-file.js';
import { runSession, type SessionState } from '../init-session.js';
import { colorEnabled, displayPath, styleFor, type Io } from '../io.js';
import type { Prompter } from '../prompter.js';
import type { ReportFormat } from '../../format/reports.js';
import { finish, reportPaths } from './init-finish.js';

export interface InitOptions {
  bank: string;
  answers: string;
  out: string;
  format: ReportFormat[];
  resume?: boolean;
  restart?: boolean;
  plain?: boolean;
  force?: boolean;
}

const DEFAULT_BANK = 'ce-readiness';
const DEFAULT_ANSWERS = 'ce-plan-answers.yaml';

const NO_TERMINAL =
  '`ce-plan init` asks its questions in a terminal, and this is not one (or CI is set). Without a terminal, ' +
  'write a blank answer file with `ce-plan template BANK > answers.yaml`, fill it in, then run `ce-plan assess answers.yaml`.';

export async function run(io: Io, options: InitOptions): Promise<number> {
  if (!io.stdin.isTTY || !io.stdout.isTTY || io.env['CI']) throw new UsageError(NO_TERMINAL);
  if (options.resume && options.restart) throw new UsageError('use --resume or --restart, not both');
  if (!options.force) {
    for (const path of reportPaths(options)) {
      if (await exists(path)) throw new UsageError(`${displayPath(path)} already exists; use --force to overwrite it, or --out to write elsewhere`);
    }
  }

  if (reportPaths(options).some((path) => resolve(path) === resolve(options.answers))) {
    throw new UsageError(`--out ${options.out} would overwrite the answer file ${options.answers}; choose another name`);
  }

  const loadedPrevious = !options.restart && (await exists(options.answers)) ? await loadPrevious(options.answers) : undefined;
  const previous = loadedPrevious?.content;
  const { bank } = await loadBank(bankToUse(options.bank, previous));
  if (previous && previous.bank !== bank.id) {
    throw new UsageError(`${displayPath(options.answers)} answers the bank "${previous.bank}", not "${bank.id}"; use --bank ${previous.bank}, or --restart to replace it`);
  }

  const style = await styleFor(io.stdout, io.env);
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.on('SIGINT', onSigint);
  const prompter = await makePrompter(io, options, interrupt.signal);
  let saved = previous !== undefined;
  try {
    io.stdout.write(`${style.bold(bank.title)} (${bank.id} ${bank.version})\n`);
    const resume = previous !== undefined && (options.resume || (await askResume(prompter, options.answers, previous)));
    if (resume && previous.bank_version !== undefined && previous.bank_version !== bank.version) {
      prompter.say(style.yellow(`These answers were given to version ${previous.bank_version} of the bank; this is ${bank.version}.`));
    }
    const initial: SessionState = resume
      ? { organisation: previous.organisation, answers: await resumableAnswers(io, bank, loadedPrevious!) }
      : { organisation: { date: today() }, answers: new Map() };
    const final = await runSession(prompter, bank, initial, {
      askOrganisation: !resume,
      style,
      save: async (state) => {
        if (state.organisation.name === undefined) return;
        await writeAnswerFile(options.answers, { bank, organisation: { ...state.organisation, name: state.organisation.name }, answers: state.answers });
        saved = true;
      },
    });
    prompter.close();
    return await finish(io, bank, { file: options.answers, content: contentOf(bank, final) }, { out: options.out, format: options.format, force: options.force ?? false });
  } catch (error) {
    if (!isInterruption(error)) throw error;
    prompter.close();
    io.stderr.write(
      saved
        ? `\nanswers saved to ${displayPath(options.answers)}; run \`${resumeCommand(options)}\` again to resume\n`
        : '\ninterrupted before any answer was given; nothing was saved\n',
    );
    return 130;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

async function makePrompter(io: Io, options: InitOptions, signal: AbortSignal): Promise<Prompter> {
  if (options.plain || io.env['TERM'] === 'dumb') {
    const { PlainPrompter } = await import('../prompter-plain.js');
    return new PlainPrompter(io.stdin, io.stdout, signal);
  }
  const { InquirerPrompter } = await import('../prompter-inquirer.js');
  return new InquirerPrompter(io.stdin, io.stdout, colorEnabled(io.stdout, io.env), signal);
}

async function loadPrevious(file: string): Promise<LoadedAnswerFile> {
  const loaded = await loadAnswerFile(file);
  if (!loaded.ok) {
    const hint = { ...loaded.diagnostics[0]!, severity: 'error' as const, rule: 'resume', message: 'fix this answer file, or use --restart to replace it (or --answers to use another)' };
    throw new InputError([...loaded.diagnostics, hint]);
  }
  return loaded.value;
}

/**
 * The answers a resumed run starts from: each checked against the bank as `assess` checks it. Answers that
 * no longer fit their question are shown and asked again; answers the skip logic now hides are kept.
 */
async function resumableAnswers(io: Io, bank: Bank, previous: LoadedAnswerFile): Promise<Map<string, Answer>> {
  const { fitting, diagnostics } = checkAnswers(bank, previous.content, previous.locator, previous.file);
  const misfits = diagnostics.filter((d) => d.severity === 'error');
  if (misfits.length > 0) {
    const { formatStylish } = await import('../../format/lint-stylish.js');
    const shown = misfits.map((d) => ({ ...d, severity: 'warning' as const, file: displayPath(d.file) }));
    io.stderr.write(formatStylish(shown, await styleFor(io.stderr, io.env), 1) + 'These answers do not fit their questions and will be asked again.\n');
  }
  return new Map(fitting);
}

/** The default bank gives way to the one a previous answer file names, so a plain `ce-plan init` resumes. */
function bankToUse(requested: string, previous: AnswerFile | undefined): string {
  return previous && requested === DEFAULT_BANK ? previous.bank : requested;
}

async function askResume(prompter: Prompter, file: string, previous: AnswerFile): Promise<boolean> {
  const answered = Object.values(previous.answers).filter((a) => a !== null).length;
  const choice = await prompter.select({
    message: `${displayPath(file)} holds ${answered} answer${answered === 1 ? '' : 's'} for ${previous.organisation.name}. Resume, or start again?`,
    choices: ['Resume where it stopped', 'Start again (replaces those answers)'],
    initial: 0,
    hasHelp: false,
    canGoBack: false,
  });
  return choice.kind !== 'answer' || choice.value === 0;
}

/** The answer file as written, for the end step. */
function contentOf(bank: Bank, state: SessionState): AnswerFile {
  const organisation = { ...state.organisation, name: state.organisation.name ?? '' };
  return {
    bank: bank.id,
    bank_version: bank.version,
    organisation,
    answers: Object.fromEntries(state.answers) as AnswerFile['answers'],
  };
}

function resumeCommand(options: InitOptions): string {
  const flags = [
    ...(options.bank === DEFAULT_BANK ? [] : [`--bank ${options.bank}`]),
    ...(options.answers === DEFAULT_ANSWERS ? [] : [`--answers ${options.answers}`]),
  ];
  return ['ce-plan init', ...flags].join(' ');
}

/** Ctrl-C, closed input, or inquirer's own exit and abort errors (which it does not export). */
function isInterruption(error: unknown): boolean {
  return error instanceof InterruptedError || (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'));
}

/** The day the answers are given, as the report's date (YYYY-MM-DD, local time). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
