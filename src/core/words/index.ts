// ce-plan's own words, one catalogue per language (issue 26): the interview, every report edition, the
// terminal summary, the forms ce-plan exports and the messages a person answering acts on. The Welsh is
// typed against the English, so the compiler names any word it lacks; test/words.test.ts checks that
// none is left empty or in English. See docs/translation.md for how to add a language.
import type { Language } from '../languages.js';
import { cy } from './cy.js';
import { en, type Words } from './en.js';

export type { Words };

const CATALOGUES: Record<Language, Words> = { en, cy };

export function wordsFor(language: Language): Words {
  return CATALOGUES[language];
}
