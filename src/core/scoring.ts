// Readiness scores exactly as product spec §4 defines them. Every number can be traced to the answers:
// each recommendation keeps the counted answers that pulled it below 100.
import type { Band, Bank, Question, Recommendation } from './schema.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { isScored, recommendationIds } from './bank.js';

export interface Cause {
  questionId: string;
  prompt: string;
  /** As a reader sees it: option labels, "5 of 1–5", "unanswered". */
  answer: string;
  /** 0..1, 0 when unanswered. */
  score: number;
  weight: number;
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
}

export interface Gap {
  recommendation: Recommendation;
  score: number;
  /** weight × (100 − score) */
  priority: number;
  causes: Cause[];
}

export interface Assessment {
  overall: { score: number | null; band: Band | null };
  /** ratio is 1 when nothing is shown. */
  completeness: { answered: number; shown: number; ratio: number };
  /** Bank order. */
  recommendations: RecommendationScore[];
  /** Priority order, highest first; only recommendations below 100. */
  gaps: Gap[];
  /** Highest scores first (assessed only). */
  strengths: RecommendationScore[];
}

/** How one shown, scored question counts: left out (not applicable) or a score in [0, 1]. */
type QuestionScore = { na: true } | { na: false; score: number; answered: boolean };

export function questionScore(question: Question, answer: Answer | undefined): QuestionScore {
  if (answer === undefined) return { na: false, score: 0, answered: false };
  if (question.type === 'scale') {
    const { min, max } = question.scale;
    return { na: false, score: (Number(answer) - min) / (max - min), answered: true };
  }
  const chosen = (Array.isArray(answer) ? answer : [answer]).map(String);
  const options = (question.type === 'single' || question.type === 'multi' ? question.options : []).filter((o) => chosen.includes(o.value));
  if (options.some((o) => o.na)) return { na: true };
  const sum = options.reduce((total, o) => total + (o.score ?? 0), 0);
  return { na: false, score: Math.min(1, sum), answered: true };
}

/** An answer as a reader sees it: option labels, "4 of 1–5 (label)", the number with its unit, or the text. */
export function describeAnswer(question: Question, answer: Answer | undefined): string {
  if (answer === undefined) return 'unanswered';
  switch (question.type) {
    case 'single':
    case 'multi': {
      const chosen = (Array.isArray(answer) ? answer : [answer]).map(String);
      return question.options
        .filter((o) => chosen.includes(o.value))
        .map((o) => o.label)
        .join(', ');
    }
    case 'scale': {
      const { min, max, labels } = question.scale;
      const label = labels?.[String(answer)];
      return `${String(answer)} of ${min}–${max}${label === undefined ? '' : ` (${label})`}`;
    }
    case 'number':
      return question.number?.unit === undefined ? String(answer) : `${String(answer)} ${question.number.unit}`;
    case 'text':
      return String(answer);
  }
}

export function bandFor(bank: Bank, score: number): Band {
  let best = bank.bands[0]!;
  for (const band of bank.bands) if (band.min <= score && band.min >= best.min) best = band;
  return best;
}

export function scoreAssessment(bank: Bank, answers: AnswerMap): Assessment {
  const shown = shownQuestions(bank, answers);
  const answered = shown.filter((p) => answers.has(p.question.id)).length;

  // One pass over the shown questions: each answer is judged once, then counted for its recommendations.
  const tallies = new Map<string, { weighted: number; totalWeight: number; counted: { cause: Cause; order: number }[] }>();
  for (const recommendation of bank.recommendations) tallies.set(recommendation.id, { weighted: 0, totalWeight: 0, counted: [] });
  for (const { question, order } of shown) {
    const ids = recommendationIds(question);
    if (ids.length === 0 || !isScored(question)) continue;
    const answer = answers.get(question.id);
    const result = questionScore(question, answer);
    if (result.na) continue;
    const answerText = describeAnswer(question, answer);
    ids.forEach((id, i) => {
      const tally = tallies.get(id);
      // A recommendation named twice still counts the question once.
      if (tally === undefined || ids.indexOf(id) !== i) return;
      tally.weighted += question.weight * result.score;
      tally.totalWeight += question.weight;
      tally.counted.push({ cause: { questionId: question.id, prompt: question.prompt, answer: answerText, score: result.score, weight: question.weight }, order });
    });
  }

  const recommendations = bank.recommendations.map((recommendation): RecommendationScore & { ratio: number | null } => {
    const { weighted, totalWeight, counted } = tallies.get(recommendation.id)!;
    if (counted.length === 0) return { recommendation, score: null, band: null, counted: 0, causes: [], ratio: null };
    // Keep the ratio itself: all-best answers then give exactly 1, so exactly 100 overall too.
    const ratio = weighted / totalWeight;
    const score = 100 * ratio;
    const causes = counted
      .filter(({ cause }) => cause.score < 1)
      .sort((a, b) => b.cause.weight * (1 - b.cause.score) - a.cause.weight * (1 - a.cause.score) || a.cause.score - b.cause.score || a.order - b.order)
      .map(({ cause }) => cause);
    return { recommendation, score, band: bandFor(bank, score), counted: counted.length, causes, ratio };
  });

  let weighted = 0;
  let totalWeight = 0;
  for (const { recommendation, ratio } of recommendations) {
    if (ratio === null) continue;
    weighted += recommendation.weight * ratio;
    totalWeight += recommendation.weight;
  }
  // Divide first: all-100 recommendations then give a ratio of exactly 1, and so exactly 100.
  const overallScore = totalWeight === 0 ? null : 100 * (weighted / totalWeight);

  const scores: RecommendationScore[] = recommendations.map(({ ratio: _ratio, ...rest }) => rest);
  const bankOrder = (r: { recommendation: Recommendation }) => bank.recommendations.indexOf(r.recommendation);
  const gaps: Gap[] = scores
    .filter((r): r is RecommendationScore & { score: number } => r.score !== null && r.score < 100)
    .map((r) => ({ recommendation: r.recommendation, score: r.score, priority: r.recommendation.weight * (100 - r.score), causes: r.causes }))
    .sort((a, b) => b.priority - a.priority || bankOrder(a) - bankOrder(b));
  const strengths = scores.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score! || bankOrder(a) - bankOrder(b));

  return {
    overall: { score: overallScore, band: overallScore === null ? null : bandFor(bank, overallScore) },
    completeness: { answered, shown: shown.length, ratio: shown.length === 0 ? 1 : answered / shown.length },
    recommendations: scores,
    gaps,
    strengths,
  };
}
