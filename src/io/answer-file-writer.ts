// Writes an answer file in the §3 format: the one `init` saves after every answer and `assess` reads.
import { dirname, resolve } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import type { Language } from '../core/languages.js';
import type { Bank } from '../core/schema.js';
import { placedQuestions } from '../core/bank.js';
import type { Organisation } from '../core/init-flow.js';
import type { Answer, AnswerMap } from '../core/visibility.js';
import { schemaModeline } from '../format/answer-template.js';
import { answersSchemaReference } from './paths.js';
import { writeFileAtomic } from './write-file.js';

/** Words that YAML 1.1 readers take for true, false or null: quoted so every reader sees text. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

export interface AnswerFileData {
  bank: Bank;
  organisation: Organisation & { name: string };
  /** Who answered, when several people answer for one organisation. */
  respondent?: { name?: string; role?: string } | undefined;
  answers: AnswerMap;
  /** The language of its reports (`lang:`), when it is not English alone. */
  lang?: readonly Language[] | undefined;
}

/**
 * The file's text: answers in the bank's reading order, then any the bank does not show (kept, not lost).
 * `schema` is the modeline's reference to the answers schema, as `answersSchemaReference` gives it.
 */
export function answerFileText({ bank, organisation, respondent, answers, lang }: AnswerFileData, schema: string): string {
  const ordered: Record<string, Answer> = {};
  for (const { question } of placedQuestions(bank)) {
    const answer = answers.get(question.id);
    if (answer !== undefined) ordered[question.id] = answer;
  }
  for (const [id, answer] of answers) if (!(id in ordered)) ordered[id] = answer;
  const { name, area, completed_by, date } = organisation;
  const doc = new Document({
    bank: bank.id,
    bank_version: bank.version,
    ...(lang === undefined || (lang.length === 1 && lang[0] === 'en') ? {} : { lang: lang.length === 1 ? lang[0] : [...lang] }),
    organisation: { name, ...(area ? { area } : {}), ...(completed_by ? { completed_by } : {}), ...(date ? { date } : {}) },
    ...(respondent?.name || respondent?.role
      ? { respondent: { ...(respondent.name ? { name: respondent.name } : {}), ...(respondent.role ? { role: respondent.role } : {}) } }
      : {}),
    answers: ordered,
  });
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && AMBIGUOUS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `${schemaModeline(schema)}\n${doc.toString({ lineWidth: 0 })}`;
}

/** Replaces the answer file atomically: a reader sees the old file or the new one, never half of one. */
export async function writeAnswerFile(path: string, data: AnswerFileData): Promise<void> {
  // Every answer is flushed to disk: a power cut must not lose what someone has typed.
  await writeFileAtomic(path, answerFileText(data, answersSchemaReference(dirname(resolve(path)))), { overwrite: true, durable: true });
}
