// The language of ce-plan's messages on the command line (and of `--help`): the first language of
// `--lang` when it is given, else English. A batch mixes answer files of several languages and is read by
// one analyst, so the files' own `lang:` never decides it. Read from argv before commander runs, since
// commander builds the help before it parses, and an error may end the run before any option is parsed.
import { isLanguage, type Language } from '../core/languages.js';
import type { Words } from '../core/words/index.js';

/** The first language of the last `--lang` (`--lang cy,en`, `--lang=cy`), as commander takes the last; English without one. */
export function messageLanguage(argv: readonly string[]): Language {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  const first = value?.split(',')[0]?.trim().toLowerCase();
  return first !== undefined && isLanguage(first) ? first : 'en';
}

/** The messages of a run given `--lang`'s languages: the first's, else English. */
export function messageLanguageOf(languages: readonly Language[] | undefined): Language {
  return languages?.[0] ?? 'en';
}

/** A catalogue, loading only the one asked for: `--help` and a usage error in English never load the Welsh. */
export async function loadWords(language: Language): Promise<Words> {
  return CATALOGUES[language]();
}

const CATALOGUES: Record<Language, () => Promise<Words>> = {
  en: async () => (await import('../core/words/en.js')).en,
  cy: async () => (await import('../core/words/cy.js')).cy,
};
