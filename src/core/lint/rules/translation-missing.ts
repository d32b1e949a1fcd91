import { TRANSLATED_LANGUAGES } from '../../languages.js';
import { hashInYaml } from '../../short-hash.js';
import { bankTexts, currentHash, isPlainAction, translationOf } from '../../translation.js';
import { bankRule } from '../rule.js';

export const translationMissing = bankRule(
  {
    id: 'translation-missing',
    severity: 'warning',
    description: 'every text the bank shows has a translation in each language the bank declares under `languages` (warning: it is shown in English, marked)',
  },
  ({ bank, report, say }) => {
    const declared = TRANSLATED_LANGUAGES.filter((language) => bank.languages?.includes(language));
    if (declared.length === 0) return;
    for (const text of bankTexts(bank)) {
      for (const language of declared) {
        if (isPlainAction(text)) {
          report(text.path, say.plainAction(language, hashInYaml(currentHash(text))));
          continue;
        }
        const translation = translationOf(text, language);
        if (translation?.value !== undefined) {
          if (typeof translation.value === 'object' && translation.value !== null) {
            const english = Object.keys(text.holder[text.key] as object);
            const missing = english.filter((point) => !(point in (translation.value as object)));
            if (missing.length > 0)
              report([...text.path.slice(0, -1), `${text.key}_${language}`], say.pointsMissing(`${text.key}_${language}`, language, missing));
          }
          continue;
        }
        report(text.path, say.missing(text.key, language, hashInYaml(currentHash(text))), 'key');
      }
    }
  },
);
