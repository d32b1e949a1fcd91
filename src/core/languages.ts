// The languages ce-plan speaks: English, in which every bank is written, and the languages a bank may
// carry beside it (issue 26: Welsh, for public bodies in Wales). Adding one is a line here, a catalogue of
// ce-plan's own words (src/core/words/), and its translations in the banks.

/** Every language ce-plan can word a report, an interview or a form in. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages a bank may translate its English into. */
export const TRANSLATED_LANGUAGES = ['cy'] as const satisfies readonly Exclude<Language, 'en'>[];
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** Each language's name in itself, and in English: "Cymraeg (Welsh)", and XLSForm's `label::Cymraeg (cy)`. */
export const LANGUAGE_NAMES: Record<Language, { own: string; english: string }> = {
  en: { own: 'English', english: 'English' },
  cy: { own: 'Cymraeg', english: 'Welsh' },
};

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/**
 * The language of a command's findings and messages: the first of its `--lang`, else English. Never an
 * answer file's own `lang:`: a batch mixes files of several languages, and one person reads its findings.
 */
export function messageLanguage(languages: readonly Language[] | undefined): Language {
  return languages?.[0] ?? 'en';
}
