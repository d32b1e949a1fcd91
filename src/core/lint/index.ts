// The registry of lint rules: what only a reader of the whole bank can check, once the schema has
// passed. docs/lint-rules.md and the broken-bank fixtures are checked against this list.
import type { Diagnostic } from '../diagnostics.js';
import type { Bank } from '../schema.js';
import type { Locator } from '../diagnostics.js';
import type { Words } from '../words/index.js';
import { placedQuestions } from '../bank.js';
import { runRules, type BankRule, type BankSetRule, type LintedBank } from './rule.js';
import { actionId } from './rules/action-id.js';
import { actionQuestion } from './rules/action-question.js';
import { bandTimescale } from './rules/band-timescale.js';
import { capacityQuestion } from './rules/capacity-question.js';
import { conditionNeverHolds } from './rules/condition-never-holds.js';
import { findOut } from './rules/find-out.js';
import { flagOption } from './rules/flag-option.js';
import { foundationFor } from './rules/foundation-for.js';
import { bandOrder } from './rules/band-order.js';
import { bandStart } from './rules/band-start.js';
import { bandUnreachable } from './rules/band-unreachable.js';
import { conditionFormRule } from './rules/condition-form.js';
import { conditionOrder } from './rules/condition-order.js';
import { conditionValue } from './rules/condition-value.js';
import { duplicateBankId } from './rules/duplicate-bank-id.js';
import { duplicateId } from './rules/duplicate-id.js';
import { duplicateLabel } from './rules/duplicate-label.js';
import { followUpCanLower } from './rules/follow-up-can-lower.js';
import { numberRange } from './rules/number-range.js';
import { optionNa } from './rules/option-na.js';
import { optionScore } from './rules/option-score.js';
import { questionRecommendation } from './rules/question-recommendation.js';
import { scaleRange } from './rules/scale-range.js';
import { unknownRecommendation } from './rules/unknown-recommendation.js';
import { unknownSource } from './rules/unknown-source.js';
import { unreachableRecommendation } from './rules/unreachable-recommendation.js';
import { unscoredRecommendation } from './rules/unscored-recommendation.js';
import { unusedQuestion } from './rules/unused-question.js';
import { unusedSource } from './rules/unused-source.js';
import { translationMissing } from './rules/translation-missing.js';
import { translationStale } from './rules/translation-stale.js';

/** The rules for one bank, in the order docs/lint-rules.md lists them. */
const BANK_RULES: readonly BankRule[] = [
  duplicateId,
  unknownSource,
  unusedSource,
  questionRecommendation,
  unknownRecommendation,
  foundationFor,
  unscoredRecommendation,
  unreachableRecommendation,
  optionScore,
  optionNa,
  flagOption,
  findOut,
  duplicateLabel,
  scaleRange,
  numberRange,
  bandStart,
  bandOrder,
  bandUnreachable,
  bandTimescale,
  conditionFormRule,
  conditionOrder,
  conditionValue,
  conditionNeverHolds,
  actionQuestion,
  actionId,
  capacityQuestion,
  unusedQuestion,
  followUpCanLower,
  translationMissing,
  translationStale,
];

/** The rules that compare the banks linted together. */
const BANK_SET_RULES: readonly BankSetRule[] = [duplicateBankId];

/** Every rule's id and what it checks. */
export const LINT_RULES: Readonly<Record<string, string>> = Object.fromEntries([...BANK_RULES, ...BANK_SET_RULES].map((rule) => [rule.id, rule.description]));

/** Every rule's findings on one bank, in `words`' language. */
export function lintBank(bank: Bank, locator: Locator, file: string, words: Words): Diagnostic[] {
  return runRules(BANK_RULES, bank, placedQuestions(bank), locator, file, words);
}

/** Findings that need several banks at once. */
export function lintBankSet(banks: readonly LintedBank[], words: Words): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const rule of BANK_SET_RULES) {
    rule.check(
      banks,
      (linted, path, message) => findings.push({ file: linted.file, ...linted.locator.at(path), severity: rule.severity, rule: rule.id, message }),
      words,
    );
  }
  return findings;
}
