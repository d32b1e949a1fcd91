// The default lint output: findings grouped by file, as a compiler or ESLint prints them. File names and
// messages carry text from files (keys, values, versions, names): each is made safe for a terminal here.
import { byPosition, capFindings, countBySeverity, type Diagnostic } from '../../core/diagnostics.js';
import { terminalText } from '../terminal-text.js';
import type { LintOutput } from './index.js';

export function formatStylish(diagnostics: readonly Diagnostic[], { style, filesChecked, words }: LintOutput): string {
  const say = words.lint;
  const sorted = capFindings(diagnostics, words).sort(byPosition);
  const severityWidth = Math.max(say.error.length, say.warning.length);
  const lines: string[] = [];
  let currentFile: string | undefined;
  const width = (d: Diagnostic) => `${d.line}:${d.column}`.length;
  const positionWidth = Math.max(0, ...sorted.map(width));
  const ruleWidth = Math.max(0, ...sorted.map((d) => d.rule.length));
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(style.underline(terminalText(d.file)));
      currentFile = d.file;
    }
    const severity = d.severity === 'error' ? style.red(say.error.padEnd(severityWidth)) : style.yellow(say.warning.padEnd(severityWidth));
    const position = style.dim(`${d.line}:${d.column}`.padEnd(positionWidth));
    lines.push(`  ${position}  ${severity}  ${style.dim(d.rule.padEnd(ruleWidth))}  ${terminalText(d.message)}`);
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  if (diagnostics.length === 0) return `${style.green('✔')} ${say.noProblems(filesChecked)}\n`;
  const summary = say.problems(errors, warnings, filesChecked);
  lines.push('', errors > 0 ? style.red(style.bold(summary)) : style.yellow(style.bold(summary)));
  return lines.join('\n') + '\n';
}
