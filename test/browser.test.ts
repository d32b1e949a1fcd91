// The HTML report and the HTML cohort summary in a real browser: Debian's Chromium, driven by
// playwright-core (which downloads no browser), kept off the network. A middling ce-readiness group's
// report is printed to A4 PDF and its pages counted; axe-core checks both pages; every request a page
// makes is recorded (there must be none); the chart's labels must not overlap at 1,200 px; and the first
// screen of each is saved under test/output/ (git-ignored) for a person to look at.
//
// Where no Chromium is installed, this says so in one line and is skipped. CI installs it (.ci/run).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Bank } from '../src/core/schema.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { ROOT } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { answersFollowingSkipLogic } from './helpers/generators.js';
import { generatedGroup, type GroupKind } from './helpers/groups.js';
import { pdfLines, type PdfLine } from './helpers/pdf-text.js';
import { axeViolations, CHROMIUM, chromiumAvailable, launchChromium, pageCount, printA4 } from './helpers/chromium.js';

const OUTPUT = join(ROOT, 'test', 'output');
const MIDDLING = 'test/fixtures/reports/middling.yaml';
/** Generated groups printed for the page budget (issue 21): this many of each kind, the same every run. */
const GENERATED = 8;
/** The page budget: the body before the appendix, and the whole report. */
const BUDGET: Record<GroupKind, { body: number; whole: number }> = { middling: { body: 3, whole: 6 }, weak: { body: 8, whole: 8 } };
const FIRST_SCREEN = { width: 1200, height: 900 };

const available = chromiumAvailable;
if (!available) process.stderr.write(`browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)\n`);
const describeInBrowser = available ? describe : describe.skip;

// The page's DOM, as far as these checks use it (the project's types hold no DOM).
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface DomElement {
  getBoundingClientRect(): Box;
  textContent: string | null;
}
interface Dom {
  document: {
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    getElementById(id: string): DomElement | null;
    documentElement: { scrollWidth: number };
  };
  getComputedStyle(element: DomElement): { breakInside: string };
}

/** Three more ce-readiness groups beside the middling one, for the summary: made from the bank, the same every run. */
function cohortFiles(bank: Bank): { name: string; text: string }[] {
  const names = ['Ashford Community Safety Group', 'Brookside Partnership', 'Castleton Neighbourhood Forum'];
  return names.map((name, i) => ({
    name: `group-${i + 1}.yaml`,
    text: answerFileText(
      {
        bank,
        organisation: { name, area: name.split(' ')[0], date: '2026-11-20' },
        answers: answersFollowingSkipLogic(bank, (question) => (i * 3 + question.id.length) % 4),
      },
      answersSchemaReference(),
    ),
  }));
}

describeInBrowser('the HTML report and summary in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  const requests: string[] = [];
  let reportHtml: string;
  let summaryHtml: string;
  /** Four respondents combined (test/combine.test.ts holds the golden to what assess --combine writes). */
  let combinedHtml: string;
  /** Generated groups' reports, by kind. */
  const generated: { kind: GroupKind; name: string; html: string }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ce-plan-browser-'));
    const groups = join(dir, 'groups');
    await mkdir(groups);
    await copyFile(MIDDLING, join(groups, 'middling.yaml'));
    for (const { name, text } of cohortFiles((await loadBank('ce-readiness', 'en')).bank)) await writeFile(join(groups, name), text);
    const reports = join(dir, 'reports');
    const run = await runInProcess(['assess', groups, '--out-dir', reports, '--format', 'html', '--summary', join(reports, 'summary.html')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    reportHtml = await readFile(join(reports, 'middling.html'), 'utf8');
    const bank = (await loadBank('ce-readiness', 'en')).bank;
    const made = join(dir, 'generated');
    await mkdir(made);
    for (const kind of ['middling', 'weak'] as const) {
      for (let seed = 1; seed <= GENERATED; seed++)
        await writeFile(join(made, `${kind}-${seed}.yaml`), answerFileText({ bank, ...generatedGroup(bank, kind, seed) }, answersSchemaReference()));
    }
    expect(await runInProcess(['assess', made, '--out-dir', join(dir, 'generated-reports'), '--format', 'html'])).toMatchObject({ code: 0, stderr: '' });
    for (const kind of ['middling', 'weak'] as const) {
      for (let seed = 1; seed <= GENERATED; seed++) {
        generated.push({ kind, name: `${kind}-${seed}`, html: await readFile(join(dir, 'generated-reports', `${kind}-${seed}.html`), 'utf8') });
      }
    }
    summaryHtml = await readFile(join(reports, 'summary.html'), 'utf8');
    combinedHtml = await readFile('test/golden/combined.html', 'utf8');
    await mkdir(OUTPUT, { recursive: true });

    // A profile of its own, made fresh and removed after (in the temp folder); every request recorded and refused.
    context = await launchChromium(dir, FIRST_SCREEN, requests);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  async function open(html: string): Promise<Page> {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  /** Pairs of chart texts whose boxes overlap, and labels that run into the bars. */
  function chartOverlaps(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const { document } = globalThis as unknown as Dom;
      const problems: string[] = [];
      const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const texts = Array.from(document.querySelectorAll('svg.chart text.label, svg.chart text.value'));
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) if (overlap(boxes[i]!, boxes[j]!)) problems.push(`${texts[i]!.textContent} / ${texts[j]!.textContent}`);
      const bars = Array.from(document.querySelectorAll('svg.chart rect.bar')).map((r) => r.getBoundingClientRect());
      const labels = Array.from(document.querySelectorAll('svg.chart text.label'));
      labels.forEach((label, i) => {
        if (label.getBoundingClientRect().right > bars[i]!.left) problems.push(`label runs into its bar: ${label.textContent}`);
      });
      const svg = document.querySelectorAll('svg.chart')[0]!.getBoundingClientRect();
      for (let i = 0; i < texts.length; i++)
        if (boxes[i]!.left < svg.left || boxes[i]!.right > svg.right) problems.push(`outside the chart: ${texts[i]!.textContent}`);
      return problems;
    });
  }

  it('makes no request, fits 1,200 px, draws a chart whose labels never overlap, and saves its first screen', async () => {
    const page = await open(reportHtml);
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.documentElement.scrollWidth)).toBeLessThanOrEqual(FIRST_SCREEN.width);
    expect(await chartOverlaps(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'report-first-screen.png') });
    // The summary and the three priorities are on the first screen.
    const firstScreen = await page.evaluate(() => {
      const { document } = globalThis as unknown as Dom;
      return Array.from(document.querySelectorAll('.priorities li')).map((li) => li.getBoundingClientRect().bottom);
    });
    expect(firstScreen).toHaveLength(3);
    for (const bottom of firstScreen) expect(bottom).toBeLessThanOrEqual(FIRST_SCREEN.height);
    await page.close();
    expect(requests).toEqual([]);
  }, 60_000);

  /** A printed page's lines without its running header ("Page 2 of 5"). */
  const withoutRunningHeader = (lines: PdfLine[]) => lines.filter((line) => !/(Page \d+ of \d+|Tudalen \d+ o \d+)$/.test(line.text));
  const plain = (text: string) => text.replace(/\s+/g, '');
  /** Whether a printed line is the start of one of these headings (a heading may wrap onto a second line). */
  const startsHeading = (line: PdfLine, headings: readonly string[]) =>
    plain(line.text).length > 0 && headings.some((heading) => plain(heading).startsWith(plain(line.text)));

  /**
   * The report printed on A4, each page's lines, and the texts of its headings. The appendix starts a new
   * page, so the body is the pages before the one it starts on.
   */
  async function printed(html: string): Promise<{ pdf: Buffer; pages: PdfLine[][]; bodyPages: number; headings: string[] }> {
    const page = await open(html);
    const { appendixPageBreak, appendixHeading, headings } = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as Dom;
      const appendix = document.getElementById('appendix')!;
      return {
        appendixPageBreak: (getComputedStyle(appendix) as unknown as { breakBefore: string }).breakBefore,
        appendixHeading: document.getElementById('appendix-heading')!.textContent ?? '',
        headings: Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => h.textContent ?? ''),
      };
    });
    expect(appendixPageBreak).toBe('page');
    const pdf = await printA4(page);
    await page.close();
    const pages = await pdfLines(pdf);
    const bodyPages = pages.findIndex((lines) => {
      const first = withoutRunningHeader(lines)[0];
      return first !== undefined && startsHeading(first, [appendixHeading]);
    });
    expect(bodyPages).toBeGreaterThan(0);
    return { pdf, pages, bodyPages, headings };
  }

  /**
   * What a reader would see go wrong at a page's foot: a heading of the page (`headings`, their texts) as
   * its last line, or the references alone at the top of a page. The running header is left out.
   */
  function pageFaults(pages: PdfLine[][], headings: readonly string[]): string[] {
    const faults: string[] = [];
    const content = pages.map(withoutRunningHeader);
    content.forEach((lines, i) => {
      const last = lines.at(-1);
      if (i < content.length - 1 && last !== undefined && startsHeading(last, headings)) faults.push(`page ${i + 1} ends with a heading: ${last.text}`);
      if (lines[0]?.text === 'References') faults.push(`page ${i + 1} starts with the references, alone`);
    });
    return faults;
  }

  it('prints the middling fixture (in English and Welsh) and generated middling groups on at most 6 A4 pages, 3 before the appendix, and generated weak groups on at most 8, with no heading at the foot of a page and the references never alone', async () => {
    const counts: string[] = [];
    // The middling fixture in Welsh too (issue 26): Welsh runs longer than English, and must fit the same pages.
    const welsh = await readFile('test/golden/groups/middling-cy.html', 'utf8');
    for (const { kind, name, html } of [
      { kind: 'middling' as const, name: 'middling fixture', html: reportHtml },
      { kind: 'middling' as const, name: 'middling fixture in Welsh', html: welsh },
      ...generated,
    ]) {
      const { pdf, pages, bodyPages, headings } = await printed(html);
      if (name === 'middling fixture') await writeFile(join(OUTPUT, 'report.pdf'), pdf);
      const wholePages = pages.length;
      counts.push(`${name} ${bodyPages}/${wholePages}`);
      expect([name, bodyPages <= BUDGET[kind].body, wholePages <= BUDGET[kind].whole]).toEqual([name, true, true]);
      expect([name, pageFaults(pages, headings)]).toEqual([name, []]);
    }
    process.stderr.write(`A4 pages, body/whole: ${counts.join('; ')}\n`);
    expect(requests).toEqual([]);
  }, 180_000);

  it('would see a heading stranded at the foot of a printed page', async () => {
    const stranded = `<!DOCTYPE html><html lang="en"><title>x</title><style>@page { size: A4; margin: 14mm } h2 { font-size: 16pt; break-after: auto; } p { margin: 0; font-size: 10pt; line-height: 20pt; }</style>${'<p>Line of text.</p>'.repeat(36)}<h2>Stranded</h2><p>After.</p></html>`;
    const page = await open(stranded);
    const lines = await pdfLines(await printA4(page));
    await page.close();
    expect(lines).toHaveLength(2);
    expect(pageFaults(lines, ['Stranded'])).toEqual(['page 1 ends with a heading: Stranded']);
  }, 60_000);

  it('keeps table rows, figures and gaps whole across pages when printed', async () => {
    const page = await open(reportHtml);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as Dom;
      return ['tr', 'figure.chart', '.gap'].map((selector) => getComputedStyle(document.querySelectorAll(selector)[0]!).breakInside);
    });
    expect(breaks).toEqual(['avoid', 'avoid', 'avoid']);
    await page.close();
  }, 60_000);

  it('has no accessibility violation that axe-core finds, in the reports of the four groups (in Welsh and bilingual too), a combined report (with and without an agreement) or the summary', async () => {
    // The Welsh and bilingual reports too (issue 26): lang="cy", the English part lang="en-GB".
    const groups = await Promise.all(
      ['strong', 'middling', 'weak', 'partnership', 'middling-cy', 'partnership-cy', 'middling-cy-en'].map((name) =>
        readFile(`test/golden/groups/${name}.html`, 'utf8'),
      ),
    );
    const agreedHtml = await readFile('test/golden/agreed.html', 'utf8');
    for (const html of [reportHtml, ...groups, combinedHtml, agreedHtml, summaryHtml]) {
      const page = await open(html);
      expect(await axeViolations(page)).toEqual([]);
      expect(await chartOverlaps(page)).toEqual([]);
      await page.close();
    }
    expect(requests).toEqual([]);
  }, 60_000);

  it('renders the summary: no request, 1,200 px wide at most, labels apart, printable, first screen saved', async () => {
    const page = await open(summaryHtml);
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.documentElement.scrollWidth)).toBeLessThanOrEqual(FIRST_SCREEN.width);
    expect(await chartOverlaps(page)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'summary-first-screen.png') });
    const pdf = await printA4(page);
    await writeFile(join(OUTPUT, 'summary.pdf'), pdf);
    const pages = await pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(5);
    await page.close();
    expect(requests).toEqual([]);
  }, 60_000);

  it("keeps the report's own words in order after a right-to-left override in an answer", async () => {
    const file = join(dir, 'override.yaml');
    const text = (await readFile(MIDDLING, 'utf8')).replace('area: Millbrook', 'area: "Mill\u202ebrook"');
    expect(text).toContain('\u202e');
    await writeFile(file, text);
    const out = join(dir, 'override-reports');
    expect(await runInProcess(['assess', file, '--out-dir', out, '--format', 'html'])).toMatchObject({ code: 0 });
    const page = await open(await readFile(join(out, 'override.html'), 'utf8'));
    // The meta line after the area: the first letters of each part, left to right on screen (the line may wrap later on).
    const order = await page.evaluate(() => {
      const { document } = globalThis as unknown as Dom;
      const spans = Array.from(document.querySelectorAll('.meta span')).filter((span) => /^(Date|Question bank):/.test(span.textContent ?? ''));
      const doc = (
        globalThis as unknown as {
          document: { createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getBoundingClientRect(): Box } };
        }
      ).document;
      return spans.map((span) => {
        const node = (span as unknown as { firstChild: { textContent: string } }).firstChild;
        const at = (offset: number) => {
          const range = doc.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return at(0) < at(1) && at(1) < at(2) && at(2) < at(3);
      });
    });
    await page.close();
    expect(order).toEqual([true, true]);
  }, 60_000);

  it('would see a request if a page made one', async () => {
    const page = await open('<!DOCTYPE html><html lang="en"><title>x</title><img alt="" src="http://example.invalid/x.png"></html>');
    await page.close();
    expect(requests.splice(0)).toEqual(['http://example.invalid/x.png']);
  }, 60_000);
});
