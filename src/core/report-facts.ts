// What a report says, as facts: scores unrounded, bands and recommendations as the bank gives them, and
// answers in words. Every report format (format/report/) words and lays out these same facts, so the
// Markdown, the HTML and the JSON always agree. The plan is worked out here: which actions the answers
// choose, in which horizon, sized to the group (docs/scoring.md, "The action plan").
import type { AnswerFile, Band, Bank, Option, Recommendation, Section, Source } from './schema.js';
import type { Question } from './kinds/index.js';
import { isChosen } from './kinds/kind.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type Gap, type RecommendationScore } from './scoring.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';
import { actionsOf, isScored, placedQuestions, recommendationIds, topBand, type BankAction, type PlacedQuestion } from './bank.js';
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

/**
 * What the report needs of a question, worked out once per bank (a batch makes thousands of reports from
 * one bank), in one shape: questions themselves come in many, which V8 reads slowly.
 */
interface QuestionFacts {
  placed: PlacedQuestion;
  /** Where the report quotes its answers: among the expectations, as context (free text only), or nowhere. */
  quotes: 'expectations' | 'context' | null;
  /** The values of its options the bank marks "don't know". */
  dontKnow: readonly string[];
  /** Its options the bank flags. */
  flagged: readonly Option[];
  /** For the task to find out a "don't know": its first recommendation, and the other questions that recommendation's actions on it address. */
  recommendation: Recommendation | null;
  beside: readonly string[];
}

/** Whether an answer chose an option the bank marks "don't know". */
function isDontKnow({ dontKnow }: QuestionFacts, answer: Answer): boolean {
  for (const value of dontKnow) if (isChosen(answer, value)) return true;
  return false;
}

/** One respondent's answers as the plan reads them: only those to questions they were shown. */
interface Reading {
  label: string;
  answers: AnswerMap;
  /** Whether they were shown each question, by reading order. */
  shown: readonly boolean[];
  /** Their answers by reading order, to the questions they were shown: the report reads each several times. */
  answerAt: readonly (Answer | undefined)[];
  lookup: (id: string) => Answer | undefined;
  /** The words its answers are described in: the bank's language's. */
  words: Words;
  /** Its answers in words, by reading order, each described once: the report quotes an answer in several places. */
  described: (string | undefined)[];
}

function readingOf(bank: Bank, { byId }: BankPlan, label: string, answers: AnswerMap): Reading {
  const list = shownQuestions(bank, answers);
  const shown: boolean[] = [];
  const answerAt: (Answer | undefined)[] = [];
  const described: (string | undefined)[] = [];
  // The shown questions come in reading order.
  let next = 0;
  for (const placed of placedQuestions(bank)) {
    const isShown = list[next] === placed;
    if (isShown) next++;
    shown.push(isShown);
    answerAt.push(isShown ? answers.get(placed.id) : undefined);
    described.push(undefined);
  }
  const lookup = (id: string) => {
    const facts = byId.get(id);
    return facts === undefined ? undefined : answerAt[facts.placed.order];
  };
  return { label, answers, shown, answerAt, lookup, words: wordsFor(bankLanguage(bank)), described };
}

/** A reading's answer in words (not undefined: it answered), described once however often it is quoted. */
function inWords(reading: Reading, { placed }: QuestionFacts, answer: Answer): string {
  return (reading.described[placed.order] ??= describeAnswer(placed.question, answer, reading.words, placed.kind));
}

/** Who gave an answer, when several answered: "all 3", "Chair", or "2 of 3 (Chair, Sergeant)"; null for one respondent. */
function byWhom(who: readonly string[], of: number, words: Words): string | null {
  if (of <= 1) return null;
  if (who.length === of) return words.core.byAll(of);
  return who.length === 1 ? who[0]! : words.core.bySome(who, of);
}

/** The same answer given by several respondents, quoted once with who gave it. */
function quotedOnce(facts: QuestionFacts, readings: readonly Reading[]): QuotedWords[] {
  const { question, order } = facts.placed;
  if (readings.length === 1) {
    // One respondent (nearly every file of a batch): their answer, if any, with no one to name.
    const answer = readings[0]!.answerAt[order];
    return answer === undefined ? [] : [{ question, answer: inWords(readings[0]!, facts, answer), by: null }];
  }
  const said = new Map<string, string[]>();
  for (const reading of readings) {
    const answer = reading.answerAt[order];
    if (answer === undefined) continue;
    const words = inWords(reading, facts, answer);
    const who = said.get(words);
    if (who === undefined) said.set(words, [reading.label]);
    else who.push(reading.label);
  }
  const quoted: QuotedWords[] = [];
  for (const [answer, who] of said) quoted.push({ question, answer, by: byWhom(who, readings.length, readings[0]!.words) });
  return quoted;
}

/**
 * What the plan needs of a bank's actions, worked out once per bank: for each action, the questions its
 * `when` tests and its scored `for` questions.
 */
interface PlannedAction {
  action: BankAction;
  /** The questions its `when` tests, each once. */
  tested: readonly string[];
  /** Its `for` questions that carry a score. */
  scoredFor: readonly QuestionFacts[];
}

interface BankPlan {
  /** Each question, in reading order. */
  questions: readonly QuestionFacts[];
  /** The same by id (the last, should a broken bank repeat an id). */
  byId: ReadonlyMap<string, QuestionFacts>;
  /** Each recommendation's actions, in bank order. */
  actions: readonly (readonly PlannedAction[])[];
  /** The sources every report cites: its recommendations'. */
  recommendationSources: ReadonlySet<string>;
}

const plansByBank = new WeakMap<Bank, BankPlan>();

function bankPlan(bank: Bank): BankPlan {
  let plan = plansByBank.get(bank);
  if (plan !== undefined) return plan;
  const questions: QuestionFacts[] = [];
  const byId = new Map<string, QuestionFacts>();
  for (const placed of placedQuestions(bank)) {
    const facts = questionFacts(bank, placed);
    questions.push(facts);
    byId.set(placed.question.id, facts);
  }
  const actions: PlannedAction[][] = [];
  for (const recommendation of bank.recommendations) {
    const planned: PlannedAction[] = [];
    for (const action of actionsOf(recommendation)) {
      const tested: string[] = [];
      if (action.when !== undefined) for (const leaf of conditionLeaves(action.when, [])) if (!tested.includes(leaf.question)) tested.push(leaf.question);
      const scoredFor: QuestionFacts[] = [];
      for (const id of action.for) {
        const facts = byId.get(id);
        if (facts !== undefined && isScored(facts.placed.question)) scoredFor.push(facts);
      }
      planned.push({ action, tested, scoredFor });
    }
    actions.push(planned);
  }
  const recommendationSources = new Set<string>();
  for (const recommendation of bank.recommendations) recommendationSources.add(recommendation.source.id);
  plan = { questions, byId, actions, recommendationSources };
  plansByBank.set(bank, plan);
  return plan;
}

function questionFacts(bank: Bank, placed: PlacedQuestion): QuestionFacts {
  const { question, kind } = placed;
  const dontKnow: string[] = [];
  const flagged: Option[] = [];
  for (const option of kind.options(question)) {
    if (option.dont_know) dontKnow.push(option.value);
    if (option.flag !== undefined) flagged.push(option);
  }
  const [recommendationId] = recommendationIds(question);
  const recommendation = bank.recommendations.find((r) => r.id === recommendationId) ?? null;
  const beside: string[] = [];
  for (const action of recommendation === null ? [] : actionsOf(recommendation)) {
    if (!action.for.includes(question.id)) continue;
    for (const id of action.for) if (id !== question.id && !beside.includes(id)) beside.push(id);
  }
  const quotes = question.report === 'expectations' ? 'expectations' : question.report === 'context' && kind.freeText ? 'context' : null;
  return { placed, quotes, dontKnow, flagged, recommendation, beside };
}

export function reportFacts({ bank, content, answers, assessment, date, group, provenance, tracked }: ReportInput): ReportFacts {
  const respondents: readonly { label: string; answers: AnswerMap }[] = group?.respondents ?? [{ label: '', answers }];
  const plan = bankPlan(bank);
  const readings = mapped(respondents, (m) => readingOf(bank, plan, m.label, m.answers));
  const agreed = new Map<string, AgreedQuestion>();
  for (const q of group?.agreement?.questions ?? []) agreed.set(q.question.id, q);
  const several = readings.length > 1;
  const words = readings[0]!.words;

  // One walk over the questions fills the appendix, the quoted answers, the don't-knows and the flags.
  // Loops rather than chains of map and filter: this runs once per file in a batch of thousands.
  const appendix: ReportFacts['appendix'] = [];
  const expectations: AnsweredQuestion[] = [];
  const context: AnsweredQuestion[] = [];
  const dontKnow: AnsweredQuestion[] = [];
  const flags: FlaggedAnswer[] = [];
  let section: ReportFacts['appendix'][number] | undefined;
  for (const facts of plan.questions) {
    const { placed } = facts;
    const { question } = placed;
    const askedOf: Reading[] = [];
    for (const reading of readings) if (reading.shown[placed.order]) askedOf.push(reading);
    if (askedOf.length === 0) continue;
    if (section === undefined || placed.section !== section.section) {
      section = { section: placed.section, questions: [] };
      appendix.push(section);
    }
    const given: { answer: string | undefined; by: string }[] = [];
    for (const reading of askedOf) {
      const answer = reading.answerAt[placed.order];
      given.push({ answer: answer === undefined ? undefined : inWords(reading, facts, answer), by: reading.label });
    }
    section.questions.push({
      question,
      answer: several ? (agreedInWords(agreed.get(question.id), given, words) ?? whoSaidWhat(given, words)) : given[0]!.answer,
    });

    // Answers the report quotes; context the group gave in its own words (numbers, such as meetings a
    // year or hours a month, are in the appendix).
    const quotes = facts.quotes === 'expectations' ? expectations : facts.quotes === 'context' ? context : undefined;
    if (quotes !== undefined)
      for (const { answer, by } of quotedOnce(facts, askedOf)) quotes.push(by === null ? { question, answer } : { question, answer, by });
    const dontKnowBy: Reading[] = [];
    for (const reading of askedOf) {
      const answer = reading.answerAt[placed.order];
      if (answer !== undefined && isDontKnow(facts, answer)) dontKnowBy.push(reading);
    }
    if (dontKnowBy.length > 0) {
      const by = byWhom(
        mapped(dontKnowBy, (r) => r.label),
        readings.length,
        words,
      );
      const answer = inWords(dontKnowBy[0]!, facts, dontKnowBy[0]!.answerAt[placed.order]!);
      dontKnow.push(by === null ? { question, answer } : { question, answer, by });
    }
    for (const option of facts.flagged) {
      const who: string[] = [];
      for (const reading of askedOf) if (isChosen(reading.answerAt[placed.order] ?? [], option.value)) who.push(reading.label);
      if (who.length > 0)
        flags.push({ question, answer: option.label, reason: option.flag!.reason, source: option.flag!.source, by: byWhom(who, readings.length, words) });
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
  const actions: Objective[] = [];
  for (let r = 0; r < bank.recommendations.length; r++) {
    const recommendation = bank.recommendations[r]!;
    const gap = gapOf.get(recommendation.id) ?? null;
    for (const planned of plan.actions[r]!) {
      const chosen = chosenBy(planned, readings, contested);
      if (chosen === null) continue;
      // An answer the sources name as a risk is acted on at once, whoever gave it; otherwise an action
      // that turns only on what respondents disagree about waits for their shared view.
      let isFlagged = false;
      for (const id of chosen.ids) if (flagged.has(id)) isFlagged = true;
      if ((gap === null || chosen.waits) && !isFlagged) continue;
      actions.push(planLine(planned.action, recommendation, gap, chosen.ids, readings, plan.byId, isFlagged));
    }
  }

  // Tasks: find out each "don't know", answer what was left blank, agree a shared view where respondents differ.
  const tasks: Objective[] = [];
  for (const known of dontKnow) tasks.push(findOut(plan.byId.get(known.question.id)!, known, gapOf, readings, plan.byId));
  if (unanswered.size > 0) tasks.push(taskOn('answer-the-rest', 'find-out', [...unanswered.keys()], words.core.answerTheRest(unanswered.size)));
  if (contested.size > 0) tasks.push(taskOn('agree-shared-view', 'agree', [...contested], words.core.agreeSharedView(contested.size, agreed.size > 0)));

  // Every gap gets a step. A bank whose actions' `when`s leave some way of falling short without one (the
  // built-in banks have none: a property test tries them) gets the recommendation's general actions.
  for (const gap of assessment.gaps) if (!servedBy(actions, gap) && !servedBy(tasks, gap)) generalSteps(gap, actions, readings, plan.byId);

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
  const cited = new Set(plan.recommendationSources);
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
function generalSteps(gap: Gap, actions: Objective[], readings: readonly Reading[], byId: ReadonlyMap<string, QuestionFacts>): void {
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
  contested: ReadonlySet<string>,
): { ids: string[]; waits: boolean } | null {
  if (action.when !== undefined) {
    const holdsFor: Reading[] = [];
    for (const reading of readings) if (holds(action.when, reading.lookup)) holdsFor.push(reading);
    if (holdsFor.length === 0) return null;
    const ids: string[] = [];
    for (const id of tested) {
      for (const reading of holdsFor) {
        if (reading.lookup(id) !== undefined) {
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
  for (const facts of scoredFor) {
    const { question, order } = facts.placed;
    for (const reading of readings) {
      if (reading.shown[order] && fellShort(facts, reading.answerAt[order])) {
        short.push(question.id);
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
  byId: ReadonlyMap<string, QuestionFacts>,
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
function fellShort(facts: QuestionFacts, answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  const { question, kind } = facts.placed;
  const score = kind.score(question, answer);
  return score !== null && (score < 1 || isDontKnow(facts, answer));
}

/** The group's own words for the text questions an action names. */
function ownWordsOf(ids: readonly string[], byId: ReadonlyMap<string, QuestionFacts>, readings: readonly Reading[]): QuotedWords[] {
  const words: QuotedWords[] = [];
  for (const id of ids) {
    const facts = byId.get(id);
    if (facts === undefined || !facts.placed.kind.freeText) continue;
    for (const quoted of quotedOnce(facts, readings)) words.push(quoted);
  }
  return words;
}

/**
 * A task to find out a "don't know": the bank's own words for it (`find_out`: who finds out what, and
 * what to do with the answer), or a plain task from the prompt; with the group's own words that bear on
 * it (the text answers an action names beside the question), so the task never reads against them.
 */
function findOut(
  facts: QuestionFacts,
  { question, by }: AnsweredQuestion,
  gapOf: ReadonlyMap<string, Gap>,
  readings: readonly Reading[],
  byId: ReadonlyMap<string, QuestionFacts>,
): Objective {
  const { recommendation, beside } = facts;
  let answered = readings[0]!;
  for (const reading of readings)
    if (reading.answers.has(question.id)) {
      answered = reading;
      break;
    }
  return {
    id: `find-out-${question.id}`,
    kind: 'find-out',
    recommendation,
    gap: recommendation === null ? null : (gapOf.get(recommendation.id) ?? null),
    text: question.find_out ?? readings[0]!.words.core.findOut(question.prompt),
    for: [question.id],
    because: [question.id],
    chosenBy: [{ question, answer: inWords(answered, facts, answered.answers.get(question.id)!), by: by ?? null }],
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
