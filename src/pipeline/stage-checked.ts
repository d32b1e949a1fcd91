// `assess --combine`: each checked file's answers wait on disk, in the batch's staging folder, until its
// organisation is reported (combine-reports.ts). An organisation's files may come anywhere in a batch,
// so memory stays flat however many there are. They are sealed with a key held only in the run's memory
// (io/staging.ts), so a run killed outright leaves no answer or name readable behind it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AnswerFile } from '../core/schema.js';
import type { Answer } from '../core/visibility.js';
import type { AnswerSource } from './parse-answers.js';
import { seal, unseal } from '../io/staging.js';
import { writeFileAtomic } from '../io/write-file.js';

/** An answer file checked against its bank, for `--combine` to group with its organisation's other respondents. */
export interface CheckedFile {
  file: string;
  bankFile: string;
  /** The organisation, as the answer file names it. */
  organisation: { name: string; area?: string | undefined };
  /** The name of the reports the file would get on its own (an organisation it alone answers for keeps it). */
  stem: string;
  /** The staged JSON of {@link CheckedAnswers}, sealed with the run's key. */
  staged: string;
}

/** What a {@link CheckedFile} holds, once read back. */
export interface CheckedAnswers {
  content: AnswerFile;
  /** Every answer that fits its question, hidden ones too (an agreed answer to a gate may open their question). */
  answers: [string, Answer][];
  /** Where the answers came from, hashed, for the combined report's provenance. */
  source: AnswerSource;
}

let checkedCount = 0;

/** Writes a checked file's answers to the staging folder, whole and sealed, under a name no other thread uses. */
export async function stageChecked(checked: CheckedAnswers, stagingRoot: string | undefined, stagingKey: string | undefined): Promise<string> {
  if (stagingRoot === undefined || stagingKey === undefined) throw new Error('--combine stages checked answers, so it needs a staging folder and key');
  const path = join(stagingRoot, 'checked', `${threadId}-${++checkedCount}.sealed`);
  await writeFileAtomic(path, seal(stagingKey, JSON.stringify(checked)), { stagingDir: join(stagingRoot, String(threadId)) });
  return path;
}

/** A staged file's answers, read back and unsealed when its organisation is reported. */
export async function readStaged({ staged }: CheckedFile, stagingKey: string | undefined): Promise<CheckedAnswers> {
  if (stagingKey === undefined) throw new Error("staged answers are sealed, so reading them needs the run's key");
  return JSON.parse(unseal(stagingKey, await readFile(staged))) as CheckedAnswers;
}
