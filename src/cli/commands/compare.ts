// `ce-plan compare BEFORE AFTER`: progress between two assessments of the same organisation. Both files
// are loaded and checked as `assess` does; either one being bad stops the comparison with its findings.
import type { Diagnostic } from '../../core/diagnostics.js';
import { compareAssessments, type CompareSide } from '../../core/compare.js';
import { InputError, UsageError } from '../../core/errors.js';
import { scoreAssessment } from '../../core/scoring.js';
import { loadAssessment, type BankCache, type LoadedAssessment } from '../../io/load-assessment.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { displayPath, styleFor, type Io } from '../io.js';

export interface CompareOptions {
  format: 'md' | 'json';
  out?: string;
  bank?: string;
  force?: boolean;
}

export async function run(io: Io, before: string, after: string, options: CompareOptions): Promise<number> {
  if (before === '-' && after === '-') throw new UsageError('only one of BEFORE and AFTER can be - (stdin)');
  const cache: BankCache = new Map();
  const first = await loadAssessment(before, cache, { bank: options.bank, stdin: io.stdin });
  const second = await loadAssessment(after, cache, { bank: options.bank, stdin: io.stdin });

  const located = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d, file: displayPath(d.file) }));
  // Both files' findings at once, so one run shows everything to fix.
  if (!first.ok || !second.ok) throw new InputError(located([...(first.ok ? [] : first.diagnostics), ...(second.ok ? [] : second.diagnostics)]));

  const side = ({ file, bank, content, answers }: LoadedAssessment): CompareSide => ({
    file: displayPath(file),
    bank: bank.bank,
    content,
    answers,
    assessment: scoreAssessment(bank.bank, answers),
  });
  const warnings = [...first.value.warnings, ...second.value.warnings];
  if (warnings.length > 0) {
    const { formatStylish } = await import('../../format/lint-stylish.js');
    io.stderr.write(formatStylish(located(warnings), await styleFor(io.stderr, io.env), new Set(warnings.map((w) => w.file)).size));
  }

  const comparison = compareAssessments(side(first.value), side(second.value));
  // Said on stderr too, so it is seen when the comparison goes to a file or a program.
  for (const reason of comparison.reasons) io.stderr.write(`ce-plan: warning: the method changed; numbers may not be comparable: ${reason}\n`);
  for (const warning of comparison.warnings) io.stderr.write(`ce-plan: warning: ${warning}\n`);

  const text =
    options.format === 'json'
      ? (await import('../../format/compare-json.js')).formatCompareJson(comparison)
      : (await import('../../format/compare-md.js')).formatCompareMarkdown(comparison);
  if (options.out === undefined) {
    io.stdout.write(text);
  } else {
    await writeFileAtomic(options.out, text, { overwrite: options.force === true });
    io.stdout.write(`wrote ${displayPath(options.out)}\n`);
  }
  return 0;
}
