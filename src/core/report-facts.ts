// What a report says, as facts: scores unrounded, bands and recommendations as the bank gives them, and
// answers in words. Every report format (format/report/) words and lays out these same facts, so the
// Markdown, the HTML and the JSON always agree. The plan is worked out here: which actions the answers
// choose, in which horizon, sized to the group (docs/scoring.md, "The action plan").
import type { AnswerFile, Band, Bank, Recommendation, Section, Source } from './schema.js';
import type { Question } from './kinds/index.js';
import { kindOf } from './kinds/index.js';
import { isChosen } from './kinds/kind.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type Gap, type RecommendationScore } from './scoring.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';
import { actionsOf, isScored, optionsOf, placedQuestions, questionsById, recommendationIds, topBand, type BankAction } from './bank.js';
import { conditionLeaves, holds } from './conditions.js';
import { whoSaidWhat, type Combined, type Contested, type RespondentAnswers } from './combine.js';
import { mapped } from './lists.js';
import { capacityOf, type Capacity } from './capacity.js';
import type { AgreedQuestion, GroupAgreement } from './agreement.js';
import { placeInHorizons, type Horizon } from './horizons.js';
import type { TrackedAction } from './tracker.js';

/** The summary names this many gaps as the priorities. */
export const PRIORITY_GAPS = 3;
/** Scores this far apart among respondents: an area seen very differently. */
export const WIDE_SPREAD = 50;

export interface ReportInput {
  bank: Bank;
  content: AnswerFile;
  answers: AnswerMap;
  assessment: Assessment;
  /** `--date`, used when the answer file gives none. */
  date?: string | undefined;
  /** Several respondents for one organisation (`assess --combine`): `assessment` is then their combined one. */
  group?: Group | undefined;
  /** What the report was made from and with, so that it can be checked (`ce-plan verify`). */
  provenance?: Provenance | undefined;
  /** The action tracker kept since the last assessment (`assess --previous-tracker`): the plan marks what it records. */
  tracked?: readonly TrackedAction[] | undefined;
}

/** The program, the bank file and the answer files (or form export rows) a report was made from, each bank and answer file by its SHA-256. */
export interface Provenance {
  /** "ce-plan 0.2.0" */
  tool: string;
  bank: { id: string; version: string; sha256: string };
  answers: readonly { file: string; sha256: string; row?: number }[];
}

/** The respondents of a combined assessment, each as they answered, with their spread and disagreements. */
export interface Group {
  respondents: (RespondentAnswers & { file: string; name: string | null; role: string | null })[];
  spread: Combined['spread'];
  /** The questions still contested (after an agreement, those it did not settle). */
  contested: Contested[];
  /** The agreement applied to the respondents' answers (issue 25), or null: `respondents` then hold the answers as they stand after it. */
  agreement?: GroupAgreement | null;
}

/** A shown question and its answer in words (undefined when unanswered); `by` names the respondents who gave it, when there are several. */
export interface AnsweredQuestion {
  question: Question;
  answer: string | undefined;
  by?: string;
}

/** One of the group's own answers as a plan line quotes it: who gave it ("3 of 4", or a role), when several answered. */
export interface QuotedWords {
  question: Question;
  answer: string;
  /** Null for one respondent; otherwise who gave these words. */
  by: string | null;
}

/** One line of the action plan: an action from the bank, a task to find out a "don't know", or to agree a shared view. */
export interface Objective {
  /** Stable: the bank's action id; `find-out-<question>`, `answer-the-rest` or `agree-shared-view` for the tasks ce-plan makes. */
  id: string;
  kind: 'action' | 'find-out' | 'agree';
  /** The recommendation it serves; null for a task about questions that score none. */
  recommendation: Recommendation | null;
  /** The gap it serves, or null when its recommendation is not a gap. */
  gap: Gap | null;
  text: string;
  /** The questions it addresses. */
  for: readonly string[];
  /** The questions whose answers chose it. */
  because: readonly string[];
  /** Those answers in words: what the group said that chose it. */
  chosenBy: QuotedWords[];
  /** Chosen by an answer the bank flags as needing attention now. */
  flagged: boolean;
  horizon: Horizon;
  /** The group's own words that bear on it (text answers it names). */
  ownWords: QuotedWords[];
  /** What the last assessment's action tracker records of it (`assess --previous-tracker`), if it has a row for it. */
  tracked?: TrackedAction;
}

/** An answer the bank flags: a risk the sources name, shown on the first page whatever its weight. */
interface FlaggedAnswer {
  question: Question;
  answer: string;
  reason: string;
  source: Recommendation['source'];
  /** With several respondents, who gave it; null for one. */
  by: string | null;
}

/** Why a priority stands where it does. */
export type PriorityReason =
  | { kind: 'band'; band: Band; lowest: boolean }
  | { kind: 'weight'; times: number }
  | { kind: 'holds-up'; recommendations: readonly Recommendation[] }
  | { kind: 'flagged' };

interface Priority {
  rank: number;
  gap: Gap;
  reasons: PriorityReason[];
  /** Its first step: the first of its objectives in the plan. */
  firstStep: Objective | null;
}

interface Plan {
  capacity: Capacity;
  /** Every objective, Now first, then Next, then Later; within each, in the order to take them. */
  objectives: Objective[];
  /** Actions that fit the answers but are left for after this plan's year, so it stays the size the group can carry. */
  heldBack: number;
}

export interface ReportFacts {
  bank: Bank;
  organisation: AnswerFile['organisation'];
  respondent: NonNullable<AnswerFile['respondent']> | null;
  date: string | null;
  assessment: Assessment;
  topBand: Band;
  /** Assessed areas in the bank's lowest band, when the overall band is higher: the headline names them. */
  lowestBandAreas: RecommendationScore[];
  priorities: Priority[];
  plan: Plan;
  flags: FlaggedAnswer[];
  /** Several respondents (`assess --combine`), or null. */
  group: Group | null;
  /** What the report was made from, or null when it was not given (a template's tests, say). */
  provenance: Provenance | null;
  /** Every "don't know" answer given (one entry per question, `by` naming who). */
  dontKnow: AnsweredQuestion[];
  /** Strengths (the top band), or, when there are none, the best areas above the lowest band that are not priorities; never an area seen very differently. */
  goingWell: RecommendationScore[];
  /** Answered questions whose answers the report quotes. */
  expectations: AnsweredQuestion[];
  /** Context the group gave in its own words (free text), with who gave it. */
  context: AnsweredQuestion[];
  /** Every shown question and its answer, by section. */
  appendix: { section: Section; questions: AnsweredQuestion[] }[];
  /** The sources the report cites, in the bank's order. */
  references: Source[];
  /** `assess --previous-tracker`: every row of the last tracker, so a new tracker keeps those this plan no longer has. */
  previousTracker?: readonly TrackedAction[];
}

function reportDate(content: AnswerFile, date?: string): string | null {
  return content.organisation.date ?? date ?? null;
}

/** Whether an answer chose an option the bank marks "don't know". */
function isDontKnow(question: Question, answer: Answer): boolean {
  for (const option of optionsOf(question)) if (option.dont_know && isChosen(answer, option.value)) return true;
  return false;
}

/** One respondent's answers as the plan reads them: only those to questions they were shown. */
interface Reading {
  label: string;
  answers: AnswerMap;
  shown: ReadonlySet<string>;
  lookup: (id: string) => Answer | undefined;
  /** The words its answers are described in: the bank's language's. */
  words: Words;
}

function readingOf(bank: Bank, label: string, answers: AnswerMap): Reading {
  const shown = new Set<string>();
  for (const placed of shownQuestions(bank, answers)) shown.add(placed.question.id);
  return { label, answers, shown, lookup: (id) => (shown.has(id) ? answers.get(id) : undefined), words: wordsFor(bankLanguage(bank)) };
}

/** Who gave an answer, when several answered: "all 3", "Chair", or "2 of 3 (Chair, Sergeant)"; null for one respondent. */
function byWhom(who: readonly string[], of: number, words: Words): string | null {
  if (of <= 1) return null;
  if (who.length === of) return words.core.byAll(of);
  return who.length === 1 ? who[0]! : words.core.bySome(who, of);
}

/** The same answer given by several respondents, quoted once with who gave it. */
function quotedOnce(question: Question, readings: readonly Reading[], ids: (r: Reading) => boolean = () => true): QuotedWords[] {
  const said = new Map<string, string[]>();
  for (const reading of readings) {
    if (!ids(reading)) continue;
    const answer = reading.lookup(question.id);
    if (answer === undefined) continue;
    const words = describeAnswer(question, answer, reading.words);
    const who = said.get(words);
    if (who === undefined) said.set(words, [reading.label]);
    else who.push(reading.label);
  }
  const quoted: QuotedWords[] = [];
  for (const [answer, who] of said) quoted.push({ question, answer, by: byWhom(who, readings.length, readings[0]!.words) });
  return quoted;
}

/**
 * What the plan needs of a bank's actions, worked out once per bank (a batch makes thousands of plans
 * from one bank): for each action, the questions its `when` tests and its scored `for` questions.
 */
interface PlannedAction {
  action: BankAction;
  /** The questions its `when` tests, each once. */
  tested: readonly string[];
  /** Its `for` questions that carry a score. */
  scoredFor: readonly string[];
}

interface BankPlan {
  actions: Map<Recommendation, readonly PlannedAction[]>;
  /** The sources every report cites: its recommendations'. */
  recommendationSources: ReadonlySet<string>;
}

const plansByBank = new WeakMap<Bank, BankPlan>();

function bankPlan(bank: Bank): BankPlan {
  let plan = plansByBank.get(bank);
  if (plan !== undefined) return plan;
  const byId = questionsById(bank);
  const actions = new Map<Recommendation, readonly PlannedAction[]>();
  for (const recommendation of bank.recommendations) {
    const planned: PlannedAction[] = [];
    for (const action of actionsOf(recommendation)) {
      const tested: string[] = [];
      if (action.when !== undefined) for (const leaf of conditionLeaves(action.when, [])) if (!tested.includes(leaf.question)) tested.push(leaf.question);
      const scoredFor: string[] = [];
      for (const id of action.for) {
        const question = byId.get(id);
        if (question !== undefined && isScored(question)) scoredFor.push(id);
      }
      planned.push({ action, tested, scoredFor });
    }
    actions.set(recommendation, planned);
  }
  const recommendationSources = new Set<string>();
  for (const recommendation of bank.recommendations) recommendationSources.add(recommendation.source.id);
  plan = { actions, recommendationSources };
  plansByBank.set(bank, plan);
  return plan;
}

export function reportFacts({ bank, content, answers, assessment, date, group, provenance, tracked }: ReportInput): ReportFacts {
  const respondents: readonly { label: string; answers: AnswerMap }[] = group?.respondents ?? [{ label: '', answers }];
  const readings = mapped(respondents, (m) => readingOf(bank, m.label, m.answers));
  const agreed = new Map<string, AgreedQuestion>();
  for (const q of group?.agreement?.questions ?? []) agreed.set(q.question.id, q);
  const several = readings.length > 1;
  const byId = questionsById(bank);
  const words = readings[0]!.words;

  // One walk over the questions fills the appendix, the quoted answers, the don't-knows and the flags.
  // Loops rather than chains of map and filter: this runs once per file in a batch of thousands.
  const appendix: ReportFacts['appendix'] = [];
  const expectations: AnsweredQuestion[] = [];
  const context: AnsweredQuestion[] = [];
  const dontKnow: AnsweredQuestion[] = [];
  const flags: FlaggedAnswer[] = [];
  let section: ReportFacts['appendix'][number] | undefined;
  for (const placed of placedQuestions(bank)) {
    const { question } = placed;
    const askedOf: Reading[] = [];
    for (const reading of readings) if (reading.shown.has(question.id)) askedOf.push(reading);
    if (askedOf.length === 0) continue;
    if (section === undefined || placed.section !== section.section) {
      section = { section: placed.section, questions: [] };
      appendix.push(section);
    }
    const given: { answer: string | undefined; by: string }[] = [];
    for (const reading of askedOf) {
      const answer = reading.answers.get(question.id);
      given.push({ answer: answer === undefined ? undefined : describeAnswer(question, answer, words), by: reading.label });
    }
    section.questions.push({
      question,
      answer: several ? (agreedInWords(agreed.get(question.id), given, words) ?? whoSaidWhat(given, words)) : given[0]!.answer,
    });

    // Answers the report quotes; context the group gave in its own words (numbers, such as meetings a
    // year or hours a month, are in the appendix).
    const quotes = question.report === 'expectations' ? expectations : question.report === 'context' && kindOf(question).freeText ? context : undefined;
    if (quotes !== undefined)
      for (const { answer, by } of quotedOnce(question, askedOf)) quotes.push(by === null ? { question, answer } : { question, answer, by });
    const dontKnowBy: Reading[] = [];
    for (const reading of askedOf) {
      const answer = reading.answers.get(question.id);
      if (answer !== undefined && isDontKnow(question, answer)) dontKnowBy.push(reading);
    }
    if (dontKnowBy.length > 0) {
      const by = byWhom(
        mapped(dontKnowBy, (r) => r.label),
        readings.length,
        words,
      );
      const answer = describeAnswer(question, dontKnowBy[0]!.answers.get(question.id)!, words);
      dontKnow.push(by === null ? { question, answer } : { question, answer, by });
    }
    for (const option of optionsOf(question)) {
      if (option.flag === undefined) continue;
      const who: string[] = [];
      for (const reading of askedOf) if (isChosen(reading.answers.get(question.id) ?? [], option.value)) who.push(reading.label);
      if (who.length > 0)
        flags.push({ question, answer: option.label, reason: option.flag.reason, source: option.flag.source, by: byWhom(who, readings.length, words) });
    }
  }

  const flagged = new Set<string>();
  for (const flag of flags) flagged.add(flag.question.id);
  const gapOf = new Map<string, Gap>();
  for (const gap of assessment.gaps) gapOf.set(gap.recommendation.id, gap);
  const contested = new Set<string>();
  for (const c of group?.contested ?? []) contested.add(c.question.id);
  const unanswered = new Map<string, number>();
  for (const r of assessment.recommendations)
    for (const cause of r.causes) if (cause.asked && cause.answer === words.core.unanswered) unanswered.set(cause.questionId, 1);

  // The actions the answers choose: every gap's, and any a flagged answer chooses wherever it is.
  const { actions: plannedActions, recommendationSources } = bankPlan(bank);
  const actions: Objective[] = [];
  for (const recommendation of bank.recommendations) {
    const gap = gapOf.get(recommendation.id) ?? null;
    for (const planned of plannedActions.get(recommendation)!) {
      const chosen = chosenBy(planned, readings, byId, contested);
      if (chosen === null) continue;
      // An answer the sources name as a risk is acted on at once, whoever gave it; otherwise an action
      // that turns only on what respondents disagree about waits for their shared view.
      let isFlagged = false;
      for (const id of chosen.ids) if (flagged.has(id)) isFlagged = true;
      if ((gap === null || chosen.waits) && !isFlagged) continue;
      actions.push(planLine(planned.action, recommendation, gap, chosen.ids, readings, byId, isFlagged));
    }
  }

  // Tasks: find out each "don't know", answer what was left blank, agree a shared view where respondents differ.
  const tasks: Objective[] = [];
  for (const known of dontKnow) tasks.push(findOut(bank, known, gapOf, readings, byId));
  if (unanswered.size > 0) tasks.push(taskOn('answer-the-rest', 'find-out', [...unanswered.keys()], words.core.answerTheRest(unanswered.size)));
  if (contested.size > 0) tasks.push(taskOn('agree-shared-view', 'agree', [...contested], words.core.agreeSharedView(contested.size, agreed.size > 0)));

  // Every gap gets a step. A bank whose actions' `when`s leave some way of falling short without one (the
  // built-in banks have none: a property test tries them) gets the recommendation's general actions.
  for (const gap of assessment.gaps) if (!servedBy(actions, gap) && !servedBy(tasks, gap)) generalSteps(gap, actions, readings, byId);

  // What the last tracker records of each action, by id; an action it records as done takes no room in Now.
  if (tracked !== undefined) markTracked(tracked, actions, tasks);
  const capacity = capacityOf(bank, readings);
  const { placed, heldBack } = placeInHorizons(assessment.gaps, actions, tasks, capacity.actions);
  const priorities = prioritiesOf(bank, assessment, placed);
  const lowestBand = bank.bands[0]!;
  const overallBand = assessment.overall.band;
  const lowestBandAreas: RecommendationScore[] = [];
  if (overallBand !== null && overallBand !== lowestBand)
    for (const r of assessment.recommendations) if (r.band === lowestBand && r.score !== null) lowestBandAreas.push(r);
  const cited = new Set(recommendationSources);
  for (const { questions } of appendix) for (const { question } of questions) cited.add(question.source.id);
  for (const flag of flags) cited.add(flag.source.id);

  return {
    bank,
    organisation: content.organisation,
    respondent: several ? null : (content.respondent ?? null),
    date: reportDate(content, date),
    assessment,
    topBand: topBand(bank),
    lowestBandAreas,
    priorities,
    plan: { capacity, objectives: placed, heldBack },
    flags,
    group: group ?? null,
    provenance: provenance ?? null,
    ...(tracked === undefined ? {} : { previousTracker: tracked }),
    dontKnow,
    goingWell: goingWellOf(bank, assessment, priorities, group),
    expectations,
    context,
    appendix,
    references: citedSources(bank, cited),
  };
}

// reportFacts' steps below are functions of their own, in loops: TurboFan compiles reportFacts once per
// worker, and it inlines what it calls, so chains' closures and throwaway arrays in it (or in what it
// inlines) made its compile, the largest of a batch, larger still.

/** Whether an objective of the list serves this gap. */
function servedBy(objectives: readonly Objective[], gap: Gap): boolean {
  for (const o of objectives) if (o.gap === gap) return true;
  return false;
}

/** A gap's general actions (those without `when`), or its first action when all have one, as plan lines. */
function generalSteps(gap: Gap, actions: Objective[], readings: readonly Reading[], byId: ReadonlyMap<string, Question>): void {
  const all = actionsOf(gap.recommendation);
  let any = false;
  for (const action of all) {
    if (action.when !== undefined) continue;
    actions.push(planLine(action, gap.recommendation, gap, [], readings, byId, false));
    any = true;
  }
  if (!any && all.length > 0) actions.push(planLine(all[0]!, gap.recommendation, gap, [], readings, byId, false));
}

/** Marks each action and task the last tracker has a row for (the first row of its id). */
function markTracked(tracked: readonly TrackedAction[], actions: readonly Objective[], tasks: readonly Objective[]): void {
  const trackedById = new Map<string, TrackedAction>();
  for (const row of tracked) if (!trackedById.has(row.id)) trackedById.set(row.id, row);
  for (const list of [actions, tasks])
    for (const objective of list) {
      const row = trackedById.get(objective.id.toLowerCase());
      if (row !== undefined) objective.tracked = row;
    }
}

/** The first gaps, with why each stands there and its first step in the plan. */
function prioritiesOf(bank: Bank, assessment: Assessment, placed: readonly Objective[]): Priority[] {
  const priorities: Priority[] = [];
  const lowestBand = bank.bands[0]!;
  const minWeight = lowestWeight(assessment.recommendations);
  const gaps = assessment.gaps;
  for (let i = 0; i < gaps.length && i < PRIORITY_GAPS; i++) {
    const gap = gaps[i]!;
    const reasons: PriorityReason[] = [{ kind: 'band', band: gap.band, lowest: gap.band === lowestBand }];
    const times = gap.recommendation.weight / minWeight;
    if (times > 1) reasons.push({ kind: 'weight', times });
    const heldUp = gap.holdsUp;
    if (heldUp.length > 0) reasons.push({ kind: 'holds-up', recommendations: heldUp });
    let flagged = false;
    let firstStep: Objective | null = null;
    for (const o of placed) {
      if (o.gap !== gap) continue;
      if (firstStep === null) firstStep = o;
      if (o.flagged) flagged = true;
    }
    if (flagged) reasons.push({ kind: 'flagged' });
    priorities.push({ rank: priorities.length + 1, gap, reasons, firstStep });
  }
  return priorities;
}

/**
 * Strengths (the top band), or, when there are none, the best areas above the lowest band that are not
 * priorities; never an area the respondents see very differently.
 */
function goingWellOf(bank: Bank, assessment: Assessment, priorities: readonly Priority[], group: Group | undefined): RecommendationScore[] {
  const split = (r: RecommendationScore) => {
    const spread = group?.spread.get(r.recommendation.id);
    return spread !== undefined && spread !== null && spread.max - spread.min >= WIDE_SPREAD;
  };
  const strengths: RecommendationScore[] = [];
  for (const r of assessment.strengths) if (!split(r)) strengths.push(r);
  if (strengths.length > 0) return strengths;
  const lowestBand = bank.bands[0]!;
  const prioritised = new Set<Recommendation>();
  for (const p of priorities) prioritised.add(p.gap.recommendation);
  const others: RecommendationScore[] = [];
  for (const r of assessment.recommendations) if (r.score !== null && r.band !== lowestBand && !prioritised.has(r.recommendation) && !split(r)) others.push(r);
  return others.sort((a, b) => b.score! - a.score!).slice(0, PRIORITY_GAPS);
}

/** The bank's sources these ids name, in the bank's order. */
function citedSources(bank: Bank, cited: ReadonlySet<string>): Source[] {
  const sources: Source[] = [];
  for (const source of bank.sources) if (cited.has(source.id)) sources.push(source);
  return sources;
}

/** The smallest weight among the assessed recommendations: "counts double" is against it. */
function lowestWeight(recommendations: readonly RecommendationScore[]): number {
  let lowest = Infinity;
  for (const r of recommendations) if (r.score !== null && r.recommendation.weight < lowest) lowest = r.recommendation.weight;
  return lowest === Infinity ? 1 : lowest;
}

/**
 * The questions whose answers choose an action, or null when the answers do not choose it. With `when`:
 * it holds for some respondent (over the questions they were shown); it `waits` for the task to agree a
 * shared view when every question it tests is one the respondents disagree on. Without `when`: one of
 * its scored `for` questions was asked and fell short (below full marks, "don't know" or left blank); a
 * follow-up that was not asked has not fallen short. With neither (or only text questions): always.
 */
function chosenBy(
  { action, tested, scoredFor }: PlannedAction,
  readings: readonly Reading[],
  byId: ReadonlyMap<string, Question>,
  contested: ReadonlySet<string>,
): { ids: string[]; waits: boolean } | null {
  if (action.when !== undefined) {
    const holdsFor: Reading[] = [];
    for (const reading of readings) if (holds(action.when, reading.lookup)) holdsFor.push(reading);
    if (holdsFor.length === 0) return null;
    const ids: string[] = [];
    for (const id of tested) {
      for (const reading of holdsFor) {
        if (reading.shown.has(id) && reading.answers.has(id)) {
          ids.push(id);
          break;
        }
      }
    }
    let waits = readings.length > 1;
    for (const id of tested) if (!contested.has(id)) waits = false;
    return { ids, waits };
  }
  if (scoredFor.length === 0) return { ids: [], waits: false };
  const short: string[] = [];
  for (const id of scoredFor) {
    for (const reading of readings) {
      if (reading.shown.has(id) && fellShort(byId.get(id)!, reading.answers.get(id))) {
        short.push(id);
        break;
      }
    }
  }
  return short.length === 0 ? null : { ids: short, waits: false };
}

/** A bank action as a line of the plan, chosen by the answers to `chosen`. */
function planLine(
  action: BankAction,
  recommendation: Recommendation,
  gap: Gap | null,
  chosen: readonly string[],
  readings: readonly Reading[],
  byId: ReadonlyMap<string, Question>,
  flagged: boolean,
): Objective {
  const chosenBy: QuotedWords[] = [];
  for (const id of chosen) for (const words of quotedOnce(byId.get(id)!, readings)) chosenBy.push(words);
  return {
    id: action.id,
    kind: 'action',
    recommendation,
    gap,
    text: action.text,
    for: action.for,
    because: chosen,
    chosenBy,
    flagged,
    horizon: 'now',
    ownWords: ownWordsOf(action.for, byId, readings),
  };
}

/** An asked question fell short when it was left blank or scored below full marks ("don't know" included). */
function fellShort(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  const score = kindOf(question).score(question, answer);
  return score !== null && (score < 1 || isDontKnow(question, answer));
}

/** The group's own words for the text questions an action names. */
function ownWordsOf(ids: readonly string[], byId: ReadonlyMap<string, Question>, readings: readonly Reading[]): QuotedWords[] {
  const words: QuotedWords[] = [];
  for (const id of ids) {
    const question = byId.get(id);
    if (question === undefined || !kindOf(question).freeText) continue;
    words.push(...quotedOnce(question, readings, (r) => r.lookup(id) !== undefined));
  }
  return words;
}

/**
 * A task to find out a "don't know": the bank's own words for it (`find_out`: who finds out what, and
 * what to do with the answer), or a plain task from the prompt; with the group's own words that bear on
 * it (the text answers an action names beside the question), so the task never reads against them.
 */
function findOut(
  bank: Bank,
  { question, by }: AnsweredQuestion,
  gapOf: ReadonlyMap<string, Gap>,
  readings: readonly Reading[],
  byId: ReadonlyMap<string, Question>,
): Objective {
  const [recommendationId] = recommendationIds(question);
  const recommendation = bank.recommendations.find((r) => r.id === recommendationId) ?? null;
  const beside: string[] = [];
  for (const action of recommendation === null ? [] : actionsOf(recommendation)) {
    if (!action.for.includes(question.id)) continue;
    for (const id of action.for) if (id !== question.id && !beside.includes(id)) beside.push(id);
  }
  return {
    id: `find-out-${question.id}`,
    kind: 'find-out',
    recommendation,
    gap: recommendation === null ? null : (gapOf.get(recommendation.id) ?? null),
    text: question.find_out ?? readings[0]!.words.core.findOut(question.prompt),
    for: [question.id],
    because: [question.id],
    chosenBy: [
      {
        question,
        answer: describeAnswer(question, readings.find((r) => r.answers.has(question.id))!.answers.get(question.id)!, readings[0]!.words),
        by: by ?? null,
      },
    ],
    flagged: false,
    horizon: 'now',
    ownWords: ownWordsOf(beside, byId, readings),
  };
}

/** A task the plan adds about some questions as a whole (not one gap): answering them, or agreeing on them. */
function taskOn(id: 'answer-the-rest' | 'agree-shared-view', kind: 'find-out' | 'agree', ids: readonly string[], text: string): Objective {
  return { id, kind, recommendation: null, gap: null, text, for: ids, because: ids, chosenBy: [], flagged: false, horizon: 'now', ownWords: [] };
}

/**
 * An agreed question in the appendix: the agreed answer, marked as agreed, then the answers of those it
 * does not speak for (their file changed, or it still is not asked of them); undefined when not agreed.
 */
function agreedInWords(agreed: AgreedQuestion | undefined, given: readonly { answer: string | undefined; by: string }[], language: Words): string | undefined {
  if (agreed === undefined) return undefined;
  const covered = new Set(agreed.replaces.map((r) => r.respondent));
  const others = given.filter((g) => !covered.has(g.by));
  const words = language.core.agreed(describeAnswer(agreed.question, agreed.answer, language));
  return others.length === 0 ? words : `${words} (${[...covered].join(', ')}); ${whoSaidWhat(others, language)}`;
}
