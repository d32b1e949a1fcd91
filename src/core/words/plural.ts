// Counted words, by each language's own plural rules (Intl.PluralRules: Welsh has six forms, zero, one,
// two, few, many and other, since a noun after 2, 3 and 6 mutates). `#` in a form stands for the number.

/** A word's forms, by plural category; `other` is required, every other falls back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The counting function of a language: `count(3, { one: '# gap', other: '# gaps' })` is "3 gaps". Its
 * rules are made at the first count, not when a catalogue loads: loading a locale's ICU data takes
 * milliseconds that `init` would spend before its first question, for a language it may not use.
 */
export function pluralOf(locale: string): (n: number, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  // Each small whole number's category is asked of ICU once: a batch counts the same few numbers in every report.
  const smallCategories: Intl.LDMLPluralRule[] = [];
  const categoryOf = (n: number): Intl.LDMLPluralRule => {
    rules ??= new Intl.PluralRules(locale);
    if (!Number.isInteger(n) || n < 0 || n >= SMALL) return rules.select(n);
    return (smallCategories[n] ??= rules.select(n));
  };
  return (n, forms) => (forms[categoryOf(n)] ?? forms.other).replace('#', String(n));
}

/** Counts up to this are remembered; a report's are far fewer. */
const SMALL = 1_000;
