// A partnership's agreed shared view (issue 25; docs/scoring.md, "Agreeing a shared view"): each agreed
// answer replaces the answer of every respondent the agreement speaks for, before each is scored on
// their own, so the skip logic follows it and the spread shows only what is still apart. Pure: reading
// the file, and which respondents it speaks for (their files unchanged since), are the pipeline's.
import type { AgreementFile, Bank } from './schema.js';
import type { Question } from './kinds/index.js';
import { kindOf } from './kinds/index.js';
import { AnswerProblem } from './kinds/kind.js';
import { placedQuestions, questionsById } from './bank.js';
import type { Diagnostic, DocPath, Locator, Severity } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import type { Words } from './words/index.js';
import { answersAsked, shownQuestions, type Answer, type AnswerMap } from './visibility.js';

/** Parsed YAML that is an agreement rather than an answer file: a map with its own key `agreed`. */
export function isAgreementData(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'agreed');
}

/** One agreed answer, checked against its question. */
export interface AgreedAnswer {
  question: Question;
  answer: Answer;
  reason: string;
  /** Who was present for it, where the file says so apart from the whole meeting; else null. */
  present: readonly string[] | null;
}

/** An agreed answer as it stood once applied: whose answers it replaced, and those still not asked it. */
export interface AgreedQuestion extends AgreedAnswer {
  /** Each respondent it was applied to and is asked it, with their own answer (undefined: not answered, or not asked before). */
  replaces: { respondent: string; answer: Answer | undefined; asked: boolean }[];
  /** Respondents it speaks for who are still not asked it (a follow-up whose gate they answered otherwise): it is ignored for them. */
  notAsked: string[];
}

/** The agreement as the combined report gives it. */
export interface GroupAgreement {
  /** The agreement file, as the run named it, and the SHA-256 of its text. */
  file: string;
  sha256: string;
  date: string;
  /** Who was present, as the report names them. */
  present: string[];
  /** In the bank's order. */
  questions: AgreedQuestion[];
  /** Respondents it was not applied to: their file changed since, or it is not listed. */
  notApplied: { respondent: string; why: 'changed' | 'not-listed' }[];
}

const blank = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');

/**
 * The agreed answers, in the bank's order, checked as an answer file's are: the agreement must be on the
 * bank and version the respondents answered (`version`), name only the bank's questions, and give each
 * an answer that fits it and a reason. An entry with neither answer nor reason is not agreed.
 */
export function checkAgreedAnswers(
  bank: Bank,
  version: string,
  content: AgreementFile,
  locator: Locator,
  file: string,
  words: Words,
): { agreed: AgreedAnswer[]; diagnostics: Diagnostic[] } {
  const say = words.findings.agreement;
  const diagnostics: Diagnostic[] = [];
  const report = (rule: string, path: DocPath, message: string, target: 'key' | 'value' = 'value', severity: Severity = 'error') =>
    diagnostics.push({ file, ...locator.at(path, target), severity, rule, message });
  if (content.bank !== bank.id) {
    report('agreement-bank', ['bank'], say.otherBank(content.bank, bank.id));
  } else if (content.bank_version !== version) {
    report('agreement-bank', ['bank_version'], say.otherVersion(content.bank_version, bank.id, version));
  }
  const questions = questionsById(bank);
  const given = new Map<string, AgreedAnswer>();
  for (const [id, entry] of Object.entries(content.agreed)) {
    const question = questions.get(id);
    if (question === undefined) {
      report('unknown-question', ['agreed', id], `${words.findings.unknownQuestion(id, bank.id)}${didYouMean(id, questions.keys(), words)}`, 'key');
      continue;
    }
    const noAnswer = blank(entry.answer);
    const noReason = blank(entry.reason);
    if (noAnswer && noReason) continue; // left empty: not agreed
    if (noAnswer) {
      report('missing-answer', ['agreed', id, 'answer'], say.noAnswer(id));
      continue;
    }
    const read = kindOf(question).read(question, entry.answer as NonNullable<typeof entry.answer>, words);
    if (read instanceof AnswerProblem) {
      report(read.rule, ['agreed', id, 'answer', ...(read.index === undefined ? [] : [read.index])], words.findings.badAnswer(id, read.message));
      continue;
    }
    if (noReason) {
      report('missing-reason', ['agreed', id], say.noReason(id), 'key');
      continue;
    }
    given.set(id, { question, answer: read, reason: entry.reason!.trim(), present: entry.present ?? null });
  }
  const agreed: AgreedAnswer[] = [];
  for (const { question } of placedQuestions(bank)) {
    const answer = given.get(question.id);
    if (answer !== undefined) agreed.push(answer);
  }
  return { agreed, diagnostics };
}

/** A respondent the agreement may speak for: every answer that fits in their file (hidden ones too), and whether it does speak for them. */
export interface Party {
  label: string;
  given: AnswerMap;
  covered: boolean;
}

/**
 * Applies the agreed answers to the respondents it speaks for: each agreed answer replaces theirs, then
 * only the answers to questions they are now asked count (rule 2 of "Agreeing a shared view"). Gives each
 * respondent's answers as they now stand, each agreed question with whose answers it replaced, and the
 * agreed answers nobody it speaks for is asked (rule 7).
 */
export function applyAgreement(
  bank: Bank,
  parties: readonly Party[],
  agreed: readonly AgreedAnswer[],
): { answers: AnswerMap[]; questions: AgreedQuestion[]; unasked: AgreedAnswer[] } {
  const before = parties.map((p) => ({ shown: new Set(shownQuestions(bank, p.given).map((q) => q.question.id)), answers: answersAsked(bank, p.given) }));
  const answers = parties.map((p, i) => {
    if (!p.covered) return before[i]!.answers;
    const given = new Map(p.given);
    for (const { question, answer } of agreed) given.set(question.id, answer);
    return answersAsked(bank, given);
  });
  const questions: AgreedQuestion[] = [];
  const unasked: AgreedAnswer[] = [];
  for (const one of agreed) {
    const { id } = one.question;
    const replaces: AgreedQuestion['replaces'] = [];
    const notAsked: string[] = [];
    parties.forEach((party, i) => {
      if (!party.covered) return;
      if (answers[i]!.get(id) === undefined) notAsked.push(party.label);
      else replaces.push({ respondent: party.label, answer: before[i]!.answers.get(id), asked: before[i]!.shown.has(id) });
    });
    if (replaces.length > 0) questions.push({ ...one, replaces, notAsked });
    else if (notAsked.length > 0) unasked.push(one);
  }
  return { answers, questions, unasked };
}

/**
 * Who was present, as the report names them: an entry that names a respondent (by name, role, the label
 * `ce-plan agree` showed, or "Respondent n" by the agreement's own list) becomes their label; any other
 * is shown as written, or, anonymised, counted ("1 other"), since it may be a name.
 */
export function presentLabels(present: readonly string[], people: readonly { names: readonly string[]; label: string }[], anonymise: boolean): string[] {
  const plain = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const labels: string[] = [];
  let others = 0;
  for (const entry of present) {
    const person = people.find((p) => p.names.some((name) => plain(name) === plain(entry)));
    if (person !== undefined) {
      if (!labels.includes(person.label)) labels.push(person.label);
    } else if (anonymise) {
      others++;
    } else if (!labels.includes(entry.trim())) {
      labels.push(entry.trim());
    }
  }
  if (others > 0) labels.push(others === 1 ? '1 other' : `${others} others`);
  return labels;
}
