// The JSON report (schema version 2, documented in docs/report-json.md): the same facts as the
// Markdown and HTML reports, with unrounded scores and null where a recommendation is not assessed.
import { isScored, recommendationIds } from '../../core/bank.js';
import type { Band } from '../../core/schema.js';
import type { Objective, PriorityReason, QuotedWords, ReportFacts } from '../../core/report-facts.js';
import { readingNotes } from './view.js';
import { describeAnswer, type Cause, type RecommendationScore } from '../../core/scoring.js';
import type { GroupAgreement } from '../../core/agreement.js';
import { kindOf, type Question } from '../../core/kinds/index.js';
import type { Answer } from '../../core/visibility.js';

export const REPORT_JSON_SCHEMA_VERSION = 3;

const bandOf = (band: Band | null) => (band === null ? null : { id: band.id, label: band.label });
const causeOf = (c: Cause) => ({ question: c.questionId, prompt: c.prompt, answer: c.answer, asked: c.asked, score: c.score, weight: c.weight });
const scoreOf = (r: RecommendationScore) => ({ id: r.recommendation.id, title: r.recommendation.title, score: r.score, band: bandOf(r.band) });
const wordsOf = (w: QuotedWords) => ({ question: w.question.id, answer: w.answer, by: w.by });
const objectiveOf = (o: Objective) => ({
  id: o.id,
  recommendation: o.recommendation?.id ?? null,
  gap: o.gap?.recommendation.id ?? null,
  kind: o.kind,
  horizon: o.horizon,
  flagged: o.flagged,
  text: o.text,
  for: o.for,
  because: o.because,
  chosenBy: o.chosenBy.map(wordsOf),
  ownWords: o.ownWords.map(wordsOf),
  // Only with --previous-tracker: what the last tracker records of the action.
  ...(o.tracked === undefined
    ? {}
    : { tracked: { status: o.tracked.status, owner: o.tracked.owner, targetDate: o.tracked.targetDate, notes: o.tracked.notes } }),
});
const reasonOf = (reason: PriorityReason) => {
  switch (reason.kind) {
    case 'band':
      return { kind: reason.kind, band: bandOf(reason.band), lowest: reason.lowest };
    case 'weight':
      return { kind: reason.kind, times: reason.times };
    case 'holds-up':
      return { kind: reason.kind, recommendations: reason.recommendations.map((r) => r.id) };
    case 'flagged':
      return { kind: reason.kind };
  }
};

export function render(facts: ReportFacts): string {
  const { bank, organisation, respondent, date, assessment, group, plan } = facts;
  const report = {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    respondent: respondent === null ? null : { name: respondent.name ?? null, role: respondent.role ?? null },
    date,
    completeness: assessment.completeness,
    overall: { score: assessment.overall.score, band: bandOf(assessment.overall.band) },
    reading: readingNotes(facts),
    summary: {
      result: { score: assessment.overall.score, band: bandOf(assessment.overall.band), meaning: assessment.overall.band?.meaning ?? null },
      lowestBand: facts.lowestBandAreas.map(scoreOf),
      topBand: bandOf(facts.topBand),
      gaps: assessment.gaps.length,
      strengths: assessment.strengths.length,
      priorities: facts.priorities.map(({ gap, reasons, firstStep }) => ({
        id: gap.recommendation.id,
        title: gap.recommendation.title,
        score: gap.score,
        band: bandOf(gap.band),
        reasons: reasons.map(reasonOf),
        firstStep: firstStep?.id ?? null,
      })),
      goingWell: facts.goingWell.map(scoreOf),
      dontKnow: facts.dontKnow.map(({ question, answer, by }) => ({ question: question.id, answer, by: by ?? null })),
    },
    flags: facts.flags.map((f) => ({ question: f.question.id, answer: f.answer, reason: f.reason, source: f.source, by: f.by })),
    recommendations: assessment.recommendations.map((r) => ({
      id: r.recommendation.id,
      title: r.recommendation.title,
      weight: r.recommendation.weight,
      score: r.score,
      band: bandOf(r.band),
      counted: r.counted,
      causes: r.causes.map(causeOf),
      ...(group === null ? {} : { spread: group.spread.get(r.recommendation.id) ?? null }),
    })),
    gaps: assessment.gaps.map((g) => ({
      id: g.recommendation.id,
      title: g.recommendation.title,
      score: g.score,
      band: bandOf(g.band),
      priority: g.priority,
      holdsUp: g.holdsUp.map((r) => r.id),
    })),
    strengths: assessment.strengths.map(scoreOf),
    ...(group === null
      ? {}
      : {
          respondents: group.respondents.map((m) => ({
            name: m.name,
            role: m.role,
            file: m.file,
            completeness: m.assessment.completeness,
            overall: m.assessment.overall.score,
            recommendations: m.assessment.recommendations.map((r) => ({ id: r.recommendation.id, score: r.score })),
          })),
          contested: group.contested.map((c) => ({
            question: c.question.id,
            recommendation: recommendationIds(c.question)[0] ?? null,
            answers: c.answers.map((a) => ({ respondent: a.respondent, value: a.answer, score: a.score })),
          })),
          ...agreedOf(group.agreement ?? null),
        }),
    plan: { capacity: plan.capacity, heldBack: plan.heldBack },
    provenance: facts.provenance,
    objectives: plan.objectives.map(objectiveOf),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

/** With an agreement applied (issue 25): what it agreed, and each respondent's own answer it replaced. */
function agreedOf(agreement: GroupAgreement | null) {
  if (agreement === null) return {};
  const scoreOfAnswer = (question: Question, answer: Answer) => (isScored(question) ? kindOf(question).score(question, answer) : null);
  return {
    agreement: { file: agreement.file, sha256: agreement.sha256, date: agreement.date, present: agreement.present, notApplied: agreement.notApplied },
    agreed: agreement.questions.map((q) => ({
      question: q.question.id,
      recommendation: recommendationIds(q.question)[0] ?? null,
      value: describeAnswer(q.question, q.answer),
      answer: q.answer,
      score: scoreOfAnswer(q.question, q.answer),
      reason: q.reason,
      present: q.present,
      replaces: q.replaces.map((r) => ({
        respondent: r.respondent,
        value: r.answer === undefined ? null : describeAnswer(q.question, r.answer),
        asked: r.asked,
        score: r.answer === undefined ? null : scoreOfAnswer(q.question, r.answer),
      })),
      notAsked: q.notAsked,
    })),
  };
}
