// The JSON report (schema version 2, documented in docs/report-json.md): the same facts as the
// Markdown and HTML reports, with unrounded scores and null where a recommendation is not assessed.
import { isScored, recommendationIds } from '../../core/bank.js';
import type { Band } from '../../core/schema.js';
import type { Objective, PriorityReason, QuotedWords, ReportFacts } from '../../core/report-facts.js';
import { mapped } from '../../core/lists.js';
import { bankLanguage } from '../../core/translation.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import type { Editions } from './index.js';
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
  chosenBy: mapped(o.chosenBy, wordsOf),
  ownWords: mapped(o.ownWords, wordsOf),
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
      return { kind: reason.kind, recommendations: mapped(reason.recommendations, (r) => r.id) };
    case 'flagged':
      return { kind: reason.kind };
  }
};

/**
 * The report in its first language; a bilingual report (`--lang cy,en`) adds the same report in each other
 * language under `otherLanguages`, the numbers and ids the same, the words in that language.
 */
export function render(editions: Editions): string {
  const [first, ...others] = editions;
  // What the report was made from is the same in every language: said once.
  const otherLanguages = mapped(others, (facts) => {
    const { provenance: _same, ...rest } = reportOf(facts);
    return rest;
  });
  const report = { schemaVersion: REPORT_JSON_SCHEMA_VERSION, ...reportOf(first), ...(others.length === 0 ? {} : { otherLanguages }) };
  return JSON.stringify(report, null, 2) + '\n';
}

function reportOf(facts: ReportFacts) {
  const { bank, organisation, respondent, date, assessment, group, plan } = facts;
  return {
    /** The language of the report's words: its bank's texts, the reading notes. */
    lang: bankLanguage(bank),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    respondent: respondent === null ? null : { name: respondent.name ?? null, role: respondent.role ?? null },
    date,
    completeness: assessment.completeness,
    overall: { score: assessment.overall.score, band: bandOf(assessment.overall.band) },
    reading: readingNotes(facts),
    summary: {
      result: { score: assessment.overall.score, band: bandOf(assessment.overall.band), meaning: assessment.overall.band?.meaning ?? null },
      lowestBand: mapped(facts.lowestBandAreas, scoreOf),
      topBand: bandOf(facts.topBand),
      gaps: assessment.gaps.length,
      strengths: assessment.strengths.length,
      priorities: mapped(facts.priorities, ({ gap, reasons, firstStep }) => ({
        id: gap.recommendation.id,
        title: gap.recommendation.title,
        score: gap.score,
        band: bandOf(gap.band),
        reasons: mapped(reasons, reasonOf),
        firstStep: firstStep?.id ?? null,
      })),
      goingWell: mapped(facts.goingWell, scoreOf),
      dontKnow: mapped(facts.dontKnow, ({ question, answer, by }) => ({ question: question.id, answer, by: by ?? null })),
    },
    flags: mapped(facts.flags, (f) => ({ question: f.question.id, answer: f.answer, reason: f.reason, source: f.source, by: f.by })),
    recommendations: mapped(assessment.recommendations, (r) => ({
      id: r.recommendation.id,
      title: r.recommendation.title,
      weight: r.recommendation.weight,
      score: r.score,
      band: bandOf(r.band),
      counted: r.counted,
      causes: mapped(r.causes, causeOf),
      ...(group === null ? {} : { spread: group.spread.get(r.recommendation.id) ?? null }),
    })),
    gaps: mapped(assessment.gaps, (g) => ({
      id: g.recommendation.id,
      title: g.recommendation.title,
      score: g.score,
      band: bandOf(g.band),
      priority: g.priority,
      holdsUp: mapped(g.holdsUp, (r) => r.id),
    })),
    strengths: mapped(assessment.strengths, scoreOf),
    ...(group === null
      ? {}
      : {
          respondents: mapped(group.respondents, (m) => ({
            name: m.name,
            role: m.role,
            file: m.file,
            completeness: m.assessment.completeness,
            overall: m.assessment.overall.score,
            recommendations: mapped(m.assessment.recommendations, (r) => ({ id: r.recommendation.id, score: r.score })),
          })),
          contested: mapped(group.contested, (c) => ({
            question: c.question.id,
            recommendation: recommendationIds(c.question)[0] ?? null,
            answers: mapped(c.answers, (a) => ({ respondent: a.respondent, value: a.answer, score: a.score })),
          })),
          ...agreedOf(group.agreement ?? null, wordsFor(bankLanguage(bank))),
        }),
    plan: { capacity: plan.capacity, heldBack: plan.heldBack },
    provenance: facts.provenance,
    objectives: mapped(plan.objectives, objectiveOf),
  };
}

/** With an agreement applied (issue 25): what it agreed, and each respondent's own answer it replaced. */
function agreedOf(agreement: GroupAgreement | null, words: Words) {
  if (agreement === null) return {};
  const scoreOfAnswer = (question: Question, answer: Answer) => (isScored(question) ? kindOf(question).score(question, answer) : null);
  return {
    agreement: { file: agreement.file, sha256: agreement.sha256, date: agreement.date, present: agreement.present, notApplied: agreement.notApplied },
    agreed: mapped(agreement.questions, (q) => ({
      question: q.question.id,
      recommendation: recommendationIds(q.question)[0] ?? null,
      value: describeAnswer(q.question, q.answer, words),
      answer: q.answer,
      score: scoreOfAnswer(q.question, q.answer),
      reason: q.reason,
      present: q.present,
      replaces: mapped(q.replaces, (r) => ({
        respondent: r.respondent,
        value: r.answer === undefined ? null : describeAnswer(q.question, r.answer, words),
        asked: r.asked,
        score: r.answer === undefined ? null : scoreOfAnswer(q.question, r.answer),
      })),
      notAsked: q.notAsked,
    })),
  };
}
