// The registry of comparison formats (`compare --format`): Markdown, JSON for programs, and a printable HTML page.
import type { Comparison } from '../../core/compare.js';

interface CompareRenderer {
  render(comparison: Comparison): string;
}

export interface CompareFormatter {
  load(): Promise<CompareRenderer>;
}

const COMPARE_FORMATS = {
  md: { load: () => import('./md.js') },
  json: { load: () => import('./json.js') },
  html: { load: () => import('./html.js') },
} satisfies Record<string, CompareFormatter>;

export type CompareFormat = keyof typeof COMPARE_FORMATS;

export const COMPARE_FORMAT_NAMES = Object.keys(COMPARE_FORMATS) as CompareFormat[];

export async function renderComparison(comparison: Comparison, format: CompareFormat): Promise<string> {
  const renderer: CompareRenderer = await (COMPARE_FORMATS[format] as CompareFormatter).load();
  return renderer.render(comparison);
}
