// What `init` prints at the end: the overall score and band, a bar per recommendation, how many gaps and
// strengths (as the report counts them), and the priorities the action plan starts with. The bank's
// titles and labels are quoted for the terminal, as every text from a file is.
import { PRIORITY_GAPS } from '../core/report-facts.js';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/index.js';
import { bar } from './bar.js';
import { terminalText } from './terminal-text.js';
import type { Style } from './style.js';

/** The parts of an assessment the summary reads; the scorer's `Assessment` has this shape. */
export interface SummaryInput {
  overall: { score: number | null; band: { label: string } | null };
  recommendations: readonly { recommendation: { title: string }; score: number | null; band: { label: string } | null }[];
  /** Below the bank's top band, in the report's order. */
  gaps: readonly { recommendation: { title: string }; score: number; band: { label: string } }[];
  /** In the top band. */
  strengths: readonly unknown[];
}

const BAR_WIDTH = 20;
const MAX_TITLE = 40;

/** The summary in `words`' language (the interview's). */
export function formatTerminalSummary(assessment: SummaryInput, style: Style, words: Words['terminal'] = en.terminal): string {
  const { overall, recommendations, gaps, strengths } = assessment;
  const lines: string[] = [];
  lines.push(
    overall.score === null
      ? style.bold(words.overallNotAssessed)
      : style.bold(`${words.overall(Math.round(overall.score))}${overall.band ? ` · ${terminalText(overall.band.label)}` : ''}`),
  );
  if (recommendations.length > 0) lines.push('');
  const titles = recommendations.map((r) => truncate(terminalText(r.recommendation.title)));
  const width = Math.max(0, ...titles.map((t) => t.length));
  recommendations.forEach((r, i) => {
    const title = titles[i]!.padEnd(width);
    if (r.score === null) lines.push(`${title}  ${style.dim('·'.repeat(BAR_WIDTH))}  ${words.notAssessed}`);
    else
      lines.push(
        `${title}  ${bar(r.score / 100, BAR_WIDTH, style.dim)}  ${String(Math.round(r.score)).padStart(3)}${r.band ? `  ${terminalText(r.band.label)}` : ''}`,
      );
  });
  if (gaps.length + strengths.length > 0) {
    lines.push('', words.gapsAndStrengths(gaps.length, strengths.length));
  }
  const top = gaps.slice(0, PRIORITY_GAPS);
  if (top.length > 0) {
    lines.push('', style.bold(words.priorities(top.length)));
    top.forEach((gap, i) =>
      lines.push(`  ${i + 1}. ${words.priority(terminalText(gap.recommendation.title), Math.round(gap.score), terminalText(gap.band.label))}`),
    );
  }
  return lines.join('\n') + '\n';
}

function truncate(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}
