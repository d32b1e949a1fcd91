// The HTML page every HTML output of ce-plan sits in (the report, the cohort summary, and paper forms to
// come): one self-contained file, with no script, no font, image or style sheet from anywhere else (its
// Content-Security-Policy forbids them too), the system's fonts, and print CSS for A4 with a running
// header that names the page and numbers it.
import { en } from '../../core/words/en.js';
import { mapped } from '../../core/lists.js';
import { cssString, escapeHtml } from './escape.js';

interface PageOptions {
  /** The document's title, also the start of the running header. */
  title: string;
  /** The page's content, made by ce-plan (it is not escaped here). */
  body: string;
  /** Style rules of this kind of page, after the shared ones. */
  css?: string;
  /** The page's language, as HTML names it ("en-GB", "cy"), so a screen reader reads it in that language. */
  lang?: string;
  /** The running page number in the page's language: its words around the page's number and the count of pages. */
  page?: (n: string, of: string) => string[];
}

/** The running header's text: long names are cut, so the header stays one line. */
const RUNNING_HEADER_LENGTH = 90;

const runningHeader = (title: string) => (title.length <= RUNNING_HEADER_LENGTH ? title : `${title.slice(0, RUNNING_HEADER_LENGTH - 1).trimEnd()}…`);

const SHARED_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #fff; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.4rem; }
h2 { font-size: 1.3rem; margin: 1.8rem 0 0.6rem; padding-bottom: 0.15rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p, ul, ol { margin: 0 0 0.6rem; }
ul, ol { padding-left: 1.4rem; }
a { color: #0b4f9c; }
.meta { color: #444; margin-bottom: 1rem; }
.meta span + span::before { content: " · "; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.8rem; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #bbb; }
th { border-bottom: 2px solid #555; }
td { overflow-wrap: anywhere; }
td.number, td.short { overflow-wrap: normal; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr, li, figure, blockquote { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
figure.chart { margin: 0.6rem 0 1rem; }
svg.chart { display: block; width: 100%; max-width: 860px; height: auto; font-family: inherit; }
svg.chart text { font-size: 11px; fill: #1a1a1a; }
svg.chart text.axis { font-size: 11px; }
figcaption { font-size: 0.9rem; color: #333; }
.chart-key { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
.chart-key svg { vertical-align: -1px; }
.section-break { break-before: page; page-break-before: always; }
@media print {
  html { font-size: 9pt; line-height: 1.22; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 0.8rem; }
  h3 { margin-top: 0.6rem; }
  p, ul, ol { margin-bottom: 0.3rem; }
  th, td { padding: 0.12rem 0.4rem; }
  a { color: inherit; }
}
`;

/** A whole HTML document around `body`: `<main>` holds it, so every part of the page is in a landmark. */
export function htmlPage({ title, body, css = '', lang = 'en-GB', page = en.report.page }: PageOptions): string {
  // The counters are CSS; the words around them are CSS strings.
  const counters = new Set(['counter(page)', 'counter(pages)']);
  const parts = page('counter(page)', 'counter(pages)').filter((part) => part !== '');
  const pageNumber = mapped(parts, (part) => (counters.has(part) ? part : cssString(part))).join(' ');
  const header = `@page { size: A4; margin: 13mm 12mm 11mm;
  @top-left { content: ${cssString(runningHeader(title))}; font-size: 8pt; color: #444; }
  @top-right { content: ${pageNumber}; font-size: 8pt; color: #444; } }`;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${SHARED_CSS}${header}\n${css}</style>\n</head>\n<body>\n<main>\n${body.trim()}\n</main>\n</body>\n</html>\n`
  );
}
