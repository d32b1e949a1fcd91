// `ce-plan lint [BANKS…]`: every finding in every bank, in the format CI wants.
import type { LintOptions } from '../commands/lint.js';
import { countBySeverity, type Diagnostic } from '../../core/diagnostics.js';
import { messageLanguage } from '../../core/languages.js';
import { wordsFor } from '../../core/words/index.js';
import { LINT_FORMATS } from '../../format/lint/index.js';
import { builtInBankFiles } from '../../io/bank-files.js';
import { expandInputs } from '../../io/inputs.js';
import { displayPath, type Io } from '../host.js';
import { styleFor } from '../style.js';

export async function run(io: Io, inputs: string[], options: LintOptions): Promise<number> {
  const { checkBankFile } = await import('../../pipeline/load-bank.js');
  const { lintBankSet } = await import('../../core/lint/index.js');
  const words = wordsFor(messageLanguage(options.lang));
  const files = inputs.length > 0 ? await expandInputs(inputs) : await builtInBankFiles();
  const diagnostics: Diagnostic[] = [];
  const valid = [];
  for (const file of files) {
    const result = await checkBankFile(file, words);
    diagnostics.push(...result.diagnostics);
    if (result.ok) valid.push(result.value);
  }
  diagnostics.push(...lintBankSet(valid, words));
  const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  io.stdout.write(LINT_FORMATS[options.format](shown, { style: await styleFor(io.stdout, io.env), filesChecked: files.length, words }));

  if (diagnostics.some((d) => d.unreadable)) return 2;
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
