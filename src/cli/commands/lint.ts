// `ce-plan lint [BANKS…]`: every finding in every bank, in the format CI wants.
import type { Diagnostic } from '../../core/diagnostics.js';
import { countBySeverity } from '../../core/diagnostics.js';
import { lintBankSet } from '../../core/lint/index.js';
import { expandInputs } from '../../io/inputs.js';
import { builtInBankFiles, checkBankFile, type CheckedBank } from '../../io/load-bank.js';
import { displayPath, styleFor, type Io } from '../io.js';

export interface LintOptions {
  format: 'stylish' | 'json' | 'github';
  maxWarnings?: number;
}

export async function run(io: Io, inputs: string[], options: LintOptions): Promise<number> {
  const files = inputs.length > 0 ? await expandInputs(inputs) : await builtInBankFiles();
  const diagnostics: Diagnostic[] = [];
  const valid: CheckedBank[] = [];
  for (const file of files) {
    const result = await checkBankFile(file);
    diagnostics.push(...result.diagnostics);
    if (result.ok) valid.push(result.value);
  }
  diagnostics.push(...lintBankSet(valid));
  const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file) }));

  if (options.format === 'json') {
    io.stdout.write((await import('../../format/lint-json.js')).formatJson(shown));
  } else if (options.format === 'github') {
    io.stdout.write((await import('../../format/lint-github.js')).formatGithub(shown));
  } else {
    const { formatStylish } = await import('../../format/lint-stylish.js');
    io.stdout.write(formatStylish(shown, await styleFor(io.stdout, io.env), files.length));
  }

  if (diagnostics.some((d) => d.unreadable)) return 2;
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
