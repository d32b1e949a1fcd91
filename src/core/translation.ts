// A bank's translations (docs/bank-format.md, "Translations"): every text a bank shows may carry its
// translation beside it (`prompt_cy`), with the short hash of the English it was made from
// (`prompt_cy_from`). This module finds every such text, for lint, and makes the bank in a language:
// the same bank, every text in that language, and a text with no translation in English, marked, so the
// fallback is visible. Everything downstream (scoring, the report, the interview, the forms) then reads
// the bank in that language as it reads the English one.
import type { DocPath } from './diagnostics.js';
import type { Bank } from './schema.js';
import { TRANSLATED_LANGUAGES, type Language, type TranslatedLanguage } from './languages.js';
import { englishHash } from './short-hash.js';
import { wordsFor } from './words/index.js';

/** One text of a bank that a translation may carry: the object holding it, its key, and where it is. */
export interface BankText {
  holder: Readonly<Record<string, unknown>>;
  key: string;
  /** The path of the English text. */
  path: DocPath;
}

type Holder = Record<string, unknown>;

const isHolder = (value: unknown): value is Holder => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): Holder[] => (Array.isArray(value) ? value.filter(isHolder) : []);

/**
 * Every text the bank shows, once each (an option list a YAML alias reuses is one list), in file order:
 * titles, descriptions, source short names, band labels and meanings, the plan's reasons, recommendation
 * titles and summaries, actions, section titles and introductions, prompts, help, find-out tasks, option
 * labels, help and flag reasons, a scale's point labels and a number's unit. A source's title is the
 * name of a published document and a citation's section is that document's heading: neither is translated.
 */
export function bankTexts(bank: Bank): BankText[] {
  const found: BankText[] = [];
  const seen = new Set<Holder>();
  const visit = (holder: Holder | undefined, path: DocPath, keys: readonly string[]) => {
    if (holder === undefined || seen.has(holder)) return;
    seen.add(holder);
    for (const key of keys) if (holder[key] !== undefined) found.push({ holder, key, path: [...path, key] });
  };
  const root = bank as unknown as Holder;
  visit(root, [], ['title', 'description']);
  listOf(root['sources']).forEach((source, i) => visit(source, ['sources', i], ['short']));
  listOf(root['bands']).forEach((band, i) => visit(band, ['bands', i], ['label', 'meaning']));
  const capacity = isHolder(root['plan']) && isHolder(root['plan']['capacity']) ? root['plan']['capacity'] : undefined;
  listOf(capacity?.['add']).forEach((rule, i) => visit(rule, ['plan', 'capacity', 'add', i], ['because']));
  listOf(root['recommendations']).forEach((recommendation, r) => {
    visit(recommendation, ['recommendations', r], ['title', 'summary']);
    // An action given as plain text has nowhere to keep a translation: lint asks for the map form.
    (Array.isArray(recommendation['actions']) ? recommendation['actions'] : []).forEach((action: unknown, a) => {
      if (isHolder(action)) visit(action, ['recommendations', r, 'actions', a], ['text']);
      else if (typeof action === 'string')
        found.push({ holder: recommendation['actions'] as unknown as Holder, key: String(a), path: ['recommendations', r, 'actions', a] });
    });
  });
  listOf(root['sections']).forEach((section, s) => {
    visit(section, ['sections', s], ['title', 'intro']);
    listOf(section['questions']).forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      visit(question, path, ['prompt', 'help', 'find_out']);
      if (isHolder(question['scale'])) visit(question['scale'], [...path, 'scale'], ['labels']);
      if (isHolder(question['number'])) visit(question['number'], [...path, 'number'], ['unit']);
      listOf(question['options']).forEach((option, o) => {
        visit(option, [...path, 'options', o], ['label', 'help']);
        if (isHolder(option['flag'])) visit(option['flag'], [...path, 'options', o, 'flag'], ['reason']);
      });
    });
  });
  return found;
}

/** Whether a text is a plain-text action, which has no room beside it for a translation. */
export const isPlainAction = (text: BankText) => Array.isArray(text.holder);

/** A scale's labels as one text, for its hash: "1: Not at all" and "5: Fully", one a line, in point order. */
function labelsText(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels)
    .sort((a, b) => Number(a) - Number(b))
    .map((point) => `${point}: ${labels[point]!}`)
    .join('\n');
}

/** A text's English as its hash is taken: the text itself, or a scale's labels one a line. */
function englishOf(text: BankText): string {
  const value = text.holder[text.key];
  return typeof value === 'string' ? value : labelsText(value as Record<string, string>);
}

/** The hash a translation of this text should record now. */
export const currentHash = (text: BankText): string => englishHash(englishOf(text));

/** The translation of a text into a language, with the hash it records, if it has one. */
export function translationOf(text: BankText, language: TranslatedLanguage): { value: unknown; from: unknown } | undefined {
  if (isPlainAction(text)) return undefined;
  const value = text.holder[`${text.key}_${language}`];
  const from = text.holder[`${text.key}_${language}_from`];
  return value === undefined && from === undefined ? undefined : { value, from };
}

/** The languages of a form exported from the bank: English, then those the bank declares and those asked for, each once. */
export function formLanguages(bank: Bank, asked: readonly Language[]): Language[] {
  const all: Language[] = ['en'];
  for (const language of [...(bank.languages ?? []), ...asked]) if (!all.includes(language)) all.push(language);
  return all;
}

/** What a bank made in a language knows of how it was made: its language, and how many of its texts are still in English. */
interface Made {
  language: Language;
  untranslated: number;
  english: Bank;
}

const madeIn = new WeakMap<Bank, Made>();
const byLanguage = new WeakMap<Bank, Map<Language, Bank>>();

/**
 * The bank in a language: every text its translation, or, where it has none, the English marked as
 * untranslated (the words' `untranslated`, "[Saesneg] …"), so a reader sees the fallback. Ids, values,
 * scores, weights and conditions are the bank's own, so answers score the same in every language. Made
 * once per bank and language: a batch asks for it for every file.
 */
export function bankIn(bank: Bank, language: Language): Bank {
  const english = madeIn.get(bank)?.english ?? bank;
  if (language === 'en') return english;
  let made = byLanguage.get(english);
  if (made === undefined) byLanguage.set(english, (made = new Map()));
  let translated = made.get(language);
  if (translated === undefined) {
    translated = structuredClone(english);
    let untranslated = 0;
    const mark = wordsFor(language).untranslated;
    for (const text of bankTexts(translated)) {
      const holder = text.holder as Holder;
      const given = translationOf(text, language)?.value;
      const value = holder[text.key];
      if (typeof value === 'string') {
        if (typeof given === 'string') holder[text.key] = given;
        else {
          holder[text.key] = mark(value);
          untranslated++;
        }
      } else if (isHolder(value)) {
        // A scale's labels: each point in the language where it is given.
        const points = isHolder(given) ? given : {};
        const labels: Holder = {};
        for (const [point, label] of Object.entries(value)) {
          const own = points[point];
          labels[point] = typeof own === 'string' ? own : mark(String(label));
          if (typeof own !== 'string') untranslated++;
        }
        holder[text.key] = labels;
      }
    }
    madeIn.set(translated, { language, untranslated, english });
    made.set(language, translated);
  }
  return translated;
}

/** The language a bank was made in (bankIn); a bank as loaded is in English. */
export const bankLanguage = (bank: Bank): Language => madeIn.get(bank)?.language ?? 'en';

/** How many of the texts of a bank made in a language are shown in English, for want of a translation. */
export const untranslatedTexts = (bank: Bank): number => madeIn.get(bank)?.untranslated ?? 0;

/** The English bank a bank in another language was made from (itself, for an English one). */
export const englishBank = (bank: Bank): Bank => madeIn.get(bank)?.english ?? bank;

/**
 * A text of the bank as each language shows it (the English, each translation, and the English marked where
 * a language has none), for reading back a form exported in any of them: `import` matches all of them.
 */
export function inEveryLanguage(holder: object, key: string): string[] {
  const english = (holder as Holder)[key];
  if (typeof english !== 'string') return [];
  const texts = [english];
  for (const language of TRANSLATED_LANGUAGES) {
    const given = (holder as Holder)[`${key}_${language}`];
    texts.push(typeof given === 'string' ? given : wordsFor(language).untranslated(english));
  }
  return texts;
}

/** A scale point's label in every language (see inEveryLanguage). */
export function pointLabelInEveryLanguage(scale: object, point: string): string[] {
  const labels = (scale as Holder)['labels'];
  const english = isHolder(labels) ? labels[point] : undefined;
  if (typeof english !== 'string') return [];
  const texts = [english];
  for (const language of TRANSLATED_LANGUAGES) {
    const translated = (scale as Holder)[`labels_${language}`];
    const given = isHolder(translated) ? translated[point] : undefined;
    texts.push(typeof given === 'string' ? given : wordsFor(language).untranslated(english));
  }
  return texts;
}
