// Read-only views of a validated bank that the linter, the scorer and the report share.
import type { Bank, Band, Option, Question, Section } from './schema.js';
import type { DocPath } from './diagnostics.js';

export interface PlacedQuestion {
  question: Question;
  section: Section;
  /** Position in the bank's reading order, across sections. */
  order: number;
  path: DocPath;
}

// A bank is never changed once loaded, and a batch asks for its questions several times per answer file.
const placedByBank = new WeakMap<Bank, readonly PlacedQuestion[]>();

export function placedQuestions(bank: Bank): readonly PlacedQuestion[] {
  let placed = placedByBank.get(bank);
  if (placed === undefined) {
    const list: PlacedQuestion[] = [];
    bank.sections.forEach((section, s) =>
      section.questions.forEach((question, q) => list.push({ question, section, order: list.length, path: ['sections', s, 'questions', q] })),
    );
    placed = list;
    placedByBank.set(bank, placed);
  }
  return placed;
}

const questionsByBank = new WeakMap<Bank, ReadonlyMap<string, Question>>();

/** The bank's questions by id (the last, should a broken bank repeat an id). */
export function questionsById(bank: Bank): ReadonlyMap<string, Question> {
  let byId = questionsByBank.get(bank);
  if (byId === undefined) {
    byId = new Map(placedQuestions(bank).map((p) => [p.question.id, p.question]));
    questionsByBank.set(bank, byId);
  }
  return byId;
}

export function optionsOf(question: Question): readonly Option[] {
  return question.type === 'single' || question.type === 'multi' ? question.options : [];
}

/** Whether an answer chose an option: option values are text, even where YAML read a number. */
export function isChosen(answer: string | number | readonly (string | number)[], value: string): boolean {
  if (!Array.isArray(answer)) return String(answer) === value;
  for (const item of answer as readonly (string | number)[]) if (String(item) === value) return true;
  return false;
}

export function recommendationIds(question: Question): string[] {
  return question.recommendations ?? (question.recommendation === undefined ? [] : [question.recommendation]);
}

/** Scales always score; choices score when their options carry scores; numbers and text never do. */
export function isScored(question: Question): boolean {
  if (question.type === 'scale') return true;
  return optionsOf(question).some((option) => option.score !== undefined);
}

/** The best score any answer to this question can reach. */
export function bestScore(question: Question): number {
  if (question.type === 'scale') return 1;
  const scored = optionsOf(question).filter((option) => !option.na && option.score !== undefined);
  if (question.type === 'multi') {
    const exclusiveBest = Math.max(0, ...scored.filter((o) => o.exclusive).map((o) => o.score ?? 0));
    const together = scored.filter((o) => !o.exclusive).reduce((sum, o) => sum + (o.score ?? 0), 0);
    return Math.min(1, Math.max(exclusiveBest, together));
  }
  return Math.max(0, ...scored.map((o) => o.score ?? 0));
}

/** The values an answer to this question can hold, for checking conditions; undefined means "any". */
export function possibleValues(question: Question): ReadonlySet<string | number> | undefined {
  if (question.type === 'single' || question.type === 'multi') return new Set(question.options.map((o) => o.value));
  if (question.type === 'scale') {
    const values = new Set<number>();
    for (let v = question.scale.min; v <= question.scale.max && values.size <= 1000; v++) values.add(v);
    return values;
  }
  return undefined;
}

/** The band with the highest minimum: what "ready" means for this bank. */
export function topBand(bank: Bank): Band {
  return bank.bands.reduce((best, band) => (band.min > best.min ? band : best));
}
