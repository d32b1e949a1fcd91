// Findings printed as every command prints them: grouped by file, one block per file, each file named as
// the user gave it (relative to where they stand), in colour on a terminal.
import type { Diagnostic } from '../core/diagnostics.js';
import type { Words } from '../core/words/index.js';
import { displayPath, type Io } from './host.js';
import { styleFor } from './style.js';

/** The findings, and the summary line, in `words`' language: that of the command's findings (the first of its `--lang`, else English). */
export async function printFindings(io: Io, diagnostics: readonly Diagnostic[], words: Words, trailer = ''): Promise<void> {
  if (diagnostics.length === 0) return;
  const { formatStylish } = await import('../format/lint/stylish.js');
  const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  const filesChecked = new Set(shown.map((d) => d.file)).size;
  io.stderr.write(formatStylish(shown, { style: await styleFor(io.stderr, io.env), filesChecked, words }) + trailer);
}
