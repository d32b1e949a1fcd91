// What `init` prints at the end: the overall score and band, a bar per recommendation, the top three gaps.

import type { Style } from './style.js';

/** The parts of an assessment the summary reads; the scorer's `Assessment` has this shape. */
export interface SummaryInput {
  overall: { score: number | null; band: { label: string } | null };
  recommendations: readonly { recommendation: { title: string }; score: number | null; band: { label: string } | null }[];
  gaps: readonly { recommendation: { title: string }; score: number }[];
}

const BAR_WIDTH = 20;
const MAX_TITLE = 40;
const TOP_GAPS = 3;

export function formatTerminalSummary(assessment: SummaryInput, style: Style): string {
  const { overall, recommendations, gaps } = assessment;
  const lines: string[] = [];
  lines.push(
    overall.score === null
      ? style.bold('Overall: not assessed (no scored question was asked)')
      : style.bold(`Overall: ${Math.round(overall.score)} / 100${overall.band ? ` · ${overall.band.label}` : ''}`),
  );
  if (recommendations.length > 0) lines.push('');
  const titles = recommendations.map((r) => truncate(r.recommendation.title));
  const width = Math.max(0, ...titles.map((t) => t.length));
  recommendations.forEach((r, i) => {
    const title = titles[i]!.padEnd(width);
    if (r.score === null) lines.push(`${title}  ${style.dim('·'.repeat(BAR_WIDTH))}  not assessed`);
    else lines.push(`${title}  ${bar(r.score, style)}  ${String(Math.round(r.score)).padStart(3)}${r.band ? `  ${r.band.label}` : ''}`);
  });
  const top = gaps.slice(0, TOP_GAPS);
  if (top.length > 0) {
    lines.push('', style.bold(top.length === 1 ? 'The top gap:' : `The top ${top.length} gaps:`));
    top.forEach((gap, i) => lines.push(`  ${i + 1}. ${gap.recommendation.title} (${Math.round(gap.score)} / 100)`));
  }
  return lines.join('\n') + '\n';
}

/** A bar of BAR_WIDTH cells, filled in proportion to a 0–100 score. */
function bar(score: number, style: Style): string {
  const filled = Math.round((Math.min(100, Math.max(0, score)) / 100) * BAR_WIDTH);
  return '█'.repeat(filled) + style.dim('░'.repeat(BAR_WIDTH - filled));
}

function truncate(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}
