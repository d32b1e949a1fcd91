// Drives one interactive run through a Prompter: the organisation's details, then every shown question,
// saving after each answer so an interruption loses nothing.
// The bank's text (titles, intros, prompts, help, labels) is quoted for the terminal where it is shown:
// a bank from elsewhere is untrusted, and its escape codes must not reach the screen.
import {
  firstStep,
  lengthOf,
  nextStep,
  previousStep,
  progressOf,
  withAnswer,
  type Organisation,
  type OrganisationField,
  type Step,
} from '../../core/init-flow.js';
import { kindOf } from '../../core/kinds/index.js';
import type { TypedAnswer } from '../../core/kinds/kind.js';
import type { Bank, Question, Section } from '../../core/schema.js';
import { lengthText, progressText } from '../../format/progress-text.js';
import type { Answer } from '../../core/visibility.js';
import type { Style } from '../../format/style.js';
import { terminalLines, terminalText } from '../../format/terminal-text.js';
import type { Choice, Prompter, Reply } from './prompter.js';

export interface SessionState {
  organisation: Organisation;
  answers: ReadonlyMap<string, Answer>;
}

export interface SessionOptions {
  /** Ask for the organisation's details first (a fresh run); a resumed run goes straight to its questions. */
  askOrganisation: boolean;
  /** Called after every answer with the state so far. */
  save(state: SessionState): Promise<void>;
  style: Style;
}

const SKIP = 'Skip this question';

const ORGANISATION_PROMPTS: Record<OrganisationField, { message: string; title: string }> = {
  name: { message: 'Organisation name', title: 'Organisation name' },
  area: { message: 'Area (optional)', title: 'Area' },
  completed_by: { message: 'Completed by (optional)', title: 'Completed by' },
};

/**
 * Runs until every shown question has been offered; rejects when the prompter is interrupted. Each step
 * shows its section's heading when the section changes, and again after Back, so the question asked again
 * reads in its context; then the progress marker, once, however often help is asked for; and its help
 * once, however often `?` is pressed. Both are notes: they go when the question is answered.
 */
export async function runSession(prompter: Prompter, bank: Bank, initial: SessionState, options: SessionOptions): Promise<SessionState> {
  let state = initial;
  const { askOrganisation, style } = options;
  let step = firstStep(bank, state.answers, askOrganisation);
  if (step) prompter.say(style.dim(lengthText(lengthOf(bank, state.answers), !askOrganisation)));
  let lastSection: Section | undefined;
  let arrived = true;
  let helpShown = false;
  while (step) {
    const canGoBack = previousStep(bank, state.answers, askOrganisation, step) !== undefined;
    if (step.kind === 'question' && arrived) {
      const { section } = step.placed;
      if (section !== lastSection) {
        prompter.say(['', style.bold(terminalText(section.title)), ...(section.intro ? [terminalLines(section.intro)] : [])].join('\n'));
        lastSection = section;
      }
      prompter.note(style.dim(progressText(progressOf(bank, state.answers, step.placed))));
    }
    if (arrived) helpShown = false;
    const reply = await askStep(prompter, step, state, canGoBack);
    arrived = reply.kind !== 'help';
    if (reply.kind === 'help') {
      if (step.kind === 'question' && step.placed.question.help && !helpShown) prompter.note(style.dim(terminalLines(step.placed.question.help)));
      helpShown = true;
      continue;
    }
    if (reply.kind === 'back') {
      step = previousStep(bank, state.answers, askOrganisation, step) ?? step;
      lastSection = undefined;
      continue;
    }
    state = apply(state, step, reply.value);
    await options.save(state);
    step = nextStep(bank, state.answers, askOrganisation, step);
  }
  return state;
}

/** A value the step's own prompt produced: organisation text, or a question's answer (undefined = none). */
type StepValue = string | Answer | undefined;

function apply(state: SessionState, step: Step, value: StepValue): SessionState {
  if (step.kind === 'organisation') {
    const organisation = { ...state.organisation };
    if (typeof value === 'string' && value !== '') organisation[step.field] = value;
    else delete organisation[step.field];
    return { ...state, organisation };
  }
  return { ...state, answers: withAnswer(state.answers, step.placed.question.id, value) };
}

async function askStep(prompter: Prompter, step: Step, state: SessionState, canGoBack: boolean): Promise<Reply<StepValue>> {
  if (step.kind === 'organisation') {
    const required = step.field === 'name';
    const reply = await prompter.input({
      ...ORGANISATION_PROMPTS[step.field],
      hasHelp: false,
      canGoBack,
      ...(state.organisation[step.field] === undefined ? {} : { initial: state.organisation[step.field] }),
      problem: (text) => (required && text.trim() === '' ? "the organisation's name is required" : undefined),
    });
    return reply.kind === 'answer' ? { kind: 'answer', value: reply.value.trim() } : reply;
  }
  return askQuestion(prompter, step.placed.question, state.answers.get(step.placed.question.id), canGoBack);
}

/** How a question may be left unanswered whatever the bank says (`ce-plan agree`: left contested). */
export interface Leave {
  /** The choice a list adds: "Leave it contested (not agreed)". */
  choice: string;
  /** What the message adds for ticks or typing, where nothing ticked or typed leaves it: "tick none to leave it contested". */
  ticks: string;
  typed: string;
}

/**
 * Asks a question as its kind's `ask` spec says. With `leave` it may be left unanswered whatever the
 * bank says; without it, an optional question offers "Skip this question".
 */
export async function askQuestion(
  prompter: Prompter,
  asked: Question,
  current: Answer | undefined,
  canGoBack: boolean,
  leave?: Leave,
): Promise<Reply<StepValue>> {
  const question = leave === undefined ? asked : { ...asked, required: false };
  const spec = kindOf(question).ask(question);
  const unit = spec.unit === undefined ? '' : ` (${spec.unit})`;
  const hint =
    leave === undefined
      ? question.required
        ? ''
        : ' (optional)'
      : spec.style === 'checkbox'
        ? ` (${leave.ticks})`
        : spec.style === 'input'
          ? ` (${leave.typed})`
          : '';
  const base = {
    message: terminalText(`${question.prompt}${unit}${hint}`),
    // The line an answer leaves says the question plainly: "About how many hours a month? 12 hours".
    title: terminalText(question.prompt),
    hasHelp: question.help !== undefined,
    canGoBack,
  };
  switch (spec.style) {
    case 'select': {
      const choices = spec.choices.map(choiceOf);
      const index = spec.choices.findIndex((c) => c.value === current);
      const reply = await prompter.select({
        ...base,
        choices: question.required ? choices : [...choices, { label: leave?.choice ?? SKIP, skips: true }],
        ...(index >= 0 ? { initial: index } : {}),
      });
      // Skip, the choice after the last value, has no value: the question is left unanswered.
      return reply.kind === 'answer' ? { kind: 'answer', value: spec.choices[reply.value]?.value } : reply;
    }
    case 'checkbox': {
      const values = spec.choices.map((c) => c.value);
      const chosen = Array.isArray(current) ? current : [];
      const reply = await prompter.checkbox({
        ...base,
        choices: spec.choices.map(choiceOf),
        initial: values.flatMap((v, i) => (chosen.includes(v) ? [i] : [])),
        problem: (indexes) => spec.problem(indexes.map((i) => values[i]!)),
      });
      if (reply.kind !== 'answer') return reply;
      const picked = reply.value.map((i) => values[i]!);
      return { kind: 'answer', value: picked.length === 0 ? undefined : picked };
    }
    case 'input':
      return askTyped(prompter, { ...base, ...(spec.unit === undefined ? {} : { unit: terminalText(spec.unit) }) }, current, spec.parse);
  }
}

/** A kind's choice as the prompter offers it: a typed answer may also give the option's value. */
function choiceOf(choice: { label: string; value: string | number; key?: string; words?: readonly string[] }): Choice {
  return {
    label: terminalText(choice.label),
    ...(choice.key === undefined ? {} : { key: choice.key }),
    words: [String(choice.value), ...(choice.words ?? [])],
  };
}

/** A typed answer: the same parser checks each keystroke's text and reads the final one. */
async function askTyped(
  prompter: Prompter,
  base: { message: string; title: string; unit?: string; hasHelp: boolean; canGoBack: boolean },
  current: Answer | undefined,
  parse: (text: string) => TypedAnswer,
): Promise<Reply<StepValue>> {
  const reply = await prompter.input({ ...base, ...(current === undefined ? {} : { initial: String(current) }), problem: (text) => problemOf(parse(text)) });
  if (reply.kind !== 'answer') return reply;
  const parsed = parse(reply.value);
  return { kind: 'answer', value: 'value' in parsed ? parsed.value : undefined };
}

function problemOf(result: { problem: string } | object): string | undefined {
  return 'problem' in result ? result.problem : undefined;
}
