// The registry of report formats: each one's file extension, what `--format` says of it, whether it is
// bytes rather than text, the built-in template it renders through (if any), and its renderer, loaded
// only when a report is written (docx and exceljs are large). The `--format` choices, their help, the
// report file names and `init`'s outputs all come from here. The action tracker is an edition of the
// plan like any other, so `--tracker` only adds it to the formats a run writes, all or none with them.
import type { ReportFacts } from '../../core/report-facts.js';

export interface ReportRenderer {
  /** `template` is the text of the format's template, for a format that has one; bytes for a binary format. */
  render(facts: ReportFacts, template: string): string | Uint8Array | Promise<string | Uint8Array>;
  /** Compiles a template, throwing a UsageError that names it when it is broken. */
  check?(template: string, name: string): void;
}

export interface ReportFormatter {
  extension: string;
  description: string;
  /** Bytes rather than text: never printed to a terminal. */
  binary: boolean;
  /** An action tracker, for the group to keep: never the report a cohort summary links to. */
  tracker?: true;
  /** The built-in template's file in templates/, for a format rendered through one. */
  template?: string;
  load(): Promise<ReportRenderer>;
}

export const REPORT_FORMATS = {
  md: { extension: 'md', description: 'Markdown', binary: false, template: 'report.md.eta', load: () => import('./md.js') },
  json: { extension: 'json', description: 'JSON for programs', binary: false, load: () => import('./json.js') },
  html: { extension: 'html', description: 'HTML, self-contained and printable', binary: false, template: 'report.html.eta', load: () => import('./html.js') },
  docx: {
    extension: 'docx',
    description: 'a Word document to edit (opens in Word, LibreOffice and Google Docs)',
    binary: true,
    load: () => import('./docx.js'),
  },
  tracker: {
    extension: 'tracker.xlsx',
    description: "the plan's action tracker, a workbook with owner, date and status for each action",
    binary: true,
    tracker: true,
    load: () => import('./tracker-xlsx.js'),
  },
  'tracker-csv': {
    extension: 'tracker.csv',
    description: "the plan's action tracker as CSV",
    binary: false,
    tracker: true,
    load: () => import('./tracker-csv.js'),
  },
} satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** `northfield` → `northfield.md`. */
export function reportFileName(stem: string, format: ReportFormat): string {
  return `${stem}.${REPORT_FORMATS[format].extension}`;
}

/** A path given for a report (`init --out`), without its report extension (the longest that fits). */
export function reportStemOf(path: string): string {
  const longestFirst = [...REPORT_FORMAT_NAMES].sort((a, b) => REPORT_FORMATS[b].extension.length - REPORT_FORMATS[a].extension.length);
  for (const format of longestFirst) {
    const suffix = `.${REPORT_FORMATS[format].extension}`;
    if (path.toLowerCase().endsWith(suffix)) return path.slice(0, -suffix.length);
  }
  return path;
}

export interface RenderedReport {
  format: ReportFormat;
  /** Text (written as UTF-8), or bytes for a binary format. */
  content: string | Uint8Array;
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
  for (const format of formats)
    reports.push({ format, content: await (loaded.get(format) ?? (await rendererOf(format))).render(facts, templates[format] ?? '') });
  return reports;
}
