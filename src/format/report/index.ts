// The registry of report formats: each one's file extension, what `--format` says of it, the built-in
// template it renders through (if any), and its renderer, loaded only when a report is written. The
// `--format` choices, their help, the report file names and `init`'s outputs all come from here.
import type { ReportFacts } from '../../core/report-facts.js';

export interface ReportRenderer {
  /** `template` is the text of the format's template, for a format that has one. */
  render(facts: ReportFacts, template: string): string;
  /** Compiles a template, throwing a UsageError that names it when it is broken. */
  check?(template: string, name: string): void;
}

export interface ReportFormatter {
  extension: string;
  description: string;
  /** The built-in template's file in templates/, for a format rendered through one. */
  template?: string;
  load(): Promise<ReportRenderer>;
}

export const REPORT_FORMATS = {
  md: { extension: 'md', description: 'Markdown', template: 'report.md.eta', load: () => import('./md.js') },
  json: { extension: 'json', description: 'JSON for programs', load: () => import('./json.js') },
  html: { extension: 'html', description: 'HTML, self-contained and printable', template: 'report.html.eta', load: () => import('./html.js') },
} satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** `northfield` → `northfield.md`. */
export function reportFileName(stem: string, format: ReportFormat): string {
  return `${stem}.${REPORT_FORMATS[format].extension}`;
}

/** A path given for a report (`init --out`), without its report extension. */
export function reportStemOf(path: string): string {
  for (const format of REPORT_FORMAT_NAMES) {
    const suffix = `.${REPORT_FORMATS[format].extension}`;
    if (path.toLowerCase().endsWith(suffix)) return path.slice(0, -suffix.length);
  }
  return path;
}

export interface RenderedReport {
  format: ReportFormat;
  text: string;
}

// A renderer module is loaded once per thread: an import() of a loaded module still costs a trip
// through the module loader, and a batch renders thousands of reports.
const loaded = new Map<ReportFormat, ReportRenderer>();

async function rendererOf(format: ReportFormat): Promise<ReportRenderer> {
  let renderer = loaded.get(format);
  if (renderer === undefined) loaded.set(format, (renderer = await (REPORT_FORMATS[format] as ReportFormatter).load()));
  return renderer;
}

/** Each format asked for, rendered from the same facts; `templates` holds the text of each format's template. */
export async function renderReports(
  facts: ReportFacts,
  formats: readonly ReportFormat[],
  templates: Partial<Record<ReportFormat, string>>,
): Promise<RenderedReport[]> {
  const reports: RenderedReport[] = [];
  for (const format of formats) reports.push({ format, text: (loaded.get(format) ?? (await rendererOf(format))).render(facts, templates[format] ?? '') });
  return reports;
}
