// The HTML report: the same report view as the Markdown one (view.ts), through an Eta template with
// Eta's own HTML escaping on every `<%= %>`, inside the shared page (format/html/). The template's `it`
// is the view with one thing added: `chartSvg`, the scores drawn as an SVG bar chart, made and escaped here.
import { Eta } from 'eta/core';
import type { ReportFacts } from '../../core/report-facts.js';
import { mapped } from '../../core/lists.js';
import { bankLanguage } from '../../core/translation.js';
import { barChart } from '../html/chart.js';
import { escapeHtml } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { templateRenderer } from './eta-template.js';
import type { Editions } from './index.js';
import { reportView, wordsOfReport } from './view.js';

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
/* The narrow columns take at least their heading's width, which differs by language ("Owner",
   "Perchennog"; "Done" is a tick, its word for screen readers); the action takes the rest, and wraps
   anywhere it must. */
.plan { font-size: 0.88rem; }
.plan th { white-space: nowrap; }
.plan td { overflow-wrap: anywhere; }
.plan .done { width: 1%; text-align: center; white-space: nowrap; }
.plan .owner { width: 4.8rem; }
.plan .when { width: 6.2rem; }
.plan td.owner, .plan td.when { border-bottom: 1px solid #555; }
.plan .gap-ref { width: 1%; }
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

/** One language's report: its view and the body the template makes of it; `idPrefix` keeps two languages' ids apart on one page. */
function edition(facts: ReportFacts, text: string, idPrefix: string) {
  const view = reportView(facts);
  const t = view.t;
  const bands = facts.bank.bands;
  const index = new Map(bands.map((band, i) => [band.id, i]));
  const chartSvg = barChart({
    id: `${idPrefix}scores`,
    title: t.chartTitle,
    bars: mapped(view.chart, (r) => ({ label: r.title, value: r.value!, band: index.get(r.bandId!)!, ...(r.weighted ? { note: r.counts } : {}) })),
    bands: mapped(bands, (band) => ({ label: band.label, min: band.min })),
    line: { value: facts.topBand.min, label: t.chartLine(facts.topBand.label, facts.topBand.min) },
    key: { name: t.chartKey, from: t.chartFrom },
  });
  return { view, body: template.render(text, { ...view, idPrefix, chartSvg }) };
}

export function render(editions: Editions, text: string): string {
  const words = wordsOfReport(editions[0]);
  if (editions.length === 1) {
    const { view, body } = edition(editions[0], text, '');
    return htmlPage({ title: view.heading, body, css: REPORT_CSS, lang: view.lang, page: words.report.page });
  }
  // Several languages on one page, one after the other, the first first and each whole, alike in type (the
  // Welsh Government's bilingual design); each in an element with its own `lang`, its ids prefixed with its
  // language, opening with a link to the other; the second starts on a new printed page.
  const languages = editions.map((facts) => bankLanguage(facts.bank));
  const parts = editions.map((facts, i) => {
    const { view, body } = edition(facts, text, `${languages[i]!}-`);
    const notes = languages
      .map((other, j) => (j === i ? '' : `<a href="#${other}">${escapeHtml(wordsOfReport(facts).report.alsoIn(other, j < i ? 'above' : 'below'))}</a>`))
      .filter(Boolean)
      .join(' ');
    return {
      view,
      html: `<div lang="${escapeHtml(view.lang)}" id="${languages[i]!}"${i > 0 ? ' class="section-break"' : ''}>\n<p class="also-in">${notes}</p>\n${body.trim()}\n</div>`,
    };
  });
  const title = parts.map((part) => part.view.heading).join(' / ');
  return htmlPage({ title, body: parts.map((part) => part.html).join('\n'), css: REPORT_CSS, lang: parts[0]!.view.lang, page: words.report.page });
}
