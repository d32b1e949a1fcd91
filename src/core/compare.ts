// Progress between two assessments of the same organisation (docs/compare.md), as plain data for the
// comparison's formatters. Each side is scored with its own bank; where the banks differ the
// comparison still runs, and says why its numbers may not be comparable. With the action tracker the
// group kept (`--tracker`), it also says what was done for each gap beside how its score moved.
import { questionsById, topBand } from './bank.js';
import { bandRef, type BandRef, type ScoreCell } from './cohort.js';
import type { Diagnostic } from './diagnostics.js';
import { trackerProgress, type TrackerProgress } from './progress.js';
import { reportFacts } from './report-facts.js';
import type { Tracker } from './tracker.js';
import type { AnswerFile, Band, Bank, Question } from './schema.js';
import { describeAnswer, type Assessment } from './scoring.js';
import { shownQuestions, type AnswerMap } from './visibility.js';
import type { Language } from './languages.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';

/** A note on the comparison's method (a different bank, dates that run backwards), worded where it is shown. */
export interface MethodNote {
  kind: keyof Words['messages']['method'];
  before: string;
  after: string;
  /** The bank both sides are scored with, where the answer files name others. */
  scoredWith?: string;
}

/** A method note in a catalogue's words: the comparison's own language, or the messages' on stderr. */
export function methodNoteText(note: MethodNote, words: Words['messages']): string {
  return words.method[note.kind](note.before, note.after, note.scoredWith ?? '');
}

export interface CompareSide {
  /** The answer file as the user named it. */
  file: string;
  bank: Bank;
  content: AnswerFile;
  answers: AnswerMap;
  assessment: Assessment;
  /** Several respondents combined (`compare --combine`): each asked question's answers in words, who said what. */
  answersInWords?: ReadonlyMap<string, string>;
}

export interface SideFacts {
  file: string;
  organisation: string;
  date: string | null;
  bank: { id: string; version: string };
  completeness: Assessment['completeness'];
}

interface ScoreChange {
  before: ScoreCell;
  after: ScoreCell;
  /** after − before, unrounded; null unless both are assessed. */
  change: number | null;
}

interface RecommendationChange extends ScoreChange {
  id: string;
  title: string;
}

interface BandChange {
  /** "overall" or a recommendation id. */
  id: string;
  title: string;
  from: BandRef | null;
  to: BandRef | null;
  /** Null when either side is not assessed. */
  direction: 'up' | 'down' | null;
}

export interface GapChange {
  id: string;
  title: string;
  before: ScoreCell;
  after: ScoreCell;
}

interface AnswerChange {
  question: string;
  prompt: string;
  /** As a reader sees it (describeAnswer), or "unanswered", "not asked", "not in the bank". */
  before: string;
  after: string;
}

export interface Comparison {
  /** The language of its words and bank texts: the after side's bank's (bankIn). */
  lang: Language;
  /** False when the banks (or the bank versions the answers were written for) differ. */
  comparable: boolean;
  /** Why, in the comparison's language (`lang`). */
  reasons: string[];
  /** Things to check that do not change the method, such as different organisation names, in the comparison's language. */
  warnings: string[];
  /** The reasons and warnings as notes, for wording them in another language (the messages' on stderr). */
  notes: { reasons: MethodNote[]; warnings: MethodNote[] };
  before: SideFacts;
  after: SideFacts;
  overall: ScoreChange;
  /** By the size of the change, largest first (ties in the after bank's order, then those only the before bank has); not assessed on a side, last. */
  recommendations: RecommendationChange[];
  /** A gap is an assessed recommendation below its bank's top band; closed = it reached the top band. */
  gapsClosed: GapChange[];
  /** Was in the top band, now assessed below it. */
  gapsOpened: GapChange[];
  /** The overall band first, then recommendations in the order above. */
  bandChanges: BandChange[];
  /** The after bank's question order, then questions only the before bank has. */
  answersChanged: AnswerChange[];
  /** With `--tracker`: what was done for each of the first assessment's gaps, beside how its score moved; otherwise null. */
  progress: TrackerProgress | null;
  /** Findings about the tracker against the two assessments (an action no longer in the bank, a row deleted), for stderr. */
  findings: Diagnostic[];
}

const cellOf = (score: number | null, band: Band | null): ScoreCell => ({ score, band: band === null ? null : bandRef(band) });

function scoreChange(before: ScoreCell, after: ScoreCell): ScoreChange {
  return { before, after, change: before.score === null || after.score === null ? null : after.score - before.score };
}

function facts(side: CompareSide): SideFacts {
  return {
    file: side.file,
    organisation: side.content.organisation.name,
    date: side.content.organisation.date ?? null,
    bank: { id: side.bank.id, version: side.bank.version },
    completeness: side.assessment.completeness,
  };
}

/** Why the two sides' numbers may not be comparable: the banks they were scored with, or the versions the answers were written for. */
function methodChanges(before: CompareSide, after: CompareSide): MethodNote[] {
  if (before.bank.id !== after.bank.id) return [{ kind: 'bankDiffers', before: before.bank.id, after: after.bank.id }];
  if (before.bank.version !== after.bank.version) return [{ kind: 'bankVersionDiffers', before: before.bank.version, after: after.bank.version }];
  const reasons: MethodNote[] = [];
  const scoredWith = `${after.bank.id} ${after.bank.version}`;
  if (before.content.bank !== after.content.bank) {
    reasons.push({ kind: 'answerBanksDiffer', before: before.content.bank, after: after.content.bank, scoredWith });
  }
  const [was, now] = [before.content.bank_version, after.content.bank_version];
  if (was !== undefined && now !== undefined && was !== now) {
    reasons.push({ kind: 'answerVersionsDiffer', before: was, after: now, scoredWith });
  }
  return reasons;
}

function bandChange(id: string, title: string, before: ScoreCell, after: ScoreCell, bands: { before: Band | null; after: Band | null }): BandChange | null {
  if (before.band?.id === after.band?.id) return null;
  const direction = bands.before === null || bands.after === null ? null : bands.after.min > bands.before.min ? 'up' : 'down';
  return { id, title, from: before.band, to: after.band, direction };
}

/** How one side sees a question: its answer, or why it has none. */
function answerText(side: CompareSide, shown: ReadonlySet<string>, question: Question | undefined, id: string): string {
  const words = wordsFor(bankLanguage(side.bank));
  if (question === undefined) return words.compare.notInBank;
  if (side.answersInWords !== undefined) return side.answersInWords.get(id) ?? words.compare.notAsked;
  if (!shown.has(id)) return words.compare.notAsked;
  const answer = side.answers.get(id);
  return answer === undefined ? words.compare.unanswered : describeAnswer(question, answer, words);
}

/** The actions the plan of a side had: what its tracker was written with (one respondent's answers; a combined side's is not worked out here). */
function planOf(side: CompareSide): string[] | null {
  if (side.answersInWords !== undefined) return null;
  const facts = reportFacts({ bank: side.bank, content: side.content, answers: side.answers, assessment: side.assessment });
  return facts.plan.objectives.map((o) => o.id);
}

/** Largest change first; a change that cannot be told (a side not assessed) last. Sorting is stable, so ties keep bank order. */
const bySize = (a: RecommendationChange, b: RecommendationChange) =>
  (b.change === null ? -1 : Math.abs(b.change)) - (a.change === null ? -1 : Math.abs(a.change));

/** The comparison; with `tracked`, the group's tracker read against it, its findings in `tracked.words`' language. */
export function compareAssessments(before: CompareSide, after: CompareSide, tracked?: { tracker: Tracker; words: Words }): Comparison {
  const reasons = methodChanges(before, after);
  const warnings: MethodNote[] = [];
  const [nameBefore, nameAfter] = [before.content.organisation.name, after.content.organisation.name];
  if (nameBefore.trim().toLowerCase() !== nameAfter.trim().toLowerCase()) {
    warnings.push({ kind: 'namesDiffer', before: nameBefore, after: nameAfter });
  }
  const [dateBefore, dateAfter] = [before.content.organisation.date, after.content.organisation.date];
  // Dates are YYYY-MM-DD (the schema checks them), so their text sorts as the calendar does.
  if (dateBefore !== undefined && dateAfter !== undefined && dateBefore > dateAfter) {
    warnings.push({ kind: 'datesBackwards', before: dateBefore, after: dateAfter });
  }

  const lang = bankLanguage(after.bank);
  const afterWords = wordsFor(lang);
  const said = afterWords.messages;
  const overall = scoreChange(
    cellOf(before.assessment.overall.score, before.assessment.overall.band),
    cellOf(after.assessment.overall.score, after.assessment.overall.band),
  );

  const scoresBefore = new Map(before.assessment.recommendations.map((r) => [r.recommendation.id, r]));
  const scoresAfter = new Map(after.assessment.recommendations.map((r) => [r.recommendation.id, r]));
  const ids = [...new Set([...after.bank.recommendations, ...before.bank.recommendations].map((r) => r.id))];
  const topBefore = topBand(before.bank);
  const topAfter = topBand(after.bank);

  const recommendations: RecommendationChange[] = [];
  const gapsClosed: GapChange[] = [];
  const gapsOpened: GapChange[] = [];
  const bandChanges: BandChange[] = [];
  const overallBand = bandChange('overall', afterWords.compare.overall, overall.before, overall.after, {
    before: before.assessment.overall.band,
    after: after.assessment.overall.band,
  });
  if (overallBand) bandChanges.push(overallBand);

  for (const id of ids) {
    const was = scoresBefore.get(id);
    const now = scoresAfter.get(id);
    const title = (now ?? was)!.recommendation.title;
    const change = scoreChange(cellOf(was?.score ?? null, was?.band ?? null), cellOf(now?.score ?? null, now?.band ?? null));
    recommendations.push({ id, title, ...change });
    const band = bandChange(id, title, change.before, change.after, { before: was?.band ?? null, after: now?.band ?? null });
    if (band) bandChanges.push(band);
    if (!was?.band || !now?.band) continue;
    const wasGap = was.band.id !== topBefore.id;
    const isGap = now.band.id !== topAfter.id;
    if (wasGap && !isGap) gapsClosed.push({ id, title, before: change.before, after: change.after });
    if (!wasGap && isGap) gapsOpened.push({ id, title, before: change.before, after: change.after });
  }

  const questionsBefore = questionsById(before.bank);
  const questionsAfter = questionsById(after.bank);
  const shownBefore = new Set(shownQuestions(before.bank, before.answers).map((p) => p.question.id));
  const shownAfter = new Set(shownQuestions(after.bank, after.answers).map((p) => p.question.id));
  const answersChanged: AnswerChange[] = [];
  for (const id of new Set([...questionsAfter.keys(), ...questionsBefore.keys()])) {
    const was = answerText(before, shownBefore, questionsBefore.get(id), id);
    const now = answerText(after, shownAfter, questionsAfter.get(id), id);
    if (was === now) continue;
    answersChanged.push({ question: id, prompt: (questionsAfter.get(id) ?? questionsBefore.get(id))!.prompt, before: was, after: now });
  }

  recommendations.sort(bySize);
  let progress: TrackerProgress | null = null;
  let findings: Diagnostic[] = [];
  if (tracked !== undefined) {
    const { tracker, words } = tracked;
    const cells = new Map(recommendations.map((r) => [r.id, r]));
    ({ progress, diagnostics: findings } = trackerProgress(tracker, before, after, cells, tracker.origin?.actions ?? planOf(before), words));
  }

  return {
    lang,
    comparable: reasons.length === 0,
    reasons: reasons.map((note) => methodNoteText(note, said)),
    warnings: warnings.map((note) => methodNoteText(note, said)),
    notes: { reasons, warnings },
    before: facts(before),
    after: facts(after),
    overall,
    recommendations,
    gapsClosed,
    gapsOpened,
    bandChanges,
    answersChanged,
    progress,
    findings,
  };
}
