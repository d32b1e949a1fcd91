// Test helpers for generated Markdown: markdownlint (via markdownlint-cli2's API) and a GFM render.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as markdownlint } from 'markdownlint-cli2';
import { marked } from 'marked';

/** markdownlint's findings for the text, with its default rules (an empty folder, so no config applies). */
export async function lintMarkdown(text: string): Promise<string[]> {
  const directory = await mkdtemp(join(tmpdir(), 'ce-plan-mdlint-'));
  const errors: string[] = [];
  try {
    await markdownlint({
      directory,
      argv: [],
      nonFileContents: { 'report.md': text },
      noImport: true,
      logMessage: () => {},
      logError: (message: string) => errors.push(message),
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  return errors.filter((line) => line.trim() !== '');
}

export function renderHtml(text: string): string {
  return marked.parse(text, { gfm: true, async: false });
}

/** For each table in the HTML: the header's cell count and every body row's cell count. */
export function tableShapes(html: string): { header: number; rows: number[] }[] {
  const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
  return tables.map((table) => {
    const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    const cells = (row: string) => (row.match(/<t[dh][ >]/g) ?? []).length;
    return { header: cells(rows[0] ?? ''), rows: rows.slice(1).map(cells) };
  });
}
