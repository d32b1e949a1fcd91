import { TRANSLATED_LANGUAGES } from '../../languages.js';
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
  ({ bank, report, say }) => {
    for (const text of bankTexts(bank)) {
      for (const language of TRANSLATED_LANGUAGES) {
        const translation = translationOf(text, language);
        if (translation === undefined) continue;
        const key = `${text.key}_${language}`;
        const fromPath = [...text.path.slice(0, -1), `${key}_from`];
        const now = currentHash(text);
        if (translation.value === undefined) {
          report(fromPath, say.orphanHash(key, language), 'key');
        } else if (translation.from === undefined) {
          report([...text.path.slice(0, -1), key], say.noHash(key, hashInYaml(now)), 'key');
        } else if (translation.from !== now) {
          report(fromPath, say.stale(text.key, language, String(translation.from), key, hashInYaml(now)));
        }
      }
    }
  },
);
