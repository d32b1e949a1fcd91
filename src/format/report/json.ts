// The JSON report (schema version 1, documented in docs/report-json.md): the same facts as the
// Markdown report, with unrounded scores and null where a recommendation is not assessed.
import type { Band } from '../../core/schema.js';
import type { ReportFacts } from '../../core/report-facts.js';
import type { Cause } from '../../core/scoring.js';

export const REPORT_JSON_SCHEMA_VERSION = 1;

const bandOf = (band: Band | null) => (band === null ? null : { id: band.id, label: band.label });
const causeOf = (c: Cause) => ({ question: c.questionId, prompt: c.prompt, answer: c.answer, score: c.score, weight: c.weight });

export function render({ bank, organisation, date, assessment, objectives, strengths }: ReportFacts): string {
  const report = {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: {
      name: organisation.name,
      area: organisation.area ?? null,
      completedBy: organisation.completed_by ?? null,
    },
    date,
    completeness: assessment.completeness,
    overall: { score: assessment.overall.score, band: bandOf(assessment.overall.band) },
    recommendations: assessment.recommendations.map((r) => ({
      id: r.recommendation.id,
      title: r.recommendation.title,
      weight: r.recommendation.weight,
      score: r.score,
      band: bandOf(r.band),
      counted: r.counted,
      causes: r.causes.map(causeOf),
    })),
    gaps: assessment.gaps.map((g, i) => ({
      id: g.recommendation.id,
      title: g.recommendation.title,
      score: g.score,
      priority: g.priority,
      actions: objectives[i]?.actions ?? [],
    })),
    strengths: strengths.map((r) => ({ id: r.recommendation.id, title: r.recommendation.title, score: r.score })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
