// Readiness scores exactly as product spec §4 defines them. Every number can be traced to the answers:
// each recommendation keeps the counted answers that pulled it below 100.
import type { Band, Bank, Question, Recommendation } from './schema.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { isScored, placedById, placedQuestions, recommendationIds, topBand, type PlacedQuestion } from './bank.js';
import { conditionLeaves } from './conditions.js';
import { unitScore } from './tolerance.js';
import { kindOf } from './kinds/index.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';

export interface Cause {
  questionId: string;
  prompt: string;
  /** As a reader sees it: option labels, "5 of 1–5", "unanswered". */
  answer: string;
  /** 0..1, 0 when unanswered. */
  score: number;
  weight: number;
  /** False for a follow-up that was not asked, which counts 0 (docs/scoring.md). */
  asked: boolean;
}

export interface RecommendationScore {
  recommendation: Recommendation;
  /** 0..100 unrounded; null = not assessed. */
  score: number | null;
  band: Band | null;
  /** Questions that counted. */
  counted: number;
  /** The counted answers that pulled it below 100, worst first. */
  causes: Cause[];
  /** Every answer that counted, full marks too, in reading order (for combining respondents). */
  countedAnswers: readonly Cause[];
}

export interface Gap {
  recommendation: Recommendation;
  score: number;
  band: Band;
  /** weight × (100 − score) */
  priority: number;
  causes: Cause[];
  /** The other gaps this one is a foundation for (the bank's `foundation_for`), in report order. */
  holdsUp: Recommendation[];
}

export interface Assessment {
  overall: { score: number | null; band: Band | null };
  /**
   * Required questions asked and answered (ratio 1 when none is asked); optional ones apart, since
   * leaving one blank is no shortfall.
   */
  completeness: { answered: number; shown: number; ratio: number; optional: { answered: number; shown: number } };
  /** Bank order. */
  recommendations: RecommendationScore[];
  /** Assessed recommendations below the bank's top band: the lowest band first, then highest priority first. */
  gaps: Gap[];
  /** Assessed recommendations in the bank's top band, highest score first. */
  strengths: RecommendationScore[];
}

/** How one shown, scored question counts: left out (not applicable) or a score in [0, 1]. */
type QuestionScore = Readonly<{ na: true } | { na: false; score: number; answered: boolean }>;

const UNANSWERED: QuestionScore = Object.freeze({ na: false, score: 0, answered: false });

const NOT_APPLICABLE: QuestionScore = Object.freeze({ na: true });

export function questionScore(question: Question, answer: Answer | undefined): QuestionScore {
  if (answer === undefined) return UNANSWERED;
  const score = kindOf(question).score(question, answer);
  return score === null ? NOT_APPLICABLE : { na: false, score, answered: true };
}

/** An answer as a reader sees it, in `words`' language (see QuestionKind.describe), or "unanswered"; `kind` when known already (PlacedQuestion). */
export function describeAnswer(question: Question, answer: Answer | undefined, words: Words, kind = kindOf(question)): string {
  return answer === undefined ? words.core.unanswered : kind.describe(question, answer, words);
}

export function bandFor(bank: Bank, score: number): Band {
  let best = bank.bands[0]!;
  for (const band of bank.bands) if (band.min <= score && band.min >= best.min) best = band;
  return best;
}

// A follow-up is a scored question whose `when` tests a scored question (its gates). Asked, it counts
// as any question does; not asked, it still counts, as 0, so a weaker answer that keeps it closed never
// scores above a better one that opens it (docs/scoring.md). A gate answered "not applicable" takes its
// unasked follow-ups out of the calculation with it.

/** What scoring needs of a question, in reading order: worked out once per bank, as a batch scores thousands of files on one. */
interface Counted {
  placed: PlacedQuestion;
  /** The tallies it counts towards (places in the bank's recommendations), each once; none when it is not scored. */
  tallies: readonly number[];
  /** A scored follow-up's scored gates: it counts even when not asked. Null for any other question. */
  gates: readonly PlacedQuestion[] | null;
}

interface BankScoring {
  questions: readonly Counted[];
  /** Each recommendation's tally: its own place, or, should a broken bank (under lint) repeat its id, the first's. */
  tallyOf: readonly number[];
}

const scoringByBank = new WeakMap<Bank, BankScoring>();

function bankScoring(bank: Bank): BankScoring {
  let scoring = scoringByBank.get(bank);
  if (scoring !== undefined) return scoring;
  const firstWithId = new Map<string, number>();
  const tallyOf: number[] = [];
  bank.recommendations.forEach((recommendation, i) => {
    if (!firstWithId.has(recommendation.id)) firstWithId.set(recommendation.id, i);
    tallyOf.push(firstWithId.get(recommendation.id)!);
  });
  const byId = placedById(bank);
  const questions: Counted[] = [];
  for (const placed of placedQuestions(bank)) {
    const { question } = placed;
    const scored = isScored(question);
    const tallies: number[] = [];
    // A recommendation named twice still counts the question once.
    if (scored)
      for (const id of recommendationIds(question)) {
        const tally = firstWithId.get(id);
        if (tally !== undefined && !tallies.includes(tally)) tallies.push(tally);
      }
    const gates: PlacedQuestion[] = [];
    if (question.when !== undefined && scored)
      for (const leaf of conditionLeaves(question.when, [])) {
        const gate = byId.get(leaf.question);
        if (gate !== undefined && isScored(gate.question) && !gates.includes(gate)) gates.push(gate);
      }
    questions.push({ placed, tallies, gates: gates.length > 0 ? gates : null });
  }
  scoring = { questions, tallyOf };
  scoringByBank.set(bank, scoring);
  return scoring;
}

/** Whether one of these gates was asked and answered "not applicable"; `asked` is by reading order. */
function gateNotApplicable(gates: readonly PlacedQuestion[], asked: readonly boolean[], answers: AnswerMap): boolean {
  for (const { question, id, kind, order } of gates) {
    const answer = asked[order] ? answers.get(id) : undefined;
    if (answer !== undefined && kind.score(question, answer) === null) return true;
  }
  return false;
}

interface Tally {
  weighted: number;
  totalWeight: number;
  counted: Cause[];
}

/** Scores answers to a bank; causes are worded in the bank's language (a bank made in Welsh by bankIn says "heb ei ateb"). */
export function scoreAssessment(bank: Bank, answers: AnswerMap): Assessment {
  const words = wordsFor(bankLanguage(bank));
  const shown = shownQuestions(bank, answers);
  const { questions, tallyOf } = bankScoring(bank);
  let answered = 0;
  let shownRequired = 0;
  const optional = { answered: 0, shown: 0 };

  // One pass over the questions in reading order (shown ones come in the same order): each answer is
  // judged once, then counted for its recommendations.
  const tallies: Tally[] = [];
  for (let i = 0; i < bank.recommendations.length; i++) tallies.push({ weighted: 0, totalWeight: 0, counted: [] });
  const askedByOrder: boolean[] = [];
  let next = 0;
  for (const { placed, tallies: countsFor, gates } of questions) {
    const { question, kind } = placed;
    const asked = shown[next] === placed;
    askedByOrder.push(asked);
    if (asked) next++;
    else if (gates === null || gateNotApplicable(gates, askedByOrder, answers)) continue;
    const answer = asked ? answers.get(placed.id) : undefined;
    if (asked) {
      if (question.required) {
        shownRequired++;
        if (answer !== undefined) answered++;
      } else {
        optional.shown++;
        if (answer !== undefined) optional.answered++;
      }
    }
    if (countsFor.length === 0) continue;
    const score = answer === undefined ? 0 : kind.score(question, answer);
    if (score === null) continue;
    const cause: Cause = {
      questionId: placed.id,
      prompt: question.prompt,
      answer: asked ? describeAnswer(question, answer, words, kind) : words.core.notAsked,
      score,
      weight: question.weight,
      asked,
    };
    for (const i of countsFor) {
      const tally = tallies[i]!;
      tally.weighted += question.weight * score;
      tally.totalWeight += question.weight;
      tally.counted.push(cause);
    }
  }

  const recommendations: RecommendationScore[] = [];
  for (let i = 0; i < bank.recommendations.length; i++) {
    const recommendation = bank.recommendations[i]!;
    const tally = tallies[tallyOf[i]!]!;
    if (tally.counted.length === 0) {
      recommendations.push({ recommendation, score: null, band: null, counted: 0, causes: [], countedAnswers: [] });
      continue;
    }
    const score = 100 * unitScore(tally.weighted / tally.totalWeight);
    recommendations.push({
      recommendation,
      score,
      band: bandFor(bank, score),
      counted: tally.counted.length,
      causes: worstFirst(tally.counted),
      countedAnswers: tally.counted,
    });
  }
  const ratio = shownRequired === 0 ? 1 : answered / shownRequired;
  return assessmentOf(bank, recommendations, { answered, shown: shownRequired, optional, ratio });
}

/**
 * The rest of an assessment from its recommendations' scores, for one respondent or several combined:
 * the overall score (§4's weighted mean over the assessed recommendations), and the gaps and strengths.
 */
export function assessmentOf(bank: Bank, recommendations: RecommendationScore[], completeness: Assessment['completeness']): Assessment {
  let weighted = 0;
  let totalWeight = 0;
  for (const r of recommendations) {
    if (r.score === null) continue;
    weighted += r.recommendation.weight * (r.score / 100);
    totalWeight += r.recommendation.weight;
  }
  // Divide first: all-100 recommendations then give a ratio of exactly 1, and so exactly 100.
  const overallScore = totalWeight === 0 ? null : 100 * unitScore(weighted / totalWeight);

  // A gap is an assessed recommendation below the bank's top band; a strength, one in it. Gaps come
  // lowest band first, then by weight × distance to 100: the weakest area is never ranked below a
  // stronger one. The lists are built in bank order and sort is stable, so ties stay in bank order.
  const top = topBand(bank);
  const unordered: Gap[] = [];
  const strengths: RecommendationScore[] = [];
  for (const r of recommendations) {
    if (r.score === null || r.band === null) continue;
    if (r.band === top) strengths.push(r);
    else
      unordered.push({
        recommendation: r.recommendation,
        score: r.score,
        band: r.band,
        priority: gapPriority(r.recommendation.weight, r.score),
        causes: r.causes,
        holdsUp: [],
      });
  }
  const gaps = inReportOrder(unordered);
  for (const gap of gaps) {
    const heldUp = gap.recommendation.foundation_for ?? [];
    for (const other of gaps) if (other !== gap && heldUp.includes(other.recommendation.id)) gap.holdsUp.push(other.recommendation);
  }
  strengths.sort((a, b) => b.score! - a.score!);

  return { overall: { score: overallScore, band: overallScore === null ? null : bandFor(bank, overallScore) }, completeness, recommendations, gaps, strengths };
}

/** The counted answers that pulled a score below 100, worst first; ties keep reading order. */
function worstFirst(counted: readonly Cause[]): Cause[] {
  const causes: Cause[] = [];
  for (const cause of counted) if (cause.score < 1) causes.push(cause);
  return causes.sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.score - b.score);
}

/** What closing a gap would gain, allowing for how much it counts: weight × distance to 100. */
export function gapPriority(weight: number, score: number): number {
  return weight * (100 - score);
}

/** What report order needs of a gap. */
interface Orderable {
  recommendation: Recommendation;
  band: { min: number };
  priority: number;
}

/**
 * The order of gaps in every report and summary: the lowest band first; within a band, the highest
 * priority first, except that a gap goes before the gaps of its band it is a foundation for (the bank's
 * `foundation_for`), since they cannot close while it is open. Ties keep the order given (the bank's).
 */
export function inReportOrder<G extends Orderable>(gaps: readonly G[]): G[] {
  const sorted = [...gaps].sort((a, b) => a.band.min - b.band.min || b.priority - a.priority);
  const placed = new Set<G>();
  const ordered: G[] = [];
  const place = (gap: G, visiting: Set<G>) => {
    if (placed.has(gap) || visiting.has(gap)) return;
    visiting.add(gap);
    for (const other of sorted) {
      if (other.band.min === gap.band.min && other.recommendation.foundation_for?.includes(gap.recommendation.id)) place(other, visiting);
    }
    placed.add(gap);
    ordered.push(gap);
  };
  for (const gap of sorted) place(gap, new Set());
  return ordered;
}
