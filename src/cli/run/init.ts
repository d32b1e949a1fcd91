// `ce-plan init`: answer a bank in the terminal, saving after every answer, resuming where a run stopped,
// then the terminal summary and the report, checked, scored and rendered as `assess` does.
import { DEFAULT_ANSWERS, DEFAULT_BANK, DEFAULT_REPORT, type InitOptions } from '../commands/init.js';
import { dirname, join } from 'node:path';
import { InputError, UsageError, type Wording } from '../../core/errors.js';
import type { AnswerFile, Bank } from '../../core/schema.js';
import type { Answer } from '../../core/visibility.js';
import { reportFileName, reportStemOf, type ReportFormat } from '../../format/report/index.js';
import { withTracker } from '../options.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { reportStem } from '../../io/paths.js';
import { exists, throughLinks, writeFilesAtomic } from '../../io/write-file.js';
import type { ShapedAnswers } from '../../pipeline/answer-shape.js';
import { terminalText } from '../../format/terminal-text.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import type { SessionState } from '../interview/session.js';
import type { Prompter } from '../interview/prompter.js';
import type { HeldLock } from '../../io/answer-lock.js';
import { readSource } from '../../io/read-source.js';
import { textHash } from '../../io/text-hash.js';
import { ceplanVersion } from '../../io/version.js';
import type { LoadedBank } from '../../pipeline/load-bank.js';
import { styleFor } from '../style.js';
import { isInterruption, keepCopy, lockLost, lockOrStop, openInterview, today } from './interview-shared.js';
import { messageLanguage, type Language } from '../../core/languages.js';
import { bankIn } from '../../core/translation.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { reportLanguages } from '../../pipeline/report-languages.js';

/**
 * The report files `init` writes: each format takes `--out`'s name with its own extension (`r.html` →
 * `r.md` and `r.html`), so no two formats share a path; an `--out` with no report extension is the
 * Markdown report as given.
 */
function reportPaths({ out, format }: Pick<ReportOptions, 'out' | 'format'>): { format: ReportFormat; path: string }[] {
  const stem = reportStemOf(out);
  return format.map((f) => ({ format: f, path: f === 'md' && stem === out ? out : reportFileName(stem, f) }));
}

/** The options with `--out` settled. */
type ReportOptions = InitOptions & { out: string };

/**
 * The report's name: `--out`, or else the answer file's name with `.md`, beside it (`sergeant.yaml` →
 * `sergeant.md`), so a second respondent's `init --answers` in the same folder has a report of their own;
 * the default answer file keeps the default report name.
 */
function withReportName(options: InitOptions): ReportOptions {
  if (options.out !== undefined) return { ...options, out: options.out };
  if (options.answers === DEFAULT_ANSWERS) return { ...options, out: DEFAULT_REPORT };
  return { ...options, out: join(dirname(options.answers), `${reportStem(options.answers)}.md`) };
}

export async function run(io: Io, given: InitOptions): Promise<number> {
  // `--tracker` adds the action tracker to the formats written, all or none with the reports.
  const options = withReportName({ ...given, format: withTracker(given.format, given.tracker) });
  if (!io.stdin.isTTY || !io.stdout.isTTY || io.env['CI']) throw new UsageError((w) => w.errors.initNeedsTerminal);
  if (options.resume && options.restart) throw new UsageError((w) => w.errors.resumeOrRestart);
  if (!options.force) {
    for (const { path } of reportPaths(options)) {
      if (await exists(path)) throw new UsageError((w) => w.errors.reportExists(displayPath(path, io.cwd)));
    }
  }
  const identities = new IdentityCache(io.cwd);
  const answerFile = new IdentityIndex<string>();
  answerFile.add(identities.of(options.answers), options.answers);
  // By real path and by file, so `./x/../answers.yaml` or a link to the answer file is caught too.
  if (reportPaths(options).some(({ path }) => answerFile.hit(identities.of(path)) !== undefined)) {
    throw new UsageError((w) => w.errors.outOverAnswers(options.out, options.answers));
  }

  const lock = await lockOrStop(io, options.answers, wordsFor(messageLanguage(options.lang)).messages);
  try {
    return await interview(io, options, lock);
  } finally {
    lock.release();
  }
}

/** The interview itself, with the answer file locked. */
async function interview(io: Io, options: ReportOptions, lock: HeldLock): Promise<number> {
  const { loadBank } = await import('../../pipeline/load-bank.js');
  // A link to a file not made yet (a synced folder's) is a new answer file, written through the link.
  const existing = await exists(throughLinks(options.answers));
  // The findings' language: the first of --lang, else English (as every command words them).
  const messages = messageLanguage(options.lang);
  const loadedPrevious = !options.restart && existing ? await loadPrevious(options.answers, messages) : undefined;
  const previous = loadedPrevious?.content;
  const loaded = await loadBank(bankToUse(options.bank, previous), messages);
  const { bank } = loaded;
  if (previous && previous.bank !== bank.id) throw new UsageError(otherBank(io, options.answers, previous.bank, bank.id));
  const replacing = options.restart && existing ? await replacedFile(options.answers, bank, messages) : undefined;

  const { runSession } = await import('../interview/session.js');
  // The writer (and yaml) is loaded at the first save, after the first question is answered, not before it is asked.
  let writer: Promise<typeof import('../../io/answer-file-writer.js')> | undefined;
  // --lang, else the language a resumed file's reports were to be in: the interview speaks the first.
  const languages = options.lang ?? (previous?.lang === undefined ? undefined : [...reportLanguages(previous, undefined)]);
  const words = wordsFor(languages?.[0] ?? 'en');
  const asked = bankIn(bank, languages?.[0] ?? 'en');
  const { style, prompter, stopListening } = await openInterview(io, options, words.interview);
  let saved = previous !== undefined;
  try {
    io.stdout.write(`${style.bold(terminalText(asked.title))} (${bank.id} ${bank.version})\n`);
    if (replacing && !(await replaceOrStop(io, prompter, options.answers, replacing, words))) {
      prompter.close();
      io.stdout.write(`${words.interview.leftAsItWas(displayPath(options.answers, io.cwd))}\n`);
      return 0;
    }
    const resume = previous !== undefined && (options.resume || (await askResume(io, prompter, options.answers, previous, words)));
    if (replacing || (previous !== undefined && !resume)) await keepCopy(io, prompter, options.answers, words.interview);
    if (resume && previous.bank_version !== undefined && previous.bank_version !== bank.version) {
      prompter.say(style.yellow(terminalText(words.interview.versionChanged(previous.bank_version, bank.version))));
    }
    const initial: SessionState = resume
      ? { organisation: previous.organisation, answers: await resumableAnswers(io, bank, loadedPrevious!, messages) }
      : { organisation: { date: today() }, answers: new Map() };
    // --respondent names who answers; a resumed file keeps the one it holds unless the flag gives another.
    const respondent = options.respondent !== undefined ? respondentOf(options.respondent) : resume ? previous.respondent : undefined;
    const final = await runSession(prompter, asked, initial, {
      askOrganisation: !resume,
      style,
      save: async (state) => {
        if (state.organisation.name === undefined) return;
        if (!lock.stillOurs()) throw new UsageError(lockLost(io, options.answers, lock.path));
        const { writeAnswerFile } = await (writer ??= import('../../io/answer-file-writer.js'));
        await writeAnswerFile(options.answers, {
          bank,
          organisation: { ...state.organisation, name: state.organisation.name },
          respondent,
          answers: state.answers,
          lang: languages,
        });
        saved = true;
      },
    });
    prompter.close();
    return await finish(io, loaded, contentOf(bank, final, respondent, languages), { ...options, lang: languages });
  } catch (error) {
    if (!isInterruption(error)) throw error;
    prompter.close();
    io.stderr.write(
      saved ? `\n${words.interview.savedResume(displayPath(options.answers, io.cwd), resumeCommand(options))}\n` : `\n${words.interview.nothingSaved}\n`,
    );
    return 130;
  } finally {
    stopListening();
  }
}

/** Scores the answers, prints the terminal summary and writes the reports. */
async function finish(io: Io, loaded: LoadedBank, content: AnswerFile, options: ReportOptions): Promise<number> {
  const { bank } = loaded;
  const { assessContent, reportsOf } = await import('../../pipeline/assess.js');
  const { nowhere } = await import('../../core/diagnostics.js');
  const { formatTerminalSummary } = await import('../../format/terminal-summary.js');
  const { readReportTemplates } = await import('../../io/report-template.js');
  const style = await styleFor(io.stdout, io.env);
  // The summary in the interview's language: the same scores, the bank's titles in that language.
  const language = options.lang?.[0] ?? 'en';
  const words = wordsFor(language);
  const { answers, assessment } = assessContent(bank, content, nowhere, options.answers, words);
  const summarised = language === 'en' ? assessment : (await import('../../core/scoring.js')).scoreAssessment(bankIn(bank, language), answers);
  io.stdout.write(`\n${words.terminal.answersSaved(displayPath(options.answers, io.cwd))}\n\n${formatTerminalSummary(summarised, style, words.terminal)}\n`);

  // The report records the answer file as saved, so `ce-plan verify` can check the one against the other.
  const saved = await readSource(options.answers, words);
  if (!saved.ok) throw new InputError(saved.diagnostics, language);
  const sources = [{ file: options.answers, sha256: textHash(saved.value) }];
  const reports = await reportsOf(
    { bank: loaded, content, answers, assessment, sources },
    { formats: options.format, templates: await readReportTemplates(options.format), tool: `ce-plan ${ceplanVersion()}`, languages: options.lang },
  );
  const paths = new Map(reportPaths(options).map(({ format, path }) => [format, path]));
  const files = reports.map((report) => ({ path: paths.get(report.format)!, content: report.content }));
  // All of them or none, as `assess` writes one answer file's reports.
  await writeFilesAtomic(files, { overwrite: options.force === true });
  for (const { path } of files) io.stdout.write(`${words.terminal.reportWritten(style.bold(terminalText(displayPath(path, io.cwd))))}\n`);
  return 0;
}

/** The answer file to resume, of the right shape; anything else stops `init` with its findings and a way on. */
async function loadPrevious(file: string, messages: Language): Promise<ShapedAnswers> {
  const { loadAnswerFile } = await import('../../pipeline/answer-shape.js');
  const loaded = await loadAnswerFile(file, wordsFor(messages));
  if (!loaded.ok) {
    const hint = {
      ...loaded.diagnostics[0]!,
      severity: 'error' as const,
      rule: 'resume',
      message: 'use --answers FILE to start a new assessment beside it, or fix this file; --restart replaces it (keeping a copy)',
    };
    throw new InputError([...loaded.diagnostics, hint], messages);
  }
  return loaded.value;
}

/**
 * The answers a resumed run starts from: each checked against the bank as `assess` checks it. Answers that
 * no longer fit their question are shown and asked again; answers the skip logic now hides are kept.
 */
async function resumableAnswers(io: Io, bank: Bank, previous: ShapedAnswers, messages: Language): Promise<Map<string, Answer>> {
  const { checkAnswers } = await import('../../core/answers.js');
  const words = wordsFor(messages);
  const { fitting, diagnostics } = checkAnswers(bank, previous.content, previous.locator, previous.file, words);
  const misfits = diagnostics.filter((d) => d.severity === 'error');
  if (misfits.length > 0) {
    const shown = misfits.map((d) => ({ ...d, severity: 'warning' as const }));
    await printFindings(io, shown, words, 'These answers do not fit their questions and will be asked again.\n');
  }
  return new Map(fitting);
}

/** The default bank gives way to the one a previous answer file names, so a plain `ce-plan init` resumes. */
function bankToUse(requested: string, previous: AnswerFile | undefined): string {
  return previous && requested === DEFAULT_BANK ? previous.bank : requested;
}

/**
 * Why an answer file of another bank stops `init`, and the ways on: first a new file beside it (the one
 * that loses nothing), then its own bank, then replacing it.
 */
function otherBank(io: Io, file: string, itsBank: string, wanted: string): Wording {
  const beside = join(dirname(file), `${wanted}-answers.yaml`);
  return (w) => w.errors.otherBank(displayPath(file, io.cwd), itsBank, wanted, displayPath(beside, io.cwd));
}

/** What `--restart` is about to replace: how many answers the file holds, and whether they are a complete assessment. */
interface Replaced {
  answered: number;
  organisation: string | undefined;
  bank: string | undefined;
  /** Every shown required question answered; also true when the file's bank cannot be loaded to tell, and it holds answers. */
  complete: boolean;
  /** Whether its bank could be loaded to tell. */
  known: boolean;
}

async function replacedFile(file: string, bank: Bank, messages: Language): Promise<Replaced> {
  const { loadAnswerFile } = await import('../../pipeline/answer-shape.js');
  const loaded = await loadAnswerFile(file, wordsFor(messages));
  // A file that cannot be read as an answer file holds no assessment to lose; a copy is kept all the same.
  if (!loaded.ok) return { answered: 0, organisation: undefined, bank: undefined, complete: false, known: false };
  const { content } = loaded.value;
  const answers = new Map(Object.entries(content.answers).filter(([, a]) => a !== null) as [string, Answer][]);
  let itsBank: Bank | undefined = content.bank === bank.id ? bank : undefined;
  if (itsBank === undefined) {
    const { loadBank } = await import('../../pipeline/load-bank.js');
    itsBank = await loadBank(content.bank, messages).then(
      (b) => b.bank,
      () => undefined,
    );
  }
  const { isComplete } = await import('../../core/init-flow.js');
  const complete = answers.size > 0 && (itsBank === undefined || isComplete(itsBank, answers));
  return { answered: answers.size, organisation: content.organisation.name, bank: content.bank, complete, known: itsBank !== undefined };
}

/** `--restart` over a complete assessment asks first, and stops unless told to start again. */
async function replaceOrStop(io: Io, prompter: Prompter, file: string, replaced: Replaced, words: Words): Promise<boolean> {
  if (!replaced.complete) return true;
  const choice = await prompter.select({
    message: words.interview.replace(displayPath(file, io.cwd), replaced.known, String(replaced.organisation), replaced.answered, String(replaced.bank)),
    choices: [{ label: words.interview.keep }, { label: words.interview.startAgain }],
    initial: 0,
    hasHelp: false,
    canGoBack: false,
  });
  return choice.kind === 'answer' && choice.value === 1;
}

async function askResume(io: Io, prompter: Prompter, file: string, previous: AnswerFile, words: Words): Promise<boolean> {
  const answered = Object.values(previous.answers).filter((a) => a !== null).length;
  const choice = await prompter.select({
    message: words.interview.resumeOrRestart(displayPath(file, io.cwd), answered, previous.organisation.name),
    choices: [{ label: words.interview.resume }, { label: words.interview.restart }],
    initial: 0,
    hasHelp: false,
    canGoBack: false,
  });
  return choice.kind !== 'answer' || choice.value === 0;
}

/** The answer file as written, for the end step. */
function contentOf(bank: Bank, state: SessionState, respondent: AnswerFile['respondent'], lang: readonly Language[] | undefined): AnswerFile {
  const organisation = { ...state.organisation, name: state.organisation.name ?? '' };
  return {
    bank: bank.id,
    bank_version: bank.version,
    ...(lang === undefined ? {} : { lang: [...lang] }),
    organisation,
    ...(respondent === undefined ? {} : { respondent }),
    answers: Object.fromEntries(state.answers) as AnswerFile['answers'],
  };
}

/** `--respondent "Alex Morgan, Council officer"`: a name, then a role after the first comma; either may be empty. */
function respondentOf(text: string): { name?: string; role?: string } {
  const comma = text.indexOf(',');
  const [name, role] = (comma < 0 ? [text, ''] : [text.slice(0, comma), text.slice(comma + 1)]).map((part) => part.trim());
  if (!name && !role) throw new UsageError((w) => w.errors.respondentEmpty);
  return { ...(name ? { name } : {}), ...(role ? { role } : {}) };
}

function resumeCommand(options: InitOptions): string {
  const flags = [
    ...(options.bank === DEFAULT_BANK ? [] : [`--bank ${options.bank}`]),
    ...(options.answers === DEFAULT_ANSWERS ? [] : [`--answers ${options.answers}`]),
  ];
  return ['ce-plan init', ...flags].join(' ');
}
