// Writes an answer file in the §3 format: the one `init` saves after every answer and `assess` reads.
import { Document, isScalar, visit } from 'yaml';
import type { Bank } from '../core/schema.js';
import { placedQuestions } from '../core/bank.js';
import type { Organisation } from '../core/init-flow.js';
import type { Answer, AnswerMap } from '../core/visibility.js';
import { writeFileAtomic } from './write-file.js';

export const ANSWERS_SCHEMA_LINE = '# yaml-language-server: $schema=../schema/answers.schema.json';

/** Words that YAML 1.1 readers take for true, false or null: quoted so every reader sees text. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

export interface AnswerFileData {
  bank: Bank;
  organisation: Organisation & { name: string };
  answers: AnswerMap;
}

/** The file's text: answers in the bank's reading order, then any the bank does not show (kept, not lost). */
export function answerFileText({ bank, organisation, answers }: AnswerFileData): string {
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
    organisation: { name, ...(area ? { area } : {}), ...(completed_by ? { completed_by } : {}), ...(date ? { date } : {}) },
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
  return `${ANSWERS_SCHEMA_LINE}\n${doc.toString({ lineWidth: 0 })}`;
}

/** Replaces the answer file atomically: a reader sees the old file or the new one, never half of one. */
export async function writeAnswerFile(path: string, data: AnswerFileData): Promise<void> {
  // Every answer is flushed to disk: a power cut must not lose what someone has typed.
  await writeFileAtomic(path, answerFileText(data), { overwrite: true, durable: true });
}
