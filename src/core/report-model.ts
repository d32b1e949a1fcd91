// Everything the report says, as plain data: numbers already rounded and worded, text left raw for the
// renderer to escape. The Markdown template and the JSON report both read from here, so they agree.
import type { AnswerFile, Bank, Band, Recommendation, Section, Source } from './schema.js';
import type { AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type RecommendationScore } from './scoring.js';
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

/** Words a piece of the bank once per object: a bank never changes once loaded, and a batch words the same titles for every file. */
function wordedOnce<K extends object>(word: (key: K) => string): (key: K) => string {
  const worded = new WeakMap<K, string>();
  return (key) => {
    let text = worded.get(key);
    if (text === undefined) worded.set(key, (text = word(key)));
    return text;
  };
}

// A citation names its source by id, so it is worded once per bank as well as per reference.
const citationsByBank = new WeakMap<Bank, (ref: Recommendation['source']) => string>();

/** A citation in words: the source's title, author and year, and the section. */
function describeSource(bank: Bank, ref: Recommendation['source']): string {
  let cite = citationsByBank.get(bank);
  if (cite === undefined) {
    cite = wordedOnce((citation: Recommendation['source']) => {
      const source: Source | undefined = bank.sources.find((s) => s.id === citation.id);
      const title = source ? source.title : citation.id;
      const by = source?.author === undefined ? '' : ` (${source.author}${source.year === undefined ? '' : `, ${source.year}`})`;
      return `${title}${by}, “${citation.section}”`;
    });
    citationsByBank.set(bank, cite);
  }
  return cite(ref);
}

/** A section's or recommendation's title as a heading. */
const headingOf = wordedOnce((item: { title: string }) => headingText(item.title));

/** A Mermaid label: one line, no quotes or backticks that could end the string or the fence. */
const chartLabelOf = wordedOnce(({ title }: Recommendation) => {
  const plain = title.replace(/[\s"`\\[\]#;]+/g, ' ').trim();
  return plain.length > 30 ? `${plain.slice(0, 29).trimEnd()}…` : plain;
});

function paragraphs(text: string): string[] {
  const kept: string[] = [];
  for (const part of text.split(/\r\n?\s*\r\n?|\n\s*\n/)) {
    const paragraph = part.trim();
    if (paragraph !== '') kept.push(paragraph);
  }
  return kept;
}

const bandLabel = (band: Band | null) => band?.label ?? 'not assessed';

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
  // Loops rather than chains of map and filter: this runs once per file in a batch of thousands (see scoring.ts).
  const recommendations: RecommendationView[] = [];
  const chart = { labels: [] as string[], values: [] as number[] };
  for (const r of assessment.recommendations) {
    recommendations.push(recommendationView(r));
    if (r.score === null) continue;
    chart.labels.push(chartLabelOf(r.recommendation));
    chart.values.push(round(r.score));
  }

  const gaps: GapView[] = [];
  const objectives: ObjectiveView[] = [];
  for (let i = 0; i < assessment.gaps.length; i++) {
    const { recommendation, score, band, priority, causes } = assessment.gaps[i]!;
    const title = headingOf(recommendation);
    const causeViews: CauseView[] = [];
    for (const cause of causes) causeViews.push({ prompt: cause.prompt, answer: cause.answer, score: String(round(cause.score * 100)) });
    gaps.push({
      rank: i + 1,
      title,
      score: String(round(score)),
      band: band.label,
      priority: String(round(priority)),
      weight: recommendation.weight,
      why: recommendation.summary,
      causes: causeViews,
      source: describeSource(bank, recommendation.source),
    });
    if (i < OBJECTIVE_GAPS) objectives.push({ rank: i + 1, title, actions: recommendation.actions });
  }

  // One walk over the shown questions fills the appendix and the quoted answers.
  const appendix: AppendixSection[] = [];
  const expectations: QuotedAnswer[] = [];
  const context: { prompt: string; answer: string }[] = [];
  let section: AppendixSection | undefined;
  let sectionFrom: Section | undefined;
  for (const placed of shownQuestions(bank, answers)) {
    const { question } = placed;
    if (section === undefined || placed.section !== sectionFrom) {
      sectionFrom = placed.section;
      section = { number: appendix.length + 1, title: headingOf(placed.section), questions: [] };
      appendix.push(section);
    }
    const answer = answers.get(question.id);
    const answerText = answer === undefined ? undefined : describeAnswer(question, answer);
    section.questions.push({ prompt: question.prompt, answer: answerText ?? 'Not answered', source: describeSource(bank, question.source) });
    if (answerText === undefined) continue;
    if (question.report === 'expectations') expectations.push({ prompt: question.prompt, paragraphs: paragraphs(answerText) });
    else if (question.report === 'context') context.push({ prompt: question.prompt, answer: answerText });
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
    recommendations,
    chart: chart.values.length === 0 ? null : chart,
    strengths: reportStrengths(bank, assessment).map(recommendationView),
    topBand: topBand(bank).label,
    gaps,
    objectives,
    expectations,
    context,
    appendix,
  };
}
