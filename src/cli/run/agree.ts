// `ce-plan agree FILES…` (issue 25): the questions one organisation's respondents contest, asked of the
// meeting in the terminal; each agreed answer and its reason saved to the agreement file as it is given,
// resumed where a run stopped, as `init` saves and resumes an answer file.
import type { AgreeOptions } from '../commands/agree.js';
import { DEFAULT_AGREEMENT } from '../commands/agree.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkAgreedAnswers } from '../../core/agreement.js';
import { organisationKey } from '../../core/combine.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { messageLanguage, type Language } from '../../core/languages.js';
import { InputError, UsageError, type Wording } from '../../core/errors.js';
import type { AgreementFile } from '../../core/schema.js';
import { terminalText } from '../../format/terminal-text.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import type { HeldLock } from '../../io/answer-lock.js';
import { exists, throughLinks } from '../../io/write-file.js';
import type { Partnership } from '../../pipeline/partnership.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import type { AgreeState, AgreedState } from '../interview/agree-session.js';
import type { Prompter } from '../interview/prompter.js';
import { isInterruption, keepCopy, lockLost, lockOrStop, openInterview, today } from './interview-shared.js';
import { wordsFor, type Words } from '../../core/words/index.js';

export async function run(io: Io, inputs: string[], options: AgreeOptions): Promise<number> {
  if (!io.stdin.isTTY || !io.stdout.isTTY || io.env['CI']) throw new UsageError((w) => w.errors.agreeNeedsTerminal);
  if (options.resume && options.restart) throw new UsageError((w) => w.errors.resumeOrRestart);
  const { loadPartnership } = await import('../../pipeline/partnership.js');
  const language = messageLanguage(options.lang);
  const words = wordsFor(language);
  const partnership = await loadPartnership(inputs, { bank: options.bank, anonymise: options.anonymise === true, language });
  await printFindings(io, partnership.warnings, words);
  const out = options.out ?? join(dirname(partnership.respondents[0]!.file), DEFAULT_AGREEMENT);
  const identities = new IdentityCache(io.cwd);
  const answerFiles = new IdentityIndex<string>();
  for (const { file } of partnership.respondents) answerFiles.add(identities.of(file), file);
  const clash = answerFiles.hit(identities.of(out));
  if (clash !== undefined) throw new UsageError((w) => w.errors.outOverAnswers(out, clash));
  const { name } = partnership.organisation;
  if (partnership.contested.length === 0) {
    io.stdout.write(`${words.agree.nothingToAgree(terminalText(name), partnership.respondents.length)}\n`);
    return 0;
  }
  const lock = await lockOrStop(io, out, words.messages, 'agreementFile');
  try {
    return await meeting(io, partnership, out, options, lock, words);
  } finally {
    lock.release();
  }
}

/** The interview itself, with the agreement file locked. */
async function meeting(io: Io, partnership: Partnership, out: string, options: AgreeOptions, lock: HeldLock, words: Words): Promise<number> {
  const existing = await exists(throughLinks(out));
  const previous = !options.restart && existing ? await loadPrevious(io, partnership, out, messageLanguage(options.lang)) : undefined;
  const { runAgreeSession } = await import('../interview/agree-session.js');
  const { writeAgreementFile } = await import('../../io/agreement-file-writer.js');
  const { style, prompter, stopListening } = await openInterview(io, options, words.interview);
  const { bank, organisation, respondents, contested } = partnership;
  let saved = previous !== undefined;
  try {
    const heading = words.agree.heading(organisation.name, respondents.length, `${bank.id} ${bank.version}`);
    io.stdout.write(`${style.bold(terminalText(heading))}\n`);
    const resume = previous !== undefined && (options.resume || (await askResume(io, prompter, out, previous.state, words)));
    if ((options.restart && existing) || (previous !== undefined && !resume)) await keepCopy(io, prompter, out, words.interview);
    const date = resume ? previous.date : today();
    const initial: AgreeState = resume ? previous.state : { present: [], agreed: new Map() };
    const folder = dirname(resolve(io.cwd, out));
    const listed = respondents.map((r) => ({ file: relative(folder, resolve(io.cwd, r.file)).split(sep).join('/'), sha256: r.sha256 }));
    const final = await runAgreeSession(prompter, bank, respondents, contested, initial, {
      style,
      words,
      save: async (state) => {
        if (!lock.stillOurs()) throw new UsageError(lockLost(io, out, lock.path));
        await writeAgreementFile(out, {
          bank,
          version: partnership.version,
          organisation,
          date,
          respondents: listed,
          present: state.present,
          agreed: state.agreed,
        });
        saved = true;
      },
    });
    prompter.close();
    const agreed = final.agreed.size;
    const where = terminalText(displayPath(out, io.cwd));
    io.stdout.write(saved ? `\n${words.agree.saved(agreed, contested.length, style.bold(where))}\n` : `\n${words.agree.nothingSaved}\n`);
    return 0;
  } catch (error) {
    if (!isInterruption(error)) throw error;
    prompter.close();
    io.stderr.write(saved ? `\n${words.agree.savedResume(terminalText(displayPath(out, io.cwd)))}\n` : `\n${words.agree.interrupted}\n`);
    return 130;
  } finally {
    stopListening();
  }
}

/** An agreement to resume: its date, who was present, and the answers agreed so far. */
interface Previous {
  date: string;
  state: AgreeState;
}

/**
 * The agreement file to resume: one of the right shape, made on these same answer files as they are now,
 * for their bank and version. Anything else stops `agree` with the ways on, the safest first.
 */
async function loadPrevious(io: Io, partnership: Partnership, out: string, language: Language): Promise<Previous> {
  const words = wordsFor(language);
  const { readAgreement } = await import('../../pipeline/agreements.js');
  const { validate } = await import('../../core/validate.js');
  const { agreementFileSchema } = await import('../../core/schema.js');
  const { tableLocator } = await import('../../pipeline/positions.js');
  const stop = (diagnostics: Diagnostic[]) =>
    new InputError([...diagnostics, { ...diagnostics[0]!, severity: 'error', rule: 'resume', message: words.messages.errors.waysOn }], language);
  const parsed = await readAgreement(out, words);
  if (!parsed.ok) throw stop(parsed.diagnostics);
  const locator = tableLocator(parsed.value.positions);
  const shaped = validate(agreementFileSchema, parsed.value.data, locator, out, words);
  if (!shaped.ok) throw stop(shaped.diagnostics);
  const content: AgreementFile = shaped.value;
  const file = terminalText(displayPath(out, io.cwd));
  const problem = otherAgreement(partnership, out, content);
  if (problem !== undefined) throw new UsageError((w) => w.errors.notThisAgreement(file, problem(w)));
  const { agreed, diagnostics } = checkAgreedAnswers(partnership.bank, partnership.version, content, locator, out, words);
  if (diagnostics.length > 0) {
    await printFindings(
      io,
      diagnostics.map((d) => ({ ...d, severity: 'warning' as const })),
      words,
      'These agreed answers do not fit their questions and will be asked again.\n',
    );
  }
  const answers = new Map<string, AgreedState>(
    agreed.map(({ question, answer, reason, present }) => [question.id, { answer, reason, ...(present === null ? {} : { present }) }]),
  );
  return { date: content.date, state: { present: content.present, agreed: answers } };
}

/** Why an existing agreement file is not this meeting's to resume, or undefined when it is. */
function otherAgreement({ organisation, respondents, bank }: Partnership, out: string, content: AgreementFile): Wording | undefined {
  if (organisationKey(content.organisation) !== organisationKey(organisation))
    return (w) => w.errors.otherOrganisation(content.organisation.name, organisation.name);
  if (content.bank !== bank.id) return (w) => w.errors.otherAgreementBank(content.bank, bank.id);
  const identities = new IdentityCache(process.cwd());
  const listed = new IdentityIndex<string>();
  for (const r of content.respondents) listed.add(identities.of(resolve(dirname(resolve(out)), r.file)), r.sha256);
  if (content.respondents.length !== respondents.length || respondents.some((r) => listed.hit(identities.of(r.file)) === undefined)) {
    return (w) => w.errors.otherAnswerFiles(content.respondents.map((r) => r.file));
  }
  const changed = respondents.filter((r) => listed.hit(identities.of(r.file)) !== r.sha256).map((r) => r.file);
  if (changed.length > 0) return (w) => w.errors.answerFilesChanged(changed);
  return undefined;
}

async function askResume(io: Io, prompter: Prompter, file: string, previous: AgreeState, words: Words): Promise<boolean> {
  const choice = await prompter.select({
    message: words.agree.resumeOrRestart(displayPath(file, io.cwd), previous.agreed.size),
    choices: [{ label: words.agree.resume }, { label: words.agree.restart }],
    initial: 0,
    hasHelp: false,
    canGoBack: false,
  });
  return choice.kind !== 'answer' || choice.value === 0;
}
