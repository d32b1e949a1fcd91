// Counted words, by each language's own plural rules (Intl.PluralRules: Welsh has six forms, zero, one,
// two, few, many and other, since a noun after 2, 3 and 6 mutates). `#` in a form stands for the number.

/** A word's forms, by plural category; `other` is required, every other falls back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The counting function of a language: `count(3, { one: '# gap', other: '# gaps' })` is "3 gaps". */
export function pluralOf(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', String(n));
}
