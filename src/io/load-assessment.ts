// Loads an answer file together with its bank and checks one against the other: everything `assess`
// (and anything else that scores a file) needs before the pure core takes over.
import { basename } from 'node:path';
import { checkAnswers } from '../core/answers.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import type { AnswerFile } from '../core/schema.js';
import type { AnswerMap } from '../core/visibility.js';
import { checkAnswerFile } from './load-answers.js';
import { builtInBankFiles, loadBankFile, resolveBankFile, type LoadedBank } from './load-bank.js';
import { parseAnswerFile, type ParsedAnswerFile } from './read-answers.js';
import type { Result } from './read-source.js';

export interface LoadedAssessment {
  file: string;
  content: AnswerFile;
  bank: LoadedBank;
  answers: AnswerMap;
  /** Warnings about the answer file and its bank; errors make the load fail instead. */
  warnings: Diagnostic[];
}

/** Banks by resolved path, so a batch of answer files reads each bank once. */
export type BankCache = Map<string, Promise<Result<LoadedBank>>>;

export interface AssessmentOptions {
  /** `--bank ID|PATH`: overrides the bank each answer file names. */
  bank?: string | undefined;
  stdin?: NodeJS.ReadableStream | undefined;
}

export async function loadAssessment(file: string, cache: BankCache, options: AssessmentOptions = {}): Promise<Result<LoadedAssessment>> {
  const parsed = await parseAnswerFile(file, options.stdin);
  return parsed.ok ? checkAssessment(parsed.value, cache, options) : parsed;
}

/** The checks of loadAssessment that follow the parse: the file's shape, its bank, and its answers against the bank. */
export async function checkAssessment(parsed: ParsedAnswerFile, cache: BankCache, options: Omit<AssessmentOptions, 'stdin'> = {}): Promise<Result<LoadedAssessment>> {
  const loaded = checkAnswerFile(parsed);
  if (!loaded.ok) return loaded;
  const { file, content, locator } = loaded.value;

  let bankFile: string;
  if (options.bank !== undefined) {
    bankFile = await resolveBankFile(options.bank); // a wrong flag is a usage error for every file alike
  } else {
    try {
      bankFile = await resolveBankFile(content.bank);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const ids = (await builtInBankFiles()).map((f) => basename(f).replace(/\.ya?ml$/, ''));
      const known = ids.length === 0 ? 'there are no built-in banks' : `the built-in banks are ${ids.join(', ')}`;
      const message = `no bank "${content.bank}"${didYouMean(content.bank, ids)}; ${known} (or pass --bank PATH)`;
      return { ok: false, diagnostics: [{ file, ...locator.at(['bank']), severity: 'error', rule: 'unknown-bank', message }] };
    }
  }
  let bankLoad = cache.get(bankFile);
  if (!bankLoad) {
    bankLoad = loadBankFile(bankFile);
    cache.set(bankFile, bankLoad);
  }
  const bank = await bankLoad;
  if (!bank.ok) return bank;

  const checked = checkAnswers(bank.value.bank, content, locator, file);
  if (checked.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: checked.diagnostics };
  return {
    ok: true,
    value: { file, content, bank: bank.value, answers: checked.answers, warnings: checked.diagnostics },
    diagnostics: checked.diagnostics,
  };
}
