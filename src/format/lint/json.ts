// Lint findings for programs: one object per finding.
import { byPosition, type Diagnostic } from '../../core/diagnostics.js';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = [...diagnostics].sort(byPosition).map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return JSON.stringify(rows, null, 2) + '\n';
}
