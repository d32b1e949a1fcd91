// Writes an agreement file (docs/agreement-files.md): the one `ce-plan agree` saves after every agreed
// answer and `assess --combine` applies. Answers are written as an answer file writes them.
import { dirname, resolve } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { placedQuestions } from '../core/bank.js';
import type { Bank } from '../core/schema.js';
import type { Answer } from '../core/visibility.js';
import { schemaModeline } from '../format/answer-template.js';
import { agreementSchemaReference } from './paths.js';
import { writeFileAtomic } from './write-file.js';

/** Words that YAML 1.1 readers take for true, false or null: quoted so every reader sees text. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/** One agreed answer, why, and who was present for it where that differs from the whole meeting. */
interface AgreedEntry {
  answer: Answer;
  reason: string;
  present?: readonly string[] | undefined;
}

export interface AgreementData {
  bank: Bank;
  /** The bank version the respondents answered. */
  version: string;
  organisation: { name: string; area?: string | undefined };
  date: string;
  /** Each respondent's answer file, as a path from the agreement's folder, and the SHA-256 of its bytes. */
  respondents: readonly { file: string; sha256: string }[];
  present: readonly string[];
  agreed: ReadonlyMap<string, AgreedEntry>;
}

/** The file's text, agreed answers in the bank's order; `schema` is the modeline's reference to the agreement schema. */
function agreementFileText({ bank, version, organisation, date, respondents, present, agreed }: AgreementData, schema: string): string {
  const ordered: Record<string, { answer: Answer; reason: string; present?: readonly string[] }> = {};
  for (const { question } of placedQuestions(bank)) {
    const entry = agreed.get(question.id);
    if (entry !== undefined) ordered[question.id] = { answer: entry.answer, reason: entry.reason, ...(entry.present ? { present: entry.present } : {}) };
  }
  const doc = new Document({
    bank: bank.id,
    bank_version: version,
    organisation: { name: organisation.name, ...(organisation.area ? { area: organisation.area } : {}) },
    date,
    respondents,
    present,
    agreed: ordered,
  });
  visit(doc, {
    Seq(_, node) {
      // Lists of answers and of who was present on one line; the respondents' files one to a line.
      node.flow = node.items.every(isScalar);
    },
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && AMBIGUOUS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const heading = `# What ${organisation.name.replace(/\s+/g, ' ')} agreed (ce-plan agree): \`ce-plan assess --combine\` applies it to their combined report.`;
  return `${schemaModeline(schema)}\n${heading}\n${doc.toString({ lineWidth: 0 })}`;
}

/** Replaces the agreement file atomically, flushed to disk: a reader sees the old file or the new one, never half of one. */
export async function writeAgreementFile(path: string, data: AgreementData): Promise<void> {
  await writeFileAtomic(path, agreementFileText(data, agreementSchemaReference(dirname(resolve(path)))), { overwrite: true, durable: true });
}
