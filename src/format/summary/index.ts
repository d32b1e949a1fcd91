// The registry of cohort summary formats (`assess --summary FILE`), picked by the file's extension.
import type { CohortSummary } from '../../core/cohort.js';

interface SummaryRenderer {
  render(summary: CohortSummary): string;
}

interface SummaryFormatter {
  extension: string;
  load(): Promise<SummaryRenderer>;
}

const SUMMARY_FORMATS = {
  md: { extension: 'md', load: () => import('./md.js') },
  json: { extension: 'json', load: () => import('./json.js') },
} satisfies Record<string, SummaryFormatter>;

export type SummaryFormat = keyof typeof SUMMARY_FORMATS;

/** `--summary FILE`: the format whose extension the file has; Markdown for any other. */
export function summaryFormatFor(file: string): SummaryFormat {
  const format = (Object.keys(SUMMARY_FORMATS) as SummaryFormat[]).find((f) => file.toLowerCase().endsWith(`.${SUMMARY_FORMATS[f].extension}`));
  return format ?? 'md';
}

export async function renderSummary(summary: CohortSummary, format: SummaryFormat): Promise<string> {
  const renderer: SummaryRenderer = await (SUMMARY_FORMATS[format] as SummaryFormatter).load();
  return renderer.render(summary);
}
