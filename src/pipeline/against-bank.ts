// An answer file's data checked (§3), as `assess` and `import` both check it: its shape (quick-shape.ts,
// or answer-shape.ts for data the quick check cannot vouch for), then its bank, then each answer against
// the bank's question. Apart from assess.ts, so `import`'s threads load neither the schema library nor
// the report's code.
import { checkAnswers } from '../core/answers.js';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import type { AnswerFile } from '../core/schema.js';
import type { AnswerMap } from '../core/visibility.js';
import type { Words } from '../core/words/index.js';
import { bankIdOf, builtInBankFiles, resolveBankFile } from '../io/bank-files.js';
import type { ShapedAnswers } from './answer-shape.js';
import { loadCached, type BankCache, type LoadedBank } from './load-bank.js';
import type { AnswerSource, ParsedAnswers } from './parse-answers.js';
import { checkShape } from './quick-shape.js';

/** An answer file checked against its bank: what `assess` scores and `import` writes. */
export interface Checked {
  file: string;
  /** Where its answers came from, hashed, for the report's provenance. */
  source: AnswerSource;
  content: AnswerFile;
  bank: LoadedBank;
  /** The answers that count: those that fit, to questions the skip logic shows. */
  answers: AnswerMap;
  /** Every answer that fits its question, hidden ones too (an imported answer file keeps them). */
  fitting: AnswerMap;
  /** Warnings about the answer file and its bank; errors fail the file instead. */
  warnings: Diagnostic[];
}

export interface AssessOptions {
  /** `--bank ID|PATH`: overrides the bank each answer file names. */
  bank?: string | undefined;
  /** The language of the findings: the first of the command's `--lang`, else English (messageLanguage). */
  words: Words;
}

/** Parsed answers checked once, each finding placed by `locator`: their shape, then each answer against its bank's question. */
export async function checkAnswerFile(parsed: ParsedAnswers, locator: Locator, cache: BankCache, options: AssessOptions): Promise<Result<Checked>> {
  const shaped = await checkShape(parsed, locator, options.words);
  return shaped.ok ? checkAgainstBank(parsed, shaped.value, cache, options) : shaped;
}

/** Answers of the right shape checked against their bank: each answer against its question. */
async function checkAgainstBank(parsed: ParsedAnswers, shaped: ShapedAnswers, cache: BankCache, options: AssessOptions): Promise<Result<Checked>> {
  const bank = await bankFor(shaped, cache, options);
  if (!bank.ok) return bank;
  const { file, content, locator } = shaped;
  const checked = checkAnswers(bank.value.bank, content, locator, file, options.words);
  if (checked.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: checked.diagnostics };
  const value: Checked = {
    file,
    source: parsed.source,
    content,
    bank: bank.value,
    answers: checked.answers,
    fitting: checked.fitting,
    warnings: checked.diagnostics,
  };
  return { ok: true, value, diagnostics: checked.diagnostics };
}

/** The bank a file is scored on: `--bank`, else the one it names (a finding at its `bank:` when there is none such). */
async function bankFor({ file, content, locator }: ShapedAnswers, cache: BankCache, options: AssessOptions): Promise<Result<LoadedBank>> {
  let bankFile: string;
  if (options.bank !== undefined) {
    bankFile = await resolveBankFile(options.bank); // a wrong flag is a usage error for every file alike
  } else {
    try {
      bankFile = await resolveBankFile(content.bank);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const ids = (await builtInBankFiles()).map(bankIdOf);
      const message = options.words.findings.unknownBank(content.bank, didYouMean(content.bank, ids, options.words), ids);
      return { ok: false, diagnostics: [{ file, ...locator.at(['bank']), severity: 'error', rule: 'unknown-bank', message }] };
    }
  }
  return loadCached(cache, bankFile, options.words);
}
