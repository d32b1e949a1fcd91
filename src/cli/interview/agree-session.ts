// Drives `ce-plan agree` through a Prompter (issue 25): who is here, then each question the respondents
// contest, with what each answered and the guidance's help, asking for the agreed answer (as `init`
// asks it, through its kind's `ask` spec) and, in one line, why; saving after each. The skip logic
// follows the answers agreed so far: a contested question nobody would be asked once they apply is not
// asked (docs/scoring.md, "Agreeing a shared view").
import { placedQuestions } from '../../core/bank.js';
import type { Contested } from '../../core/combine.js';
import type { Bank, Question } from '../../core/schema.js';
import { describeAnswer } from '../../core/scoring.js';
import { shownQuestions, type Answer, type AnswerMap } from '../../core/visibility.js';
import type { Style } from '../../format/style.js';
import { terminalLines, terminalText } from '../../format/terminal-text.js';
import type { Prompter } from './prompter.js';
import { askQuestion, type Leave } from './session.js';

/** One agreed answer, why, and who was present for it where that was not the whole meeting. */
export interface AgreedState {
  answer: Answer;
  reason: string;
  present?: readonly string[];
}

export interface AgreeState {
  /** Who was present when the agreement began. */
  present: readonly string[];
  agreed: ReadonlyMap<string, AgreedState>;
}

export interface AgreeSessionOptions {
  /** Called after every agreed answer (and every question left contested) with the state so far. */
  save(state: AgreeState): Promise<void>;
  style: Style;
}

/** A respondent as the meeting sees them: how they are named, and their answers. */
interface Party {
  label: string;
  /** Every answer in their file that fits, hidden ones too (an agreed gate may open their question). */
  given: AnswerMap;
  /** The answers to the questions they were asked. */
  answers: AnswerMap;
}

const LEAVE: Leave = { choice: 'Leave it contested (not agreed)', ticks: 'tick none to leave it contested', typed: 'leave it empty to leave it contested' };

/**
 * Runs until every contested question still asked has been offered; rejects when the prompter is
 * interrupted. A resumed agreement starts at its first contested question not yet agreed.
 */
export async function runAgreeSession(
  prompter: Prompter,
  bank: Bank,
  parties: readonly Party[],
  contested: readonly Contested[],
  initial: AgreeState,
  { save, style }: AgreeSessionOptions,
): Promise<AgreeState> {
  const order = new Map(placedQuestions(bank).map((p, i) => [p.question.id, i]));
  const ids = new Set(contested.map((c) => c.question.id));
  // The contested questions someone is asked, once the answers agreed so far replace theirs.
  const toAsk = (agreed: AgreeState['agreed']): Question[] => {
    const asked = new Set<string>();
    for (const { given } of parties) {
      const replaced = new Map(given);
      for (const [id, { answer }] of agreed) replaced.set(id, answer);
      for (const { question } of shownQuestions(bank, replaced)) if (ids.has(question.id)) asked.add(question.id);
    }
    return contested.map((c) => c.question).filter((q) => asked.has(q.id));
  };
  const resuming = initial.agreed.size > 0;
  let state = initial;
  prompter.say(style.dim(`${contested.length === 1 ? '1 question' : `${contested.length} questions`} to agree, where your answers differ.`));
  // Who is here now: the whole agreement's list when it begins; on resume, this sitting's, which the
  // answers agreed now carry where it differs.
  let sitting = await askPresent(prompter, parties, resuming ? initial.present : parties.map((p) => p.label));
  if (!resuming) state = { ...state, present: sitting };

  let current: Question | undefined = resuming ? toAsk(state.agreed).find((q) => !state.agreed.has(q.id)) : toAsk(state.agreed)[0];
  let pending: Answer | undefined;
  let arrived = true;
  let helpShown = false;
  while (current !== undefined) {
    const list = toAsk(state.agreed);
    const at = list.indexOf(current);
    const question: Question = current;
    if (pending === undefined) {
      if (arrived) {
        helpShown = false;
        prompter.note(style.dim(`Contested question ${at + 1} of ${list.length}`));
        prompter.note(saidLines(bank, question, parties));
      }
      const reply = await askQuestion(prompter, question, state.agreed.get(question.id)?.answer, true, LEAVE);
      arrived = reply.kind !== 'help';
      if (reply.kind === 'help') {
        if (question.help && !helpShown) prompter.note(style.dim(terminalLines(question.help)));
        helpShown = true;
        continue;
      }
      if (reply.kind === 'back') {
        const before = list.filter((q) => order.get(q.id)! < order.get(question.id)!).at(-1);
        if (before === undefined) {
          sitting = await askPresent(prompter, parties, sitting);
          if (!resuming) state = { ...state, present: sitting };
        } else {
          current = before;
        }
        continue;
      }
      if (reply.value === undefined) {
        // Left contested: not agreed, whatever was agreed before.
        const agreed = new Map(state.agreed);
        agreed.delete(question.id);
        state = { ...state, agreed };
        await save(state);
        current = next(toAsk(state.agreed), question, order);
        continue;
      }
      pending = reply.value as Answer;
      arrived = true;
    }
    const reply = await prompter.input({
      message: 'Why, in one line?',
      title: 'Why?',
      hasHelp: false,
      canGoBack: true,
      ...(state.agreed.get(question.id) === undefined ? {} : { initial: state.agreed.get(question.id)!.reason }),
      problem: (text) => (text.trim() === '' ? 'say in one line why you agreed this (or go back)' : undefined),
    });
    if (reply.kind !== 'answer') {
      // Back to the answer, asked again.
      pending = undefined;
      arrived = true;
      continue;
    }
    const agreed = new Map(state.agreed);
    agreed.set(question.id, { answer: pending, reason: reply.value.trim(), ...(sameSet(sitting, state.present) ? {} : { present: sitting }) });
    state = { ...state, agreed };
    await save(state);
    pending = undefined;
    arrived = true;
    current = next(toAsk(state.agreed), question, order);
  }
  return state;
}

/** The first question of `list` after `question`, in the bank's order. */
function next(list: readonly Question[], question: Question, order: ReadonlyMap<string, number>): Question | undefined {
  return list.find((q) => order.get(q.id)! > order.get(question.id)!);
}

/** Who is here: each respondent, ticked as given. */
async function askPresent(prompter: Prompter, parties: readonly Party[], ticked: readonly string[]): Promise<string[]> {
  const labels = parties.map((p) => p.label);
  for (;;) {
    const reply = await prompter.checkbox({
      message: 'Who is here? Untick anyone who is not',
      title: 'Present',
      hasHelp: false,
      canGoBack: false,
      choices: labels.map((label) => ({ label: terminalText(label) })),
      initial: labels.flatMap((label, i) => (ticked.includes(label) ? [i] : [])),
      problem: (chosen) => (chosen.length === 0 ? 'tick at least one' : undefined),
    });
    if (reply.kind === 'answer') return reply.value.map((i) => labels[i]!);
  }
}

/** What each respondent answered, a line each. */
function saidLines(bank: Bank, question: Question, parties: readonly Party[]): string {
  return parties
    .map(({ label, answers, given }) => {
      const answer = answers.get(question.id);
      const asked = shownQuestions(bank, given).some((p) => p.question.id === question.id);
      const words = answer !== undefined ? describeAnswer(question, answer) : asked ? 'not answered' : 'not asked';
      return `  ${terminalText(label)}: ${terminalText(words)}`;
    })
    .join('\n');
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
