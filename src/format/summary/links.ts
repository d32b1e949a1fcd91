// Where the cohort summary links each organisation's report: a path relative to the summary's own
// folder, so the links work wherever the two folders are moved together.

export interface ReportLinks {
  /** The reports' folder relative to the summary's, with `/` between parts; `''` when they share one. */
  folder: string;
  /** The extension of the report linked to: `md`, `html` or `json`. */
  extension: string;
}

/** Every character but letters, digits and `-._~` percent-encoded, so a path is inert in Markdown and in HTML. */
const encode = (part: string) => encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The report's file name, as the link's text. */
export const reportName = (stem: string, links: ReportLinks) => `${stem}.${links.extension}`;

/** The link to a report, from the summary. */
export function reportHref(stem: string, links: ReportLinks): string {
  const folder = links.folder === '' ? '' : `${links.folder.split('/').map(encode).join('/')}/`;
  return `${folder}${encode(reportName(stem, links))}`;
}
