import { LANGUAGE_NAMES, TRANSLATED_LANGUAGES } from '../../languages.js';
import { hashInYaml } from '../../short-hash.js';
import { bankTexts, currentHash, translationOf } from '../../translation.js';
import { bankRule } from '../rule.js';

export const translationStale = bankRule(
  {
    id: 'translation-stale',
    severity: 'warning',
    description:
      'each translation records the short hash of the English it was made from (`prompt_cy_from`), and that English has not changed since (warning: check the translation, then record the new hash)',
  },
  ({ bank, report }) => {
    for (const text of bankTexts(bank)) {
      for (const language of TRANSLATED_LANGUAGES) {
        const translation = translationOf(text, language);
        if (translation === undefined) continue;
        const name = LANGUAGE_NAMES[language].english;
        const key = `${text.key}_${language}`;
        const fromPath = [...text.path.slice(0, -1), `${key}_from`];
        const now = currentHash(text);
        if (translation.value === undefined) {
          report(fromPath, `"${key}_from" records a hash, but there is no "${key}"; add the ${name}, or remove "${key}_from"`, 'key');
        } else if (translation.from === undefined) {
          report(
            [...text.path.slice(0, -1), key],
            `"${key}" does not say which English it was translated from; check it against the English, then add ${key}_from: ${hashInYaml(now)}`,
            'key',
          );
        } else if (translation.from !== now) {
          report(
            fromPath,
            `the English "${text.key}" has changed since this ${name} was made from it (${String(translation.from)}, now ${hashInYaml(now)}); check "${key}" against the English, then set ${key}_from: ${hashInYaml(now)}`,
          );
        }
      }
    }
  },
);
