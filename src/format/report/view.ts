// The report's facts worded for a template: numbers rounded, bands named, bars and citations drawn,
// text left raw for the template to escape. This is the `it` of a report template (`--template`).
import type { Bank, Recommendation, Source } from '../../core/schema.js';
import type { ReportFacts } from '../../core/report-facts.js';
import type { RecommendationScore } from '../../core/scoring.js';
import { bar } from '../bar.js';
import { headingText } from '../headings.js';

interface CauseView {
  prompt: string;
  answer: string;
  /** Rounded percentage of the question's best, e.g. "50". */
  score: string;
}

interface RecommendationView {
  id: string;
  title: string;
  /** "63", or "—" when not assessed. */
  score: string;
  bar: string;
  band: string;
  counted: number;
}

interface GapView {
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

interface ObjectiveView {
  rank: number;
  title: string;
  actions: readonly string[];
}

interface QuotedAnswer {
  prompt: string;
  /** The answer split into paragraphs, so a block quote can keep them apart. */
  paragraphs: string[];
}

interface AppendixSection {
  number: number;
  title: string;
  questions: { prompt: string; answer: string; source: string }[];
}

export interface ReportView {
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

const BAR_WIDTH = 10;
const whole = (n: number): number => Math.round(n);

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

function recommendationView(r: RecommendationScore): RecommendationView {
  return {
    id: r.recommendation.id,
    title: r.recommendation.title,
    score: r.score === null ? '—' : String(whole(r.score)),
    bar: r.score === null ? '' : bar(r.score / 100, BAR_WIDTH),
    band: r.band?.label ?? 'not assessed',
    counted: r.counted,
  };
}

export function reportView(facts: ReportFacts): ReportView {
  const { bank, organisation, assessment } = facts;
  // Loops rather than chains of map and filter: this runs once per file in a batch of thousands.
  const recommendations: RecommendationView[] = [];
  const chart = { labels: [] as string[], values: [] as number[] };
  for (const r of assessment.recommendations) {
    recommendations.push(recommendationView(r));
    if (r.score === null) continue;
    chart.labels.push(chartLabelOf(r.recommendation));
    chart.values.push(whole(r.score));
  }

  const gaps: GapView[] = [];
  for (let i = 0; i < assessment.gaps.length; i++) {
    const { recommendation, score, band, priority, causes } = assessment.gaps[i]!;
    const causeViews: CauseView[] = [];
    for (const cause of causes) causeViews.push({ prompt: cause.prompt, answer: cause.answer, score: String(whole(cause.score * 100)) });
    gaps.push({
      rank: i + 1,
      title: headingOf(recommendation),
      score: String(whole(score)),
      band: band.label,
      priority: String(whole(priority)),
      weight: recommendation.weight,
      why: recommendation.summary,
      causes: causeViews,
      source: describeSource(bank, recommendation.source),
    });
  }

  const expectations: QuotedAnswer[] = [];
  for (const { question, answer } of facts.expectations) expectations.push({ prompt: question.prompt, paragraphs: paragraphs(answer!) });
  const context: { prompt: string; answer: string }[] = [];
  for (const { question, answer } of facts.context) context.push({ prompt: question.prompt, answer: answer! });
  const appendix: AppendixSection[] = [];
  for (const { section, questions } of facts.appendix) {
    const rows: AppendixSection['questions'] = [];
    for (const { question, answer } of questions)
      rows.push({ prompt: question.prompt, answer: answer ?? 'Not answered', source: describeSource(bank, question.source) });
    appendix.push({ number: appendix.length + 1, title: headingOf(section), questions: rows });
  }

  return {
    heading: headingText(`Readiness report: ${organisation.name}`),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    date: facts.date,
    completeness: {
      answered: assessment.completeness.answered,
      shown: assessment.completeness.shown,
      percent: String(whole(assessment.completeness.ratio * 100)),
    },
    overall: {
      score: assessment.overall.score === null ? null : String(whole(assessment.overall.score)),
      band: assessment.overall.band?.label ?? null,
      meaning: assessment.overall.band?.meaning ?? null,
    },
    recommendations,
    chart: chart.values.length === 0 ? null : chart,
    strengths: facts.strengths.map(recommendationView),
    topBand: facts.topBand.label,
    gaps,
    objectives: facts.objectives.map(({ rank, gap, actions }) => ({ rank, title: headingOf(gap.recommendation), actions })),
    expectations,
    context,
    appendix,
  };
}
