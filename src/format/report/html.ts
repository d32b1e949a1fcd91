// The HTML report: the same report view as the Markdown one (view.ts), through an Eta template with
// Eta's own HTML escaping on every `<%= %>`, inside the shared page (format/html/). The template's `it`
// is the view with one thing added: `chartSvg`, the scores drawn as an SVG bar chart, made and escaped here.
import { Eta } from 'eta/core';
import type { ReportFacts } from '../../core/report-facts.js';
import { barChart } from '../html/chart.js';
import { htmlPage } from '../html/page.js';
import { templateRenderer } from './eta-template.js';
import { reportView } from './view.js';

// Eta's default escape function is its HTML one; autoEscape says so out loud.
const template = templateRenderer(new Eta({ autoEscape: true, autoTrim: false, useWith: false, varName: 'it' }));

export const check = template.check;

const REPORT_CSS = `
.standing { font-size: 1.2rem; }
.plan { table-layout: fixed; }
.plan .done { width: 4.4rem; text-align: center; white-space: nowrap; }
.plan .owner { width: 7rem; }
.plan .when { width: 7.2rem; }
.plan td.owner, .plan td.when { border-bottom: 1px solid #555; }
.box { display: inline-block; width: 1.05em; height: 1.05em; border: 1.5px solid #1a1a1a; border-radius: 2px; vertical-align: -0.15em; }
.own { margin: 0.25rem 0 0; color: #333; font-size: 0.95em; }
blockquote { margin: 0 0 0.6rem; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 3px solid #888; }
.gap { break-inside: avoid; page-break-inside: avoid; }
.gap p { margin-bottom: 0.2rem; }
.gap ul { margin-bottom: 0.3rem; }
.appendix td:first-child { width: 62%; }
.references li { margin-bottom: 0.3rem; }
`;

export function render(facts: ReportFacts, text: string): string {
  const view = reportView(facts);
  const bands = facts.bank.bands;
  const index = new Map(bands.map((band, i) => [band.id, i]));
  const chartSvg = barChart({
    id: 'scores',
    title: `Scores by recommendation, highest first, out of 100. The table below gives the same numbers.`,
    bars: view.chart.map((r) => ({ label: r.title, value: r.value!, band: index.get(r.bandId!)! })),
    bands: bands.map((band) => ({ label: band.label, min: band.min })),
    line: { value: facts.topBand.min, label: `${facts.topBand.label} from ${facts.topBand.min}` },
  });
  return htmlPage({ title: view.heading, body: template.render(text, { ...view, chartSvg }), css: REPORT_CSS });
}
