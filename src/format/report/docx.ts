// The report as a Word document to edit (`--format docx`): the same report view as the Markdown and
// HTML editions (view.ts), in Word's own structure, so a council officer can add a foreword, fill in
// owners and paste it into committee papers. Real styles (Title, Heading 1 for each part, Heading 2 for
// each gap, horizon and appendix section, so the navigation pane works), real tables (the plan with its
// owner and date columns, repeated header rows), A4, a running header and page numbers, and the chart as
// a picture with alternative text: the HTML report's SVG, with a PNG drawn here for the readers that do
// not show SVG (LibreOffice, older Word). The docx library loads only here, when a DOCX is written.
import type { Editions } from './index.js';
import { barChart } from '../html/chart.js';
import { chartPng } from './chart-png.js';
import { reportView, wordsOfReport } from './view.js';
import { fixedZipTimes } from '../zip-times.js';

/** A4 in twentieths of a point, with margins of about 18 mm. */
const PAGE = { width: 11906, height: 16838, margin: 1020 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Points, in the half-points Word counts in. */
const pt = (points: number) => points * 2;
/** The chart's width on the page, in pixels at 96 per inch (docx's unit for pictures). */
const CHART_PX = 620;

export async function render([facts]: Editions): Promise<Uint8Array> {
  const docx = await import('docx');
  const {
    AlignmentType,
    BorderStyle,
    Document,
    Footer,
    Header,
    HeadingLevel,
    ImageRun,
    LineRuleType,
    Packer,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const view = reportView(facts);
  // The report's words in its language: the labels every edition shares, and the Word edition's own.
  const { t } = view;
  const d = wordsOfReport(facts).docx;
  const several = view.respondents.length > 1;
  type Block = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;
  const body: Block[] = [];

  const runs = (parts: readonly (string | { bold: string })[]) =>
    parts.map((part) => (typeof part === 'string' ? new TextRun(wordText(part)) : new TextRun({ text: wordText(part.bold), bold: true })));
  const para = (...parts: (string | { bold: string })[]) => new Paragraph({ children: runs(parts) });
  const bullet = (...parts: (string | { bold: string })[]) => new Paragraph({ children: runs(parts), bullet: { level: 0 } });
  const heading1 = (text: string, pageBreakBefore = false) => new Paragraph({ text: wordText(text), heading: HeadingLevel.HEADING_1, pageBreakBefore });
  const heading2 = (text: string) => new Paragraph({ text: wordText(text), heading: HeadingLevel.HEADING_2 });
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  /** A table across the text's width, its columns in the proportions given, the header row repeated on each page. */
  const table = (proportions: readonly number[], header: readonly string[], rows: readonly (readonly string[])[]) => {
    const total = proportions.reduce((a, b) => a + b, 0);
    const widths = proportions.map((p) => Math.floor((p / total) * TEXT_WIDTH));
    const cell = (text: string, i: number, bold = false) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        margins: { top: 20, bottom: 20, left: 70, right: 70 },
        // A cell's paragraphs (an answer's own) stay paragraphs.
        children: text
          .split(/\n\s*\n/)
          .map((part) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: wordText(part), bold, size: pt(8.5) })] })),
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i)) })),
      ],
    });
  };

  // Title and what it is of.
  body.push(new Paragraph({ text: wordText(view.heading), heading: HeadingLevel.TITLE }));
  const meta = [
    view.organisation.area && `${t.area}: ${view.organisation.area}`,
    view.organisation.completedBy && `${t.completedBy}: ${view.organisation.completedBy}`,
    view.respondent && `${t.answeredBy}: ${[view.respondent.name, view.respondent.role].filter(Boolean).join(', ')}`,
    several && `${t.answeredBy}: ${t.people(view.respondents.length)}`,
    `${t.date}: ${view.date ?? t.dateNotGiven}`,
    `${t.questionBank}: ${view.bank.title} ${view.bank.version}`,
  ].filter((part): part is string => typeof part === 'string');
  body.push(para(meta.join(' · ')));

  // Summary.
  body.push(heading1(t.summary), para({ bold: `${view.summary.headline}.` }, view.overall.meaning ? ` ${view.overall.meaning}` : ''));
  if (view.summary.split.length > 0)
    body.push(
      para(
        d.splitSentence(
          view.summary.split.map((x) => `${x.title} (${x.range})`),
          view.agreement ? t.whatYouAgreed : t.whereYouDisagree,
        ),
      ),
    );
  if (view.summary.flags.length > 0) {
    body.push(heading2(t.needsAttention));
    for (const f of view.summary.flags) body.push(bullet(`“${f.prompt}” ${f.answered} `, { bold: f.answer }, `. ${f.reason} (${f.source})`));
  }
  if (view.summary.priorities.length > 0) {
    body.push(para(t.startWith(view.summary.priorities.length)));
    for (const p of view.summary.priorities) body.push(para(`${p.rank}. `, { bold: p.title }, ` (${p.score}): ${p.why}.`));
  }
  if (view.summary.goingWell) body.push(para(view.summary.goingWell));
  const completeness = [several ? '' : `${view.completeness.text}.`, view.summary.dontKnowText ?? ''].filter((t) => t !== '').join(' ');
  if (completeness !== '') body.push(para(completeness));

  if (several) {
    body.push(
      heading1(t.whoAnswered),
      table(
        [4, 2, 1],
        [t.respondent, t.requiredAnswered, t.overall],
        view.respondents.map((r) => [r.label, r.completeness, r.overall]),
      ),
    );
    if (view.agreement) {
      // An agreement (issue 25): what was agreed, with what each had answered, then what is still contested.
      const { agreement } = view;
      body.push(heading1(t.whatYouAgreed), para(t.agreedIntro(agreement.date, agreement.present)), ...agreement.notApplied.map((line) => para(line)));
      for (const q of agreement.questions)
        body.push(
          bullet(
            `${q.prompt}${q.recommendation ? ` (${q.recommendation})` : ''} ${t.agreedLabel} `,
            { bold: q.agreed },
            `${q.present ? ` ${t.agreedPresent(q.present)}` : ''}. ${t.why} ${q.reason} ${t.hadAnswered} `,
            ...q.answers.flatMap((a, i) => [i === 0 ? '' : '; ', { bold: a.answer }, `: ${a.respondents.join(', ')}`]),
            `.${q.notAsked ? ` ${q.notAsked}` : ''}`,
          ),
        );
      body.push(heading2(t.stillContested));
    } else body.push(heading1(t.whereYouDisagree));
    if (view.contested.length === 0) body.push(para(view.agreement ? t.nothingContested : t.noneContested));
    else {
      body.push(para(d.contested(view.agreement !== null)));
      for (const c of view.contested)
        body.push(
          bullet(
            `${c.prompt}${c.recommendation ? ` (${c.recommendation})` : ''} `,
            ...c.answers.flatMap((a, i) => [i === 0 ? '' : '; ', { bold: a.answer }, `: ${a.respondents.join(', ')}`]),
          ),
        );
    }
  }

  // Scores: the chart as a picture, then the same numbers as a table.
  body.push(heading1(t.scores), para(view.gapsText));
  if (view.chart.length > 0) {
    const bands = facts.bank.bands;
    const index = new Map(bands.map((band, i) => [band.id, i]));
    const bars = view.chart.map((r) => ({ label: r.title, value: r.value!, band: index.get(r.bandId!)! }));
    const figure = barChart({
      id: 'scores',
      title: t.scores,
      bars,
      bands: bands.map((band) => ({ label: band.label, min: band.min })),
      line: { value: facts.topBand.min, label: `${facts.topBand.label} from ${facts.topBand.min}` },
    });
    const svg = svgAlone(figure);
    const { png } = await chartPng(bars, bands.length, facts.topBand.min);
    const description = d.chartAlt(view.chart.map((r, i) => `${i + 1}. ${r.title} ${r.score}, ${r.band}`));
    const svgSize = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
    body.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(svg),
            fallback: { type: 'png', data: png },
            transformation: { width: CHART_PX, height: Math.round((CHART_PX * Number(svgSize[2])) / Number(svgSize[1])) },
            altText: { name: t.scores, title: t.scores, description },
          }),
        ],
      }),
    );
    body.push(
      table(
        [1.5, 11.5, 2, 4, 2],
        [d.number, d.highestFirst, t.score, t.band, t.counts],
        view.chart.map((r, i) => [String(i + 1), r.title, r.score, r.band, r.counts]),
      ),
    );
  }
  const unassessed = view.scores.filter((r) => r.value === null);
  if (unassessed.length > 0) body.push(para(`${t.unassessed} ${unassessed.map((r) => r.title).join('; ')}.`));

  body.push(heading1(t.howToRead), para(view.reading.join(' ')));

  // Gap analysis: a heading for each gap, so each is in the navigation pane.
  body.push(heading1(t.gapAnalysis), para(view.gaps.length === 0 ? t.noGaps(view.topBand) : view.orderText));
  for (const g of view.gaps) {
    const causes =
      g.causes.length === 0
        ? ''
        : d.causes(
            g.causes.map((c) => `${c.prompt} ${c.answer} (${c.score}%)`),
            g.moreCauses,
          );
    body.push(heading2(`${g.heading} (${g.score}, ${g.band}${g.counts ? `, ${t.countsTimes(g.counts)}` : ''})`), para(`${g.why} (${g.source})${causes}`));
  }

  // The plan: a table per horizon, with columns to fill in (or as the last tracker left them).
  body.push(heading1(t.objectives));
  if (view.plan.horizons.length === 0) body.push(para(t.noObjectives));
  else body.push(para(d.planIntro(view.plan.source, view.plan.sizeText)));
  for (const h of view.plan.horizons) {
    body.push(heading2(`${h.title}: ${h.when}`));
    body.push(
      table(
        // Done is a tick, as in the HTML, and the gap's column fits "Bwlch": Welsh headings broke mid-word.
        [1, 8.4, 1.6, 3, 2],
        ['✓', t.whatToDo, t.gapColumn, t.owner, t.targetDate],
        h.objectives.map((o) => {
          const words = o.ownWords.map((w) => ` ${t.asked(w.said, w.prompt)} ${w.answer}`).join('');
          const status = o.tracked?.status ? ` ${o.tracked.status}.` : '';
          return [
            o.tracked?.done ? '☑' : '☐',
            `${o.flagged ? `${t.needsAttentionMark} ` : ''}${o.kind === 'find-out' ? `${t.findOutMark} ` : ''}${o.text}${status}${words}`,
            o.gap === null ? '' : String(o.gap),
            o.tracked?.owner ?? '',
            o.tracked?.targetDate ?? '',
          ];
        }),
      ),
    );
  }
  if (view.plan.heldBackText) body.push(para(view.plan.heldBackText));

  // Expectations and impact.
  body.push(heading1(t.expectations));
  if (view.expectations.length === 0 && view.context.length === 0) body.push(para(t.saysNothing));
  const chosen = view.expectations.filter((e) => !e.quote);
  if (chosen.length > 0) body.push(para(d.scopeToChange(chosen.map((q) => `${q.prompt} ${q.paragraphs.join(' ')}${q.by ? ` (${q.by})` : ''}`))));
  for (const q of view.expectations.filter((e) => e.quote)) {
    body.push(para(t.askedQuoted(q.prompt, q.by)));
    for (const p of q.paragraphs) body.push(new Paragraph({ text: wordText(p), style: 'Quote' }));
  }
  if (view.context.length > 0) body.push(para(`${t.inYourOwnWords} ${view.context.map((c) => `${c.prompt} “${c.answer}”`).join(' ')}`));

  // Appendix, on a page of its own, then the references.
  body.push(heading1(t.appendix, true));
  for (const s of view.appendix)
    body.push(
      heading2(`${s.number}. ${s.title}`),
      table(
        [3, 2],
        [t.question, t.answer],
        s.questions.map((q) => [q.prompt, q.answer]),
      ),
    );
  body.push(heading1(t.references));
  for (const r of view.references)
    body.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          ...(r.short ? [new TextRun({ text: `${r.short}: `, bold: true })] : []),
          new TextRun(r.citation),
          // The address as text: the docx library names a live link's relationship at random, and a report is the same for the same answers.
          ...(r.url ? [new TextRun(` ${r.url}`)] : []),
        ],
      }),
    );

  const small = { size: pt(8), color: '444444' };
  const document = new Document({
    creator: 'ce-plan',
    title: view.heading,
    description: d.description(`${view.bank.title} ${view.bank.version}`),
    styles: {
      default: {
        // Line spacing "auto" said out loud: LibreOffice reads a bare line spacing as exact, which cuts a picture to one line.
        document: { run: { font: 'Arial', size: pt(9.5) }, paragraph: { spacing: { after: 80, line: 252, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Arial', size: pt(20), bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Arial', size: pt(13), bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        heading2: { run: { font: 'Arial', size: pt(10.5), bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 140, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 480 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: wordText(view.heading), ...small })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: t
                      .page('\u0000', '\u0001')
                      .map((part) => (part === '\u0000' ? PageNumber.CURRENT : part === '\u0001' ? PageNumber.TOTAL_PAGES : part)),
                    ...small,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  // The document's dates are the report's, never the clock's, so the same answers give the same file.
  const when = `${facts.date ?? '1980-01-01'}T00:00:00Z`;
  const core = corePropertiesXml(view.heading, when);
  const bytes = new Uint8Array(await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]));
  return fixedZipTimes(bytes, new Date(when));
}

/**
 * Text for a Word document: the docx library escapes XML's own characters, but control characters that
 * XML cannot hold at all would make the file unreadable, so they go; a line break inside a paragraph
 * reads as a space, as it does in the other editions.
 */
function wordText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\s*[\r\n]\s*/g, ' ');
}

/** The SVG of the HTML chart's figure, standing alone: with its text's size and font, which the HTML page's style sheet gives it. */
function svgAlone(figure: string): string {
  const start = figure.indexOf('<svg class="chart"');
  const end = figure.indexOf('</svg>', start) + '</svg>'.length;
  const svg = figure.slice(start, end);
  const style = '<style>text { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11px; fill: #1a1a1a; }</style>';
  return svg.replace(/^(<svg[^>]*>)/, `$1${style}`);
}

const xmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The document's core properties, dated `when`. */
function corePropertiesXml(title: string, when: string): string {
  const stamp = when.replace('.000', '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>ce-plan</dc:creator><cp:lastModifiedBy>ce-plan</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
