// The registry of cohort summary formats (`assess --summary FILE`), picked by the file's extension.
import type { CohortSummary } from '../../core/cohort.js';
import { REPORT_FORMATS, type ReportFormat, type ReportFormatter } from '../report/index.js';
import type { ReportLinks } from './links.js';

interface SummaryRenderer {
  /** `links` says where each organisation's report is, for the formats that link to them. */
  render(summary: CohortSummary, links: ReportLinks): string;
}

interface SummaryFormatter {
  extension: string;
  load(): Promise<SummaryRenderer>;
}

const SUMMARY_FORMATS = {
  md: { extension: 'md', load: () => import('./md.js') },
  json: { extension: 'json', load: () => import('./json.js') },
  html: { extension: 'html', load: () => import('./html.js') },
} satisfies Record<string, SummaryFormatter>;

export type SummaryFormat = keyof typeof SUMMARY_FORMATS;

/** `--summary FILE`: the format whose extension the file has; Markdown for any other. */
export function summaryFormatFor(file: string): SummaryFormat {
  const format = (Object.keys(SUMMARY_FORMATS) as SummaryFormat[]).find((f) => file.toLowerCase().endsWith(`.${SUMMARY_FORMATS[f].extension}`));
  return format ?? 'md';
}

/** The report a summary links to: its own format when the run wrote it, else HTML, else Markdown, else the first report written (a tracker only if nothing else was). */
export function linkedReportFormat(summary: SummaryFormat, written: readonly ReportFormat[]): ReportFormat {
  for (const format of [summary, 'html', 'md'] as const) if ((written as readonly string[]).includes(format)) return format as ReportFormat;
  return written.find((format) => !(REPORT_FORMATS[format] as ReportFormatter).tracker) ?? written[0]!;
}

export async function renderSummary(summary: CohortSummary, format: SummaryFormat, links: ReportLinks): Promise<string> {
  const renderer: SummaryRenderer = await (SUMMARY_FORMATS[format] as SummaryFormatter).load();
  return renderer.render(summary, links);
}
