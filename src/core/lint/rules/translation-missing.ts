import { LANGUAGE_NAMES, TRANSLATED_LANGUAGES } from '../../languages.js';
import { hashInYaml } from '../../short-hash.js';
import { bankTexts, currentHash, isPlainAction, translationOf } from '../../translation.js';
import { bankRule } from '../rule.js';

export const translationMissing = bankRule(
  {
    id: 'translation-missing',
    severity: 'warning',
    description: 'every text the bank shows has a translation in each language the bank declares under `languages` (warning: it is shown in English, marked)',
  },
  ({ bank, report }) => {
    const declared = TRANSLATED_LANGUAGES.filter((language) => bank.languages?.includes(language));
    if (declared.length === 0) return;
    for (const text of bankTexts(bank)) {
      for (const language of declared) {
        const name = LANGUAGE_NAMES[language].english;
        if (isPlainAction(text)) {
          report(
            text.path,
            `this action is plain text, so it has no room for its ${name}; write it as a map: { text: …, text_${language}: …, text_${language}_from: ${hashInYaml(currentHash(text))} }`,
          );
          continue;
        }
        const translation = translationOf(text, language);
        if (translation?.value !== undefined) {
          if (typeof translation.value === 'object' && translation.value !== null) {
            const english = Object.keys(text.holder[text.key] as object);
            const missing = english.filter((point) => !(point in (translation.value as object)));
            if (missing.length > 0)
              report([...text.path.slice(0, -1), `${text.key}_${language}`], `"${text.key}_${language}" has no ${name} for point ${missing.join(', ')}`);
          }
          continue;
        }
        report(
          text.path,
          `"${text.key}" has no ${name} translation; add ${text.key}_${language}: … and ${text.key}_${language}_from: ${hashInYaml(currentHash(text))} (the hash of this English), or take ${language} out of "languages"`,
          'key',
        );
      }
    }
  },
);
