// The JSON report (schema version 2, documented in docs/report-json.md): the same facts as the
// Markdown and HTML reports, with unrounded scores and null where a recommendation is not assessed.
import { recommendationIds } from '../../core/bank.js';
import type { Band } from '../../core/schema.js';
import type { Objective, ReportFacts } from '../../core/report-facts.js';
import type { Cause, RecommendationScore } from '../../core/scoring.js';

export const REPORT_JSON_SCHEMA_VERSION = 2;

const bandOf = (band: Band | null) => (band === null ? null : { id: band.id, label: band.label });
const causeOf = (c: Cause) => ({ question: c.questionId, prompt: c.prompt, answer: c.answer, asked: c.asked, score: c.score, weight: c.weight });
const scoreOf = (r: RecommendationScore) => ({ id: r.recommendation.id, title: r.recommendation.title, score: r.score, band: bandOf(r.band) });
const objectiveOf = (o: Objective) => ({
  recommendation: o.recommendation?.id ?? null,
  kind: o.kind,
  text: o.text,
  for: o.for,
  because: o.because,
  timescale: o.timescale,
  ownWords: o.ownWords.map(({ question, answer }) => ({ question: question.id, answer })),
});

export function render(facts: ReportFacts): string {
  const { bank, organisation, respondent, date, assessment, group } = facts;
  const priorities = facts.plan.slice(0, 3);
  const report = {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    respondent: respondent === null ? null : { name: respondent.name ?? null, role: respondent.role ?? null },
    date,
    completeness: assessment.completeness,
    overall: { score: assessment.overall.score, band: bandOf(assessment.overall.band) },
    summary: {
      result: { score: assessment.overall.score, band: bandOf(assessment.overall.band), meaning: assessment.overall.band?.meaning ?? null },
      topBand: bandOf(facts.topBand),
      gaps: assessment.gaps.length,
      strengths: assessment.strengths.length,
      priorities: priorities.map(({ gap }) => ({ id: gap.recommendation.id, title: gap.recommendation.title, score: gap.score, band: bandOf(gap.band) })),
      goingWell: facts.goingWell.map(scoreOf),
      fullMarks: facts.fullMarks,
      dontKnow: facts.dontKnow.map(({ question, answer }) => ({ question: question.id, answer })),
    },
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
    gaps: assessment.gaps.map((g) => ({ id: g.recommendation.id, title: g.recommendation.title, score: g.score, band: bandOf(g.band), priority: g.priority })),
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
        }),
    objectives: [...facts.plan.flatMap((p) => p.objectives), ...facts.elsewhere].map(objectiveOf),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
