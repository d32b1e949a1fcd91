// Checks an answer file (§3) against its bank: every answer must fit its question, and answers to
// questions the skip logic hides are dropped with a warning, so the scorer only ever sees clean data.
import type { AnswerFile, AnswerValue, Bank, Question } from './schema.js';
import type { Diagnostic, DocPath, Locator, Severity } from './diagnostics.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { isChosen, questionsById } from './bank.js';
import { didYouMean } from './did-you-mean.js';
import { describeValue } from './validate.js';

export interface CheckedAnswers {
  /** The answers that count: those that fit their question, to questions the skip logic shows. */
  answers: AnswerMap;
  /** Every answer that fits its question, hidden ones too (init keeps them in the file). */
  fitting: AnswerMap;
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[];
}

/** Null, an empty list and blank text all mean "not answered yet", as a half-filled template leaves them. */
export function isUnanswered(value: AnswerValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
}

export function checkAnswers(bank: Bank, content: AnswerFile, locator: Locator, file: string): CheckedAnswers {
  const diagnostics: Diagnostic[] = [];
  const report = (rule: string, path: DocPath, message: string, severity: Severity = 'error', target: 'key' | 'value' = 'value') =>
    diagnostics.push({ file, ...locator.at(path, target), severity, rule, message });

  if (content.bank_version !== undefined && content.bank_version !== bank.version) {
    report(
      'bank-version',
      ['bank_version'],
      `these answers are for version ${content.bank_version} of bank "${bank.id}", but the bank is version ${bank.version}; check the answers still fit`,
      'warning',
    );
  }

  const questions = questionsById(bank);
  const given = new Map<string, Answer>();
  for (const [id, value] of Object.entries(content.answers)) {
    const question = questions.get(id);
    if (!question) {
      report('unknown-question', ['answers', id], `no question "${id}" in bank "${bank.id}"${didYouMean(id, questions.keys())}`, 'error', 'key');
      continue;
    }
    if (value === null || isUnanswered(value)) continue;
    const problem = checkValue(question, value);
    if (problem) report(problem.rule, ['answers', id, ...(problem.index === undefined ? [] : [problem.index])], problem.message);
    else given.set(id, normalise(question, value));
  }

  // Hidden questions are judged on the answers that fit; dropping their answers changes no other
  // question's visibility, since skip logic never reads a hidden question's answer.
  const shown = shownQuestions(bank, given);
  const shownIds = new Set(shown.map((p) => p.question.id));
  for (const id of given.keys()) {
    if (!shownIds.has(id)) {
      report('hidden-answer', ['answers', id], `"${id}" is not asked given the other answers (its "when" does not hold), so this answer is ignored`, 'warning', 'key');
    }
  }
  const answers = new Map<string, Answer>();
  for (const { question } of shown) {
    const answer = given.get(question.id);
    if (answer !== undefined) answers.set(question.id, answer);
  }
  return { answers, fitting: given, diagnostics };
}

interface Problem {
  rule: 'invalid-answer' | 'exclusive-option';
  message: string;
  /** The list item at fault, when there is one. */
  index?: number;
}

function checkValue(question: Question, value: Exclude<AnswerValue, null>): Problem | undefined {
  const invalid = (message: string, index?: number): Problem => ({ rule: 'invalid-answer', message: `"${question.id}": ${message}`, ...(index === undefined ? {} : { index }) });
  switch (question.type) {
    case 'single': {
      if (!Array.isArray(value) && isOption(question, value)) return undefined;
      const values = question.options.map((o) => o.value);
      if (Array.isArray(value)) return invalid(`takes one option, not a list; choose one of ${values.join(', ')}`);
      return invalid(`${describeValue(value)} is not an option; choose one of ${values.join(', ')}${didYouMean(String(value), values)}`);
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [value];
      for (let i = 0; i < chosen.length; i++) {
        const item = chosen[i]!;
        if (!isOption(question, item)) {
          const values = question.options.map((o) => o.value);
          const message = `${describeValue(item)} is not an option; choose from ${values.join(', ')}${didYouMean(String(item), values)}`;
          return invalid(message, Array.isArray(value) ? i : undefined);
        }
      }
      const exclusive = question.options.find((o) => o.exclusive && isChosen(chosen, o.value));
      if (exclusive && new Set(chosen.map(String)).size > 1) {
        return { rule: 'exclusive-option', message: `"${question.id}": "${exclusive.value}" (${exclusive.label}) cannot be chosen with other options; keep it alone or remove it` };
      }
      return undefined;
    }
    case 'scale': {
      const { min, max } = question.scale;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        return invalid(`must be a whole number from ${min} to ${max}, not ${describeValue(value)}`);
      }
      return undefined;
    }
    case 'number': {
      const { min, max, integer } = question.number ?? {};
      if (typeof value !== 'number') return invalid(`must be a number, not ${describeValue(value)}`);
      if (integer && !Number.isInteger(value)) return invalid(`must be a whole number, not ${value}`);
      if (min !== undefined && value < min) return invalid(`must be at least ${min}, not ${value}`);
      if (max !== undefined && value > max) return invalid(`must be at most ${max}, not ${value}`);
      return undefined;
    }
    case 'text': {
      if (Array.isArray(value)) return invalid('must be text, not a list');
      if (question.max_length === undefined) return undefined;
      const length = [...String(value)].length;
      return length > question.max_length ? invalid(`is ${length} characters long; the most this question takes is ${question.max_length}`) : undefined;
    }
  }
}

function isOption(question: Question & { type: 'single' | 'multi' }, value: string | number): boolean {
  for (const option of question.options) if (isChosen(value, option.value)) return true;
  return false;
}

/** Option values are text even when YAML read them as numbers; a lone value for a multi choice is a list of one. */
function normalise(question: Question, value: Exclude<AnswerValue, null>): Answer {
  switch (question.type) {
    case 'single':
      return String(value);
    case 'multi': {
      // Keep the bank's option order so equal answers score and print identically.
      const chosen: string[] = [];
      for (const option of question.options) if (isChosen(value, option.value)) chosen.push(option.value);
      return chosen;
    }
    case 'text':
      return String(value);
    default:
      return value as number;
  }
}
