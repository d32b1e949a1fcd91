// `assess --combine --anonymise` (issue 28, item 9): what a combined report may say of its respondents.
// Pseudonyms are not enough (UK GDPR treats pseudonymised data as personal data): no name, no "completed
// by", no role that only one respondent holds (in a small partnership "the sergeant" names someone), and
// no respondent's name inside the group's own words. What is left out is said, so the user knows.
import type { AnswerFile, Bank } from './schema.js';
import type { AnswerMap } from './visibility.js';
import { kindOf } from './kinds/index.js';
import { questionsById } from './bank.js';
import type { Words } from './words/index.js';

/** A respondent as the report sees them: their answer file, and the answers that count, as checked. */
export interface Respondent {
  content: AnswerFile;
  answers: AnswerMap;
}

export interface Anonymised {
  respondents: Respondent[];
  /** What was left out, and why, for the user to read before the reports are written. */
  notes: string[];
}

const sameRole = (role: string) => role.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The respondents' names (and "completed by"), by their words of three letters or more, as whole words to look for. */
function namePattern(contents: readonly AnswerFile[]): RegExp | undefined {
  const words = new Set<string>();
  for (const { respondent, organisation } of contents) {
    for (const name of [respondent?.name, organisation.completed_by]) {
      for (const word of (name ?? '').normalize('NFC').split(/[^\p{L}\p{M}'-]+/u)) if (word.length >= 3) words.add(word.toLowerCase());
    }
  }
  if (words.size === 0) return undefined;
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const word = `(?:${escaped.join('|')})`;
  // A run of name words ("Chris Lee") is one name, taken out as one.
  return new RegExp(`(?<![\\p{L}\\p{M}])${word}(?:\\s+${word})*(?![\\p{L}\\p{M}])`, 'giu');
}

/**
 * The respondents anonymised, and notes of what was left out, in `words`' language (that of the command's
 * messages). What stands for a name is report text, in `reportWords`' language: "Respondent 2", and the
 * mark (report.respondentMark) for a name found in a free-text answer.
 */
export function anonymiseRespondents(bank: Bank, given: readonly Respondent[], words: Words, reportWords: Words): Anonymised {
  const marker = reportWords.report.respondentMark;
  const say = words.findings.anonymity;
  const notes: string[] = [];
  const held = new Map<string, number>();
  for (const { content } of given)
    if (content.respondent?.role) held.set(sameRole(content.respondent.role), (held.get(sameRole(content.respondent.role)) ?? 0) + 1);
  const names = namePattern(given.map((r) => r.content));
  const byId = questionsById(bank);
  const redacted = new Set<string>();
  /** A free-text answer with every respondent's name taken out (said once per question); any other answer as it is. */
  const cleared = <A>(id: string, answer: A): A => {
    const question = byId.get(id);
    if (names === undefined || typeof answer !== 'string' || question === undefined || !kindOf(question).freeText) return answer;
    const text = answer.normalize('NFC').replace(names, marker);
    if (text === answer.normalize('NFC')) return answer;
    if (!redacted.has(id)) notes.push(say.nameTakenOut(question.prompt, marker));
    redacted.add(id);
    return text as A;
  };
  const respondents = given.map(({ content, answers }, i): Respondent => {
    const { completed_by: _dropped, ...organisation } = content.organisation;
    const role = content.respondent?.role;
    const shared = role !== undefined && held.get(sameRole(role))! > 1;
    if (role !== undefined && !shared) notes.push(say.roleLeftOut(role));
    const fileAnswers: AnswerFile['answers'] = {};
    for (const [id, answer] of Object.entries(content.answers)) fileAnswers[id] = cleared(id, answer);
    return {
      content: { ...content, organisation, respondent: { name: reportWords.core.respondent(i + 1), ...(shared ? { role } : {}) }, answers: fileAnswers },
      answers: new Map([...answers].map(([id, answer]) => [id, cleared(id, answer)])),
    };
  });
  return { respondents, notes };
}
