// The HTML report: the same report view as the Markdown one (view.ts), through an Eta template with
// Eta's own HTML escaping on every `<%= %>`, inside the shared page (format/html/). The template's `it`
// is the view with one thing added: `chartSvg`, the scores drawn as an SVG bar chart, made and escaped here.
import { Eta } from 'eta/core';
import type { ReportFacts } from '../../core/report-facts.js';
import { barChart } from '../html/chart.js';
import { escapeHtml } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { templateRenderer } from './eta-template.js';
import { reportView } from './view.js';

// Every `<%= %>` goes through ce-plan's one HTML escaper, as the chart and the page shell do.
const template = templateRenderer(new Eta({ autoEscape: true, escapeFunction: escapeHtml, autoTrim: false, useWith: false, varName: 'it' }));

export const check = template.check;

const REPORT_CSS = `
.standing { font-size: 1.15rem; }
.keep, .gap, .flags { break-inside: avoid; page-break-inside: avoid; }
.flags { border-left: 4px solid #b2182b; padding: 0.2rem 0 0.1rem 0.8rem; margin: 0 0 0.6rem; }
.flags h3 { margin: 0 0 0.2rem; }
.cite, .area { color: #444; }
.score { font-weight: normal; }
.reading { font-size: 0.88rem; }
.reading h2 { font-size: 1.05rem; }
.reading ul { padding-left: 1rem; }
.plan { table-layout: fixed; }
.plan { font-size: 0.88rem; }
.plan th { white-space: nowrap; }
.plan .done { width: 3rem; text-align: center; white-space: nowrap; }
.plan .owner { width: 4.8rem; }
.plan .when { width: 6.2rem; }
.plan td.owner, .plan td.when { border-bottom: 1px solid #555; }
.plan .gap-ref { width: 2.4rem; }
.plan .own { display: block; font-size: 0.88em; margin-top: 0.1rem; color: #333; }
.box { display: inline-block; width: 1.05em; height: 1.05em; border: 1.5px solid #1a1a1a; border-radius: 2px; vertical-align: -0.15em; }
blockquote { margin: 0 0 0.6rem; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 3px solid #888; }
.gap h3 { margin: 0.45rem 0 0.05rem; font-size: 1rem; }
.gap p, .gap ul { margin-bottom: 0.1rem; font-size: 0.9em; }
.appendix table { font-size: 0.85rem; }
.appendix td:first-child { width: 62%; }
.references li { margin-bottom: 0.3rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

export function render(facts: ReportFacts, text: string): string {
  const view = reportView(facts);
  const bands = facts.bank.bands;
  const index = new Map(bands.map((band, i) => [band.id, i]));
  const chartSvg = barChart({
    id: 'scores',
    title: 'Scores by recommendation, highest first, out of 100. A table after the chart gives the same numbers to screen readers.',
    bars: view.chart.map((r) => ({ label: r.title, value: r.value!, band: index.get(r.bandId!)!, ...(r.weighted ? { note: r.counts } : {}) })),
    bands: bands.map((band) => ({ label: band.label, min: band.min })),
    line: { value: facts.topBand.min, label: `${facts.topBand.label} from ${facts.topBand.min}` },
  });
  return htmlPage({ title: view.heading, body: template.render(text, { ...view, chartSvg }), css: REPORT_CSS });
}
