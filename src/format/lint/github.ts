// GitHub Actions workflow commands, so findings show as annotations on the pull request.
import { byPosition, type Diagnostic } from '../../core/diagnostics.js';

// Escaping as the Actions toolkit does it: data escapes %, CR and LF; properties also ":" and ",".
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics]
    .sort(byPosition)
    .map((d) => {
      const properties = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`ce-plan ${d.rule}`)}`;
      return `::${d.severity} ${properties}::${escapeData(d.message)}\n`;
    })
    .join('');
}
