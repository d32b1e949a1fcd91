// Everything the report says, as plain data: numbers already rounded and worded, text left raw for the
// renderer to escape. The Markdown template and the JSON report both read from here, so they agree.
import type { AnswerFile, Bank, Band, Recommendation, Source } from './schema.js';
import type { AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type Cause, type RecommendationScore } from './scoring.js';
import { topBand } from './bank.js';

/** How many of the top gaps get detailed objectives. */
export const OBJECTIVE_GAPS = 3;
/** The report names at most this many strengths. */
export const STRENGTH_COUNT = 3;
const BAR_WIDTH = 10;

export interface ReportInput {
  bank: Bank;
  content: AnswerFile;
  answers: AnswerMap;
  assessment: Assessment;
  /** `--date`, used when the answer file gives none. */
  date?: string | undefined;
}

export interface CauseView {
  prompt: string;
  answer: string;
  /** Rounded percentage of the question's best, e.g. "50". */
  score: string;
}

export interface RecommendationView {
  id: string;
  title: string;
  /** "63", or "—" when not assessed. */
  score: string;
  bar: string;
  band: string;
  counted: number;
}

export interface GapView {
  rank: number;
  title: string;
  score: string;
  band: string;
  priority: string;
  weight: number;
  /** Why it matters: the recommendation's summary. */
  why: string;
  causes: CauseView[];
  source: string;
}

export interface ObjectiveView {
  rank: number;
  title: string;
  actions: string[];
}

export interface QuotedAnswer {
  prompt: string;
  /** The answer split into paragraphs, so a block quote can keep them apart. */
  paragraphs: string[];
}

export interface AppendixSection {
  number: number;
  title: string;
  questions: { prompt: string; answer: string; source: string }[];
}

export interface ReportModel {
  /** The report's title: "Readiness report: <organisation>". */
  heading: string;
  bank: { id: string; version: string; title: string };
  organisation: { name: string; area: string | null; completedBy: string | null };
  date: string | null;
  completeness: { answered: number; shown: number; percent: string };
  overall: { score: string | null; band: string | null; meaning: string | null };
  recommendations: RecommendationView[];
  /** For the Mermaid chart: assessed recommendations only; labels safe inside a code fence. */
  chart: { labels: string[]; values: number[] } | null;
  strengths: RecommendationView[];
  /** The band a recommendation must reach to count as a strength. */
  topBand: string;
  gaps: GapView[];
  objectives: ObjectiveView[];
  expectations: QuotedAnswer[];
  context: { prompt: string; answer: string }[];
  appendix: AppendixSection[];
}

export const round = (n: number): number => Math.round(n);

export function textBar(score: number | null): string {
  if (score === null) return '';
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(score / BAR_WIDTH)));
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

/** The strengths the report names: the best few that reach the bank's top band. */
export function reportStrengths(bank: Bank, assessment: Assessment): RecommendationScore[] {
  const top = topBand(bank);
  return assessment.strengths.filter((r) => r.band === top).slice(0, STRENGTH_COUNT);
}

/** Headings lose trailing punctuation (markdownlint MD026), so "Northfield Ltd." heads as "Northfield Ltd". */
export function headingText(text: string): string {
  return text.replace(/[.,;:!。，；：！\s]+$/u, '');
}

export function reportDate(content: AnswerFile, date?: string): string | null {
  return content.organisation.date ?? date ?? null;
}

// A batch describes the same citations in every report: word each once per bank.
const describedSources = new WeakMap<Bank, Map<Recommendation['source'], string>>();

export function describeSource(bank: Bank, ref: Recommendation['source']): string {
  let described = describedSources.get(bank);
  if (described === undefined) describedSources.set(bank, (described = new Map()));
  let text = described.get(ref);
  if (text === undefined) {
    const source: Source | undefined = bank.sources.find((s) => s.id === ref.id);
    const title = source ? source.title : ref.id;
    const by = source?.author === undefined ? '' : ` (${source.author}${source.year === undefined ? '' : `, ${source.year}`})`;
    text = `${title}${by}, “${ref.section}”`;
    described.set(ref, text);
  }
  return text;
}

/** A Mermaid label: one line, no quotes or backticks that could end the string or the fence. */
function chartLabel(title: string): string {
  const plain = title.replace(/[\s"`\\[\]#;]+/g, ' ').trim();
  return plain.length > 30 ? `${plain.slice(0, 29).trimEnd()}…` : plain;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r\n?\s*\r\n?|\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const bandLabel = (band: Band | null) => band?.label ?? 'not assessed';
const causeView = (cause: Cause): CauseView => ({ prompt: cause.prompt, answer: cause.answer, score: String(round(cause.score * 100)) });

function recommendationView(r: RecommendationScore): RecommendationView {
  return {
    id: r.recommendation.id,
    title: r.recommendation.title,
    score: r.score === null ? '—' : String(round(r.score)),
    bar: textBar(r.score),
    band: bandLabel(r.band),
    counted: r.counted,
  };
}

export function buildReportModel({ bank, content, answers, assessment, date }: ReportInput): ReportModel {
  const { organisation } = content;
  const assessed = assessment.recommendations.filter((r) => r.score !== null);
  const gaps = assessment.gaps.map(
    (gap, i): GapView => ({
      rank: i + 1,
      title: headingText(gap.recommendation.title),
      score: String(round(gap.score)),
      band: bandLabel(assessment.recommendations.find((r) => r.recommendation === gap.recommendation)?.band ?? null),
      priority: String(round(gap.priority)),
      weight: gap.recommendation.weight,
      why: gap.recommendation.summary,
      causes: gap.causes.map(causeView),
      source: describeSource(bank, gap.recommendation.source),
    }),
  );
  const shown = shownQuestions(bank, answers);
  const answeredFor = (report: 'expectations' | 'context') => shown.filter((p) => p.question.report === report && answers.has(p.question.id));

  const appendix: AppendixSection[] = [];
  let current: { from: unknown; section: AppendixSection } | undefined;
  for (const placed of shown) {
    if (current?.from !== placed.section) {
      current = { from: placed.section, section: { number: appendix.length + 1, title: headingText(placed.section.title), questions: [] } };
      appendix.push(current.section);
    }
    const { section } = current;
    const answer = answers.get(placed.question.id);
    section.questions.push({
      prompt: placed.question.prompt,
      answer: answer === undefined ? 'Not answered' : describeAnswer(placed.question, answer),
      source: describeSource(bank, placed.question.source),
    });
  }

  return {
    heading: headingText(`Readiness report: ${organisation.name}`),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    date: reportDate(content, date),
    completeness: {
      answered: assessment.completeness.answered,
      shown: assessment.completeness.shown,
      percent: String(round(assessment.completeness.ratio * 100)),
    },
    overall: {
      score: assessment.overall.score === null ? null : String(round(assessment.overall.score)),
      band: assessment.overall.band?.label ?? null,
      meaning: assessment.overall.band?.meaning ?? null,
    },
    recommendations: assessment.recommendations.map(recommendationView),
    chart: assessed.length === 0 ? null : { labels: assessed.map((r) => chartLabel(r.recommendation.title)), values: assessed.map((r) => round(r.score!)) },
    strengths: reportStrengths(bank, assessment).map(recommendationView),
    topBand: topBand(bank).label,
    gaps,
    objectives: assessment.gaps.slice(0, OBJECTIVE_GAPS).map((gap, i) => ({ rank: i + 1, title: headingText(gap.recommendation.title), actions: gap.recommendation.actions })),
    expectations: answeredFor('expectations').map((p) => ({ prompt: p.question.prompt, paragraphs: paragraphs(describeAnswer(p.question, answers.get(p.question.id))) })),
    context: answeredFor('context').map((p) => ({ prompt: p.question.prompt, answer: describeAnswer(p.question, answers.get(p.question.id)) })),
    appendix,
  };
}
