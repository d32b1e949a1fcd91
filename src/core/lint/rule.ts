// The shape of a lint rule: its id, severity and description beside its check, one rule to a module
// (rules/), as ESLint keeps them. A rule reports through its context, which fills in the file, the
// position, the rule's id and its severity.
import type { Bank } from '../schema.js';
import type { PlacedQuestion } from '../bank.js';
import type { Diagnostic, DocPath, Locator, Severity } from '../diagnostics.js';

interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** One line for docs/lint-rules.md: what the rule checks. */
  description: string;
}

/** What a rule is given: the bank, its questions in reading order, and a way to report a finding. */
export interface RuleContext {
  bank: Bank;
  placed: readonly PlacedQuestion[];
  /** Where a path is in the file, for findings that mention another place ("first used on line 4"). */
  locator: Locator;
  /** 'key' points at the last key itself (for a key that should not be there); 'value' at what it holds. */
  report(path: DocPath, message: string, target?: 'key' | 'value'): void;
}

export interface BankRule<Id extends string = string> extends RuleMeta<Id> {
  check(context: RuleContext): void;
}

export function bankRule<Id extends string>(meta: RuleMeta<Id>, check: (context: RuleContext) => void): BankRule<Id> {
  return { ...meta, check };
}

/** A rule that looks at each question on its own, in reading order. */
export function questionRule<Id extends string>(meta: RuleMeta<Id>, check: (entry: PlacedQuestion, context: RuleContext) => void): BankRule<Id> {
  return bankRule(meta, (context) => {
    for (const entry of context.placed) check(entry, context);
  });
}

/** A bank to check against the others it is linted with. */
export interface LintedBank {
  bank: Bank;
  file: string;
  locator: Locator;
}

/** A rule that needs several banks at once. */
export interface BankSetRule<Id extends string = string> extends RuleMeta<Id> {
  check(banks: readonly LintedBank[], report: (bank: LintedBank, path: DocPath, message: string) => void): void;
}

/** Runs rules over one bank, each finding carrying its rule's id and severity. */
export function runRules(rules: readonly BankRule[], bank: Bank, placed: readonly PlacedQuestion[], locator: Locator, file: string): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const rule of rules) {
    const report = (path: DocPath, message: string, target: 'key' | 'value' = 'value') =>
      findings.push({ file, ...locator.at(path, target), severity: rule.severity, rule: rule.id, message });
    rule.check({ bank, placed, locator, report });
  }
  return findings;
}
