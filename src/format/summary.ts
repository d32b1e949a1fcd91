// One entry point for `assess --summary FILE`: the cohort's entries in, the summary's text out.
import { summariseCohort, type CohortEntry } from '../core/cohort.js';
import type { Bank } from '../core/schema.js';
import { formatSummaryJson } from './summary-json.js';
import { formatSummaryMarkdown } from './summary-md.js';

export type SummaryFormat = 'md' | 'json';

/** `--summary FILE`: JSON for a .json file, Markdown for anything else. */
export function summaryFormatFor(file: string): SummaryFormat {
  return /\.json$/i.test(file) ? 'json' : 'md';
}

export function renderSummary(bank: Bank, entries: readonly CohortEntry[], format: SummaryFormat): string {
  const summary = summariseCohort(bank, entries);
  return format === 'json' ? formatSummaryJson(summary) : formatSummaryMarkdown(summary);
}
