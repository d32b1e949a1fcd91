// Issue 26: every word ce-plan says and every text a built-in bank shows has its Welsh. The compiler
// already refuses a Welsh catalogue without one of the English keys; these tests also refuse a word left
// empty or left in English, and a built-in bank text without its Welsh or with Welsh older than its English.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { lintBank } from '../src/core/lint/index.js';
import { englishHash, sha256Hex } from '../src/core/short-hash.js';
import { bankIn, bankTexts, translationOf, untranslatedTexts, bankLanguage, englishBank } from '../src/core/translation.js';
import { cy } from '../src/core/words/cy.js';
import { en } from '../src/core/words/en.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { checkBankFile, loadBankFile } from '../src/pipeline/load-bank.js';
import { placedQuestions } from '../src/core/bank.js';

/** Words that are the same in both languages: codes, names, and words Welsh takes from English. */
const SAME_IN_WELSH = new Set(['ID', 'Band', 'help', '? help']);

/** Every leaf of a catalogue, with its path. */
function* leaves(value: unknown, path: string[] = []): Generator<{ path: string; value: unknown }> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) yield* leaves(child, [...path, key]);
  } else yield { path: path.join('.'), value };
}

/** Arguments for the words that take lists or dates, where numbers or text alone would not do. */
const SAMPLES: Record<string, unknown[]> = {
  date: ['2026-11-20'],
  'core.bySome': [['Chair', 'Sergeant'], 3],
  'answers.number': [true, [12]],
  'report.headlineLowest': ['R', 2, 'L', ['A', 'B']],
  'report.sizeSized': ['H', 3, ['x', 'y'], 6],
  'report.goingWell': ['T', ['A', 'B']],
  'docx.causes': [['a', 'b'], 2],
  'forms.notWithOthers': [['A', 'B']],
  'forms.paper.of': ['any', ['a', 'b']],
  'messages.errors.summaryOneBank': [['a.yaml', 'b.yaml']],
  'messages.errors.noBuiltInBank': ['x', ['a', 'b']],
  'help.shared.formatsListed': [['md', 'json', 'html']],
  'help.shared.lang': ['X', ['en', 'cy']],
  'help.commander.expectedFormats': [['md', 'json']],
  'help.commander.expectedLanguages': [['en', 'cy']],
  'messages.errors.otherAnswerFiles': [['a.yaml', 'b.yaml']],
  'messages.errors.answerFilesChanged': [['a.yaml', 'b.yaml']],
};

/** Sample arguments for a word function, by its arity: numbers, names and lists, enough to tell two languages apart. */
function sampleCall(fn: (...args: never[]) => unknown, path: string): unknown {
  if (SAMPLES[path] !== undefined) return (fn as (...args: unknown[]) => unknown)(...SAMPLES[path]);
  const samples: Record<number, unknown[]> = {
    0: [],
    1: [3],
    2: [3, 5],
    3: [3, 5, 7],
    4: [3, 5, 7, 9],
    5: [3, 5, 7, 9, true],
  };
  // Words whose arguments are text or lists: called with text, so the sentence around it shows.
  const text: unknown[] = Array.from({ length: fn.length }, (_, i) =>
    i === 0 && /list|holdsUp|seenDifferently|groupCompleteness|chartAlt|splitSentence|scopeToChange|goingBest|chooseStatus|notAskedOf/.test(path)
      ? ['Xx', 'Yy']
      : `X${i}`,
  );
  try {
    const fromNumbers = (fn as (...args: unknown[]) => unknown)(...(samples[fn.length] ?? []));
    if (typeof fromNumbers === 'string' && fromNumbers.length > 0) return fromNumbers;
  } catch {
    // A word that takes text: called with text below.
  }
  return (fn as (...args: unknown[]) => unknown)(...text);
}

describe("ce-plan's own words in Welsh", () => {
  const english = new Map([...leaves(en)].map((leaf) => [leaf.path, leaf.value]));
  const welsh = new Map([...leaves(cy)].map((leaf) => [leaf.path, leaf.value]));

  it('has every word the English has, and no other', () => {
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])('%s is in Welsh: not empty, not missing, and not left in English', (path) => {
    const word = welsh.get(path);
    const original = english.get(path);
    expect(word).not.toBeNull();
    expect(word).not.toBeUndefined();
    if (typeof original === 'function' || typeof word === 'function') {
      expect(typeof word).toBe('function');
      const said = sampleCall(word as (...args: never[]) => unknown, path);
      const inEnglish = typeof original === 'function' ? sampleCall(original as (...args: never[]) => unknown, path) : null;
      expect(JSON.stringify(said)).not.toBe('""');
      // A function that only passes its text through (the date, a horizon's cell) may say the same in both.
      if (
        inEnglish !== null &&
        !/^(untranslated|tracker\.horizon|report\.quoted|report\.madeFromOne|report\.ofShown|report\.chartLine|terminal\.priority|report\.more|interview\.to)$/.test(
          path,
        )
      ) {
        expect(JSON.stringify(said)).not.toBe(JSON.stringify(inEnglish));
      }
      return;
    }
    expect(typeof word).toBe('string');
    expect((word as string).trim()).not.toBe('');
    if (!SAME_IN_WELSH.has(word as string) && path !== 'tracker.columns.ID') expect(word).not.toBe(original);
  });

  it('counts by the six Welsh plural forms', () => {
    // 0 cwestiwn, 1 cwestiwn, 2 gwestiwn (soft mutation), 3 chwestiwn and 6 chwestiwn (aspirate), 7 cwestiwn.
    expect([0, 1, 2, 3, 6, 7].map((n) => cy.interview.length(n, false, 0, '1 funud').split(':')[0])).toEqual([
      '0 cwestiwn',
      '1 cwestiwn',
      '2 gwestiwn',
      '3 chwestiwn',
      '6 chwestiwn',
      '7 cwestiwn',
    ]);
    expect(cy.terminal.gapsAndStrengths(2, 3)).toBe("2 fwlch (islaw'r band uchaf), 3 chryfder (ynddo).");
  });

  it('writes dates in Welsh, with the months ICU knows', () => {
    expect(cy.date('2026-11-20')).toBe('20 Tachwedd 2026');
    expect(cy.date('2027-01-05')).toBe('5 Ionawr 2027');
    expect(en.date('2026-11-20')).toBe('2026-11-20');
  });

  it('joins a list with "a" before a consonant and "ac" before a vowel', () => {
    expect(cy.list(['coch', 'gwyn', 'glas'])).toBe('coch, gwyn a glas');
    expect(cy.list(['coch', 'arian'])).toBe('coch ac arian');
    expect(cy.list(['coch', 'arian'], 'or')).toBe('coch neu arian');
  });
});

describe('the built-in banks in Welsh', () => {
  it.each(['quick-check', 'ce-readiness'])('%s has the Welsh of every text it shows, each made from the English it has now', async (id) => {
    const file = (await builtInBankFiles()).find((f) => f.endsWith(`${id}.yaml`))!;
    const checked = await checkBankFile(file);
    if (!checked.ok) throw new Error(JSON.stringify(checked.diagnostics));
    const { bank, locator } = checked.value;
    expect(bank.languages).toEqual(['en', 'cy']);
    expect(bank.translation_status?.cy).toBe('draft');
    const findings = lintBank(bank, locator, file).filter((d) => d.rule.startsWith('translation-'));
    expect(findings).toEqual([]);
    const texts = bankTexts(bank);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      const welsh = translationOf(text, 'cy');
      expect({ at: text.path.join('.'), welsh: welsh?.value === undefined ? 'missing' : 'present' }).toEqual({ at: text.path.join('.'), welsh: 'present' });
    }
    const inWelsh = bankIn(bank, 'cy');
    expect(untranslatedTexts(inWelsh)).toBe(0);
    expect(bankLanguage(inWelsh)).toBe('cy');
    expect(englishBank(inWelsh)).toBe(bank);
    expect(inWelsh.title).not.toBe(bank.title);
    // Ids, values and scores are the bank's own, in every language.
    const ids = (b: typeof bank) => placedQuestions(b).map((p) => p.question.id);
    expect(ids(inWelsh)).toEqual(ids(bank));
  });
});

describe('a bank in a language', () => {
  it('shows a text without a translation in English, marked, and counts it', async () => {
    const loaded = await loadBankFile('test/fixtures/broken-banks/translation-missing.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const bank = loaded.value.bank;
    const inWelsh = bankIn(bank, 'cy');
    expect(inWelsh.sections[0]!.questions[0]!.prompt).toBe('[Saesneg] Is it written down?');
    expect(inWelsh.sections[0]!.title).toBe('Adran');
    expect(untranslatedTexts(inWelsh)).toBe(1);
    expect(bankIn(inWelsh, 'en')).toBe(bank);
    expect(bankIn(bank, 'cy')).toBe(inWelsh);
  });
});

describe('the short hash of the English', () => {
  it('is SHA-256, as node:crypto makes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('sets spacing aside, so re-wrapping a paragraph marks no translation stale', () => {
    expect(englishHash('Have you  written\n  it down? ')).toBe(englishHash('Have you written it down?'));
    expect(englishHash('Have you written it down?')).not.toBe(englishHash('Have you written it up?'));
  });
});
