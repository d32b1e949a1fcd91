// The printable progress report (`compare --format html` with a tracker, issue 23) in Debian's Chromium,
// as test/browser.test.ts opens the report: no request made, no wider than 1,200 px, clean in axe-core,
// and printed on A4 with its pages counted (the first screen and the PDF saved in test/output/). A
// middling ce-readiness group's tracker, every action marked done, against the same group a little better.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from './helpers/cli.js';
import { axeViolations, CHROMIUM, chromiumAvailable, launchChromium, pageCount, printA4 } from './helpers/chromium.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const MIDDLING = 'test/fixtures/reports/middling.yaml';
const OUTPUT = join(ROOT, 'test', 'output');
/** The progress report of a middling group prints on at most this many A4 pages. */
const PAGES = 4;

if (!chromiumAvailable) process.stderr.write(`progress report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)\n`);
const describeInBrowser = chromiumAvailable ? describe : describe.skip;

describeInBrowser('the progress report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  const requests: string[] = [];
  let html: string;

  beforeAll(async () => {
    dir = tempDir('browser-progress');
    const reports = join(dir, 'reports');
    expect(await runInProcess(['assess', MIDDLING, '--out-dir', reports, '--tracker', 'csv'])).toMatchObject({ code: 0, stderr: '' });
    const tracker = join(reports, 'middling.tracker.csv');
    await writeFile(tracker, (await readFile(tracker, 'utf8')).replaceAll('Not started', 'Done'));
    // Six months on: the group says it now reports back to residents.
    const later = join(dir, 'later.yaml');
    await writeFile(
      later,
      (await readFile(MIDDLING, 'utf8')).replace('date: 2026-11-20', 'date: 2027-05-20').replace('report-back: no', 'report-back: always'),
    );
    const run = await runInProcess(['compare', MIDDLING, later, '--tracker', tracker, '--format', 'html']);
    expect(run.code).toBe(0);
    html = run.stdout;
    expect(html).toContain('Done, and the score rose');
    context = await launchChromium(dir, { width: 1200, height: 900 }, requests);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('makes no request, fits 1,200 px, is clean in axe-core, and prints on A4 within its pages', async () => {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(1200);
    expect(await axeViolations(page)).toEqual([]);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'progress-first-screen.png') });
    const pdf = await printA4(page);
    await writeFile(join(OUTPUT, 'progress.pdf'), pdf);
    const pages = await pageCount(pdf);
    process.stderr.write(`the middling group's progress report prints on ${pages} A4 pages\n`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(PAGES);
    await page.close();
    expect(requests).toEqual([]);
  }, 60_000);
});
