// What the two interviews (`init`, and `agree` over one organisation's respondents) share: the prompter a
// terminal gets, how an interruption is told, the lock on the file being saved, and the copy kept before
// a fresh start replaces it.
import { InterruptedError, UsageError, type Wording } from '../../core/errors.js';
import { terminalText } from '../../format/terminal-text.js';
import type { HeldLock } from '../../io/answer-lock.js';
import { displayPath, type Io } from '../host.js';
import type { Prompter } from '../interview/prompter.js';
import { colorEnabled, styleFor } from '../style.js';
import type { Style } from '../../format/style.js';
import { en } from '../../core/words/en.js';
import type { Words } from '../../core/words/index.js';

/**
 * The saved file's lock, taken for this interview; a second interview on the file stops here, before
 * it reads or writes anything, saying who holds it and the ways on.
 */
export async function lockOrStop(io: Io, answers: string, m: Words['messages'], saved: 'answerFile' | 'agreementFile' = 'answerFile'): Promise<HeldLock> {
  const { lockAnswerFile } = await import('../../io/answer-lock.js');
  const taken = await lockAnswerFile(answers, io.pid, new Date());
  const file = terminalText(displayPath(answers, io.cwd));
  if ('holder' in taken) {
    const { owner, since, path } = taken.holder;
    const lockFile = terminalText(displayPath(path, io.cwd));
    if (owner === undefined) {
      throw new UsageError((w) => w.errors.lockInTheWay(lockFile, file));
    }
    const { hostname } = await import('node:os');
    const here = owner.host === hostname();
    const [host, when] = [here ? null : terminalText(owner.host), since === undefined ? null : terminalText(since)];
    throw new UsageError((w) => w.errors.openElsewhere(file, w.errors.lockHolder(owner.pid, host, when), saved, here ? null : lockFile));
  }
  const { held } = taken;
  if (held.tookOver !== undefined) {
    io.stderr.write(`${m.errors.lockRemoved(file, held.tookOver.pid)}\n`);
  }
  return held;
}

/** Why a save is refused: the lock was removed by hand, and another interview may be writing the file. */
export function lockLost(io: Io, answers: string, lockFile: string): Wording {
  return (w) => w.errors.lockLost(terminalText(displayPath(lockFile, io.cwd)), terminalText(displayPath(answers, io.cwd)));
}

/**
 * An interview's terminal: its style, and its prompter, which Ctrl-C interrupts until `stopListening`
 * is called.
 */
export async function openInterview(
  io: Io,
  options: { plain?: true | undefined },
  words: Words['interview'] = en.interview,
): Promise<{ style: Style; prompter: Prompter; stopListening: () => void }> {
  const style = await styleFor(io.stdout, io.env);
  const interrupt = new AbortController();
  // A closed terminal (HUP) or a TERM ends the interview as Ctrl-C does: the answers saved, the lock let go.
  const stopListening = io.onSignals(['SIGINT', 'SIGTERM', 'SIGHUP'], () => interrupt.abort());
  return { style, prompter: await makePrompter(io, options, interrupt.signal, words), stopListening };
}

/** The full-screen prompter, or the plain one (`--plain`, or `TERM=dumb`), speaking the interview's language. */
async function makePrompter(io: Io, options: { plain?: true | undefined }, signal: AbortSignal, words: Words['interview']): Promise<Prompter> {
  if (options.plain || io.env['TERM'] === 'dumb') {
    const { PlainPrompter } = await import('../interview/prompter-plain.js');
    return new PlainPrompter(io.stdin, io.stdout, signal, words);
  }
  const { InquirerPrompter } = await import('../interview/prompter-inquirer.js');
  return new InquirerPrompter(io.stdin, io.stdout, colorEnabled(io.stdout, io.env), signal, words);
}

/** Before a fresh start replaces the answer file, a copy of it is kept, and the person is told where. */
export async function keepCopy(io: Io, prompter: Prompter, file: string, words: Words['interview'] = en.interview): Promise<void> {
  const { backUpFile } = await import('../../io/backup-file.js');
  const copy = await backUpFile(file);
  prompter.say(words.copyKept(displayPath(copy, io.cwd), displayPath(file, io.cwd)));
}

/** Ctrl-C, closed input, or inquirer's own exit and abort errors (which it does not export). */
export function isInterruption(error: unknown): boolean {
  return error instanceof InterruptedError || (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'));
}

/** Today, in local time (YYYY-MM-DD): the date of a new answer file, or of a new agreement. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
