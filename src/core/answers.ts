// Checks an answer file (§3) against its bank: every answer must fit its question, and answers to
// questions the skip logic hides are dropped with a warning, so the scorer only ever sees clean data.
import type { AnswerFile, AnswerValue, Bank } from './schema.js';
import { MAX_FINDINGS_PER_FILE, type Diagnostic, type DocPath, type Locator, type Severity } from './diagnostics.js';
import type { Answer, AnswerMap } from './visibility.js';
import { answersAsked } from './visibility.js';
import { placedById } from './bank.js';
import { didYouMean } from './did-you-mean.js';
import { AnswerProblem } from './kinds/kind.js';
import type { Words } from './words/index.js';

export interface CheckedAnswers {
  /** The answers that count: those that fit their question, to questions the skip logic shows. */
  answers: AnswerMap;
  /** Every answer that fits its question, hidden ones too (init keeps them in the file). */
  fitting: AnswerMap;
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[];
}

/** Null, an empty list and blank text all mean "not answered yet", as a half-filled template leaves them. */
function isUnanswered(value: AnswerValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
}

/** The answers that count, and every finding worded in `words`' language. */
export function checkAnswers(bank: Bank, content: AnswerFile, locator: Locator, file: string, words: Words): CheckedAnswers {
  const say = words.findings;
  const diagnostics: Diagnostic[] = [];
  const report = (rule: string, path: DocPath, message: string, severity: Severity = 'error', target: 'key' | 'value' = 'value') =>
    diagnostics.push({ file, ...locator.at(path, target), severity, rule, message });

  if (content.bank_version !== undefined && content.bank_version !== bank.version) {
    report('bank-version', ['bank_version'], say.bankVersion(content.bank_version, bank.id, bank.version), 'warning');
  }

  const questions = placedById(bank);
  const given = new Map<string, Answer>();
  let unknown = 0;
  // Keys and an index rather than Object.entries: the answers are a map of many keys, which V8 keeps as a
  // dictionary, and entries of a dictionary cost about five times as much.
  const ids = Object.keys(content.answers);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const value = content.answers[id] as AnswerValue;
    const placed = questions.get(id);
    if (!placed) {
      // Only the first findings of a file are shown (capFindings): a suggestion for the rest is never read.
      const hint = unknown++ < MAX_FINDINGS_PER_FILE ? didYouMean(id, questions.keys(), words) : '';
      report('unknown-question', ['answers', id], `${say.unknownQuestion(id, bank.id)}${hint}`, 'error', 'key');
      continue;
    }
    if (value === null || isUnanswered(value)) continue;
    const read = placed.kind.read(placed.question, value, words);
    if (!(read instanceof AnswerProblem)) given.set(id, read);
    else report(read.rule, ['answers', id, ...(read.index === undefined ? [] : [read.index])], say.badAnswer(id, read.message));
  }

  // Hidden questions are judged on the answers that fit; dropping their answers changes no other
  // question's visibility, since skip logic never reads a hidden question's answer.
  const answers = answersAsked(bank, given);
  for (const id of given.keys()) {
    if (!answers.has(id)) {
      report('hidden-answer', ['answers', id], say.hiddenAnswer(id), 'warning', 'key');
    }
  }
  return { answers, fitting: given, diagnostics };
}
