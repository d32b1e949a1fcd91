// The cohort summary (docs/summary.md): many organisations assessed on one bank, side by side. A batch
// keeps one small CohortEntry per answer file, so the summary costs memory per organisation, not per answer.
import type { AnswerFile, Band, Bank, Recommendation } from './schema.js';
import { actionsOf, topBand } from './bank.js';
import type { Language } from './languages.js';
import { bankLanguage } from './translation.js';
import { bandFor, gapPriority, inReportOrder, type Assessment } from './scoring.js';

export interface CohortEntry {
  organisation: string;
  area?: string;
  /** The report's file stem, e.g. "northfield"; tells apart two entries with the same name. */
  report: string;
  overall: number | null;
  /** Band id. */
  band: string | null;
  /** Unrounded scores in bank order; null = not assessed. */
  recommendations: (number | null)[];
  /** With `assess --combine`: how many respondents the organisation's scores combine. */
  respondents?: number;
}

export interface BandRef {
  id: string;
  label: string;
}

export interface ScoreCell {
  score: number | null;
  band: BandRef | null;
}

interface CohortRow {
  organisation: string;
  area: string | null;
  report: string;
  /** How many respondents the row combines (1 without `--combine`). */
  respondents: number;
  overall: ScoreCell;
  /** Bank order. */
  recommendations: (ScoreCell & { id: string })[];
  /** How many of its assessed recommendations are below the top band: its gaps. */
  gaps: number;
  /** Its weakest areas: the ids of its first two gaps, in the order its report gives them. */
  weakest: string[];
}

interface RankedOrganisation {
  /** Equal scores share a rank (1, 2, 2, 4); null when nothing was assessed. */
  rank: number | null;
  organisation: string;
  area: string | null;
  report: string;
  overall: ScoreCell;
}

interface SharedGap {
  id: string;
  title: string;
  /** Organisations below the gap line on it. */
  below: number;
  /** Organisations assessed on it. */
  assessed: number;
  /** Mean score over the organisations assessed on it. */
  mean: number;
  /** Report stems of the organisations below the line, in row order. */
  reports: string[];
  actions: string[];
}

interface Spread {
  id: string;
  title: string;
  assessed: number;
  /** Organisations below the gap line on it. */
  below: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

export interface CohortSummary {
  /** The language of its words: the bank's (made in it by bankIn), and so the page's. */
  lang: Language;
  bank: { id: string; version: string; title: string };
  recommendations: { id: string; title: string; weight: number }[];
  organisations: number;
  /** Organisations with an overall score. */
  assessed: number;
  /** The bank's top band: a recommendation is a gap for an organisation when it scores below its minimum. */
  gapLine: BandRef & { min: number };
  /** The bank's bands, lowest first. */
  bands: (BandRef & { min: number })[];
  /** Alphabetical by organisation, then report stem: the same rows whatever order the files came in. */
  rows: CohortRow[];
  ranking: RankedOrganisation[];
  /** Most organisations below the line first, then lowest mean, then bank order. */
  sharedGaps: SharedGap[];
  /** Bank order; the overall score's spread is `overallSpread`. */
  spread: Spread[];
  overallSpread: Omit<Spread, 'id' | 'title'>;
  /** The answer files of the run that are not in the summary (they failed, so have no scores), as the run named them. */
  notIncluded: string[];
}

export function cohortEntry(bank: Bank, content: AnswerFile, report: string, assessment: Assessment): CohortEntry {
  const scores = new Map(assessment.recommendations.map((r) => [r.recommendation.id, r.score]));
  const entry: CohortEntry = {
    organisation: content.organisation.name,
    report,
    overall: assessment.overall.score,
    band: assessment.overall.band?.id ?? null,
    recommendations: bank.recommendations.map((r) => scores.get(r.id) ?? null),
  };
  if (content.organisation.area !== undefined) entry.area = content.organisation.area;
  return entry;
}

export const bandRef = (band: Band): BandRef => ({ id: band.id, label: band.label });

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spreadOf(scores: readonly (number | null)[], gapLine: number): Omit<Spread, 'id' | 'title'> {
  const assessed = scores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  return {
    assessed: assessed.length,
    below: assessed.filter((s) => s < gapLine).length,
    min: assessed[0] ?? null,
    median: median(assessed),
    max: assessed.at(-1) ?? null,
  };
}

/** An organisation's gaps in its report's order (scoring.ts's inReportOrder), as indices into the bank's recommendations. */
function gapsInReportOrder(bank: Bank, scores: readonly (number | null)[], gapLine: number): number[] {
  const gaps: { index: number; recommendation: Recommendation; band: Band; priority: number }[] = [];
  scores.forEach((score, index) => {
    const recommendation = bank.recommendations[index]!;
    if (score !== null && score < gapLine)
      gaps.push({ index, recommendation, band: bandFor(bank, score), priority: gapPriority(recommendation.weight, score) });
  });
  return inReportOrder(gaps).map((g) => g.index);
}

/** The summary names this many weakest areas per organisation. */
const WEAKEST = 2;

/** A gap is a recommendation below the bank's top band, here as in every report. */
function gapLineOf(bank: Bank): BandRef & { min: number } {
  const top = topBand(bank);
  return { ...bandRef(top), min: top.min };
}

/** `notIncluded`: the answer files of the run that failed, so that the summary says who is missing from it. */
export function summariseCohort(bank: Bank, entries: readonly CohortEntry[], notIncluded: readonly string[] = []): CohortSummary {
  const count = bank.recommendations.length;
  const mismatch = entries.find((e) => e.recommendations.length !== count);
  if (mismatch)
    throw new Error(`cohort entry "${mismatch.report}" has ${mismatch.recommendations.length} scores; bank "${bank.id}" has ${count} recommendations`);

  const cell = (score: number | null): ScoreCell => ({ score, band: score === null ? null : bandRef(bandFor(bank, score)) });

  const gapLine = gapLineOf(bank);
  const sorted = [...entries].sort((a, b) => byText(a.organisation, b.organisation) || byText(a.report, b.report));
  const rows: CohortRow[] = sorted.map((e) => {
    const gaps = gapsInReportOrder(bank, e.recommendations, gapLine.min);
    return {
      organisation: e.organisation,
      area: e.area ?? null,
      report: e.report,
      respondents: e.respondents ?? 1,
      overall: cell(e.overall),
      recommendations: e.recommendations.map((score, i) => ({ id: bank.recommendations[i]!.id, ...cell(score) })),
      gaps: gaps.length,
      weakest: gaps.slice(0, WEAKEST).map((i) => bank.recommendations[i]!.id),
    };
  });

  // Highest first; equal scores by name (rows are already in name order, and sort is stable).
  const ranked = [...rows].sort((a, b) => {
    if (a.overall.score === null || b.overall.score === null) return (a.overall.score === null ? 1 : 0) - (b.overall.score === null ? 1 : 0);
    return b.overall.score - a.overall.score;
  });
  let rank = 0;
  const ranking = ranked.map((row, i): RankedOrganisation => {
    if (i === 0 || row.overall.score !== ranked[i - 1]!.overall.score) rank = i + 1;
    return { rank: row.overall.score === null ? null : rank, organisation: row.organisation, area: row.area, report: row.report, overall: row.overall };
  });

  const sharedGaps: SharedGap[] = [];
  const spread: Spread[] = [];
  bank.recommendations.forEach((recommendation, i) => {
    const scores = rows.map((row) => row.recommendations[i]!.score);
    spread.push({ id: recommendation.id, title: recommendation.title, ...spreadOf(scores, gapLine.min) });
    const assessed = scores.filter((s): s is number => s !== null);
    const below = rows.filter((row) => row.recommendations[i]!.score !== null && row.recommendations[i]!.score! < gapLine.min);
    if (below.length === 0 || below.length * 2 < assessed.length) return;
    sharedGaps.push({
      id: recommendation.id,
      title: recommendation.title,
      below: below.length,
      assessed: assessed.length,
      mean: assessed.reduce((sum, s) => sum + s, 0) / assessed.length,
      reports: below.map((row) => row.report),
      actions: actionsOf(recommendation).map((action) => action.text),
    });
  });
  const bankOrder = (id: string) => bank.recommendations.findIndex((r) => r.id === id);
  sharedGaps.sort((a, b) => b.below - a.below || a.mean - b.mean || bankOrder(a.id) - bankOrder(b.id));

  const overallSpread = spreadOf(
    rows.map((row) => row.overall.score),
    gapLine.min,
  );
  return {
    lang: bankLanguage(bank),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    recommendations: bank.recommendations.map((r) => ({ id: r.id, title: r.title, weight: r.weight })),
    organisations: rows.length,
    assessed: overallSpread.assessed,
    gapLine,
    bands: bank.bands.map((band) => ({ ...bandRef(band), min: band.min })),
    rows,
    ranking,
    sharedGaps,
    spread,
    overallSpread,
    notIncluded: [...notIncluded],
  };
}
