// Debian's Chromium for the browser tests, driven by playwright-core (which downloads no browser) and
// kept off the network: a fresh profile in a temp folder, flags that stop its background services and
// resolve no name, and every request answered with an abort. axe-core is injected to check a page, and
// pages are printed to A4 PDF and counted with pdf-lib. Where no Chromium is installed, tests skip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env['CE_PLAN_CHROMIUM'] ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** Flags that keep Chromium off the network, whatever the page holds: no background services, and no name resolves. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

/**
 * Chromium with a profile of its own in `dir`, every request it makes recorded in `requests` and
 * refused. axe is injected as a script, which a page's own Content-Security-Policy would refuse; with
 * the policy off, a request the markup asked for would be made, and so be seen.
 */
export async function launchChromium(dir: string, viewport: { width: number; height: number }, requests: string[]): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    bypassCSP: true,
  });
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => route.abort());
  return context;
}

export async function pageCount(pdf: Buffer): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(pdf)).getPageCount();
}

export const printA4 = (page: Page) => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });

interface Axe {
  axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
  document: unknown;
}

/** What axe-core finds wrong with a page (WCAG 2.x A and AA, and best practice), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  await page.addScriptTag({ content: axe.source });
  const { violations } = await page.evaluate(() =>
    (globalThis as unknown as Axe).axe.run((globalThis as unknown as Axe).document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
