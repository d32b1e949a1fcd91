// GitHub Actions workflow commands, so findings show as annotations on the pull request.
import { byPosition, capFindings, type Diagnostic } from '../../core/diagnostics.js';
import { terminalText } from '../terminal-text.js';
import type { LintOutput } from './index.js';

// Escaping as the Actions toolkit does it: data escapes %, CR and LF; properties also ":" and ",". The log
// shows the line as a terminal would, so control characters are shown as escapes first.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(diagnostics: readonly Diagnostic[], { words }: LintOutput): string {
  return capFindings(diagnostics, words)
    .sort(byPosition)
    .map((d) => {
      const properties = `file=${escapeProperty(terminalText(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(`ce-plan ${d.rule}`)}`;
      return `::${d.severity} ${properties}::${escapeData(terminalText(d.message))}\n`;
    })
    .join('');
}
