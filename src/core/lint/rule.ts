// The shape of a lint rule: its id, severity and description beside its check, one rule to a module
// (rules/), as ESLint keeps them. A rule reports through its context, which fills in the file, the
// position, the rule's id and its severity; its messages are its own section of the catalogue
// (`lint.rules[id]` in src/core/words/), given to the check as `say`, in the language lint was asked for.
import type { Bank } from '../schema.js';
import type { PlacedQuestion } from '../bank.js';
import type { Diagnostic, DocPath, Locator, Severity } from '../diagnostics.js';
import type { Words } from '../words/index.js';

/** A rule's id: a rule without its messages in the catalogue fails to compile. */
export type RuleId = keyof Words['lint']['rules'];

/** A rule's own messages. */
type RuleWords<Id extends RuleId> = Words['lint']['rules'][Id];

interface RuleMeta<Id extends RuleId> {
  id: Id;
  severity: Severity;
  /** One line for docs/lint-rules.md: what the rule checks. */
  description: string;
}

/** What every rule is given: the bank, its questions in reading order, and a way to report a finding. */
interface BankContext {
  bank: Bank;
  placed: readonly PlacedQuestion[];
  /** Where a path is in the file, for findings that mention another place ("first used on line 4"). */
  locator: Locator;
  /** 'key' points at the last key itself (for a key that should not be there); 'value' at what it holds. */
  report(path: DocPath, message: string, target?: 'key' | 'value'): void;
}

/** What a rule's check is given: the bank's context, its own messages (`say`), and the whole catalogue (`words`, for answers in words and suggestions). */
export interface RuleContext<Id extends RuleId> extends BankContext {
  say: RuleWords<Id>;
  words: Words;
}

export interface BankRule<Id extends RuleId = RuleId> extends RuleMeta<Id> {
  check(context: BankContext, words: Words): void;
}

export function bankRule<Id extends RuleId>(meta: RuleMeta<Id>, check: (context: RuleContext<Id>) => void): BankRule<Id> {
  return { ...meta, check: (context, words) => check({ ...context, say: words.lint.rules[meta.id], words }) };
}

/** A rule that looks at each question on its own, in reading order. */
export function questionRule<Id extends RuleId>(meta: RuleMeta<Id>, check: (entry: PlacedQuestion, context: RuleContext<Id>) => void): BankRule<Id> {
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
export interface BankSetRule<Id extends RuleId = RuleId> extends RuleMeta<Id> {
  check(banks: readonly LintedBank[], report: (bank: LintedBank, path: DocPath, message: string) => void, words: Words): void;
}

/** Runs rules over one bank, each finding carrying its rule's id and severity, worded in `words`' language. */
export function runRules(
  rules: readonly BankRule[],
  bank: Bank,
  placed: readonly PlacedQuestion[],
  locator: Locator,
  file: string,
  words: Words,
): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const rule of rules) {
    const report = (path: DocPath, message: string, target: 'key' | 'value' = 'value') =>
      findings.push({ file, ...locator.at(path, target), severity: rule.severity, rule: rule.id, message });
    rule.check({ bank, placed, locator, report }, words);
  }
  return findings;
}
