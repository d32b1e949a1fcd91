// Lint findings for programs: one object per finding. JSON escapes C0 controls itself; the C1 ones and
// Unicode's invisible format characters are escaped too (the same JSON), as it may be read on a terminal.
import { byPosition, capFindings, type Diagnostic } from '../../core/diagnostics.js';
import { terminalLines } from '../terminal-text.js';
import type { LintOutput } from './index.js';

export function formatJson(diagnostics: readonly Diagnostic[], { words }: LintOutput): string {
  const rows = capFindings(diagnostics, words)
    .sort(byPosition)
    .map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return terminalLines(JSON.stringify(rows, null, 2)) + '\n';
}
