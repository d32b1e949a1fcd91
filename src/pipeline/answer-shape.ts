// The second step for an answer file (§3): its shape against the schema, with a finding for each fault,
// in place. A batch comes here only for data the quick check (quick-shape.ts) cannot vouch for; `init`
// for the answer file it goes on with. Checking it against its bank comes next (against-bank.ts).
import type { Locator } from '../core/diagnostics.js';
import type { Result } from '../core/result.js';
import { answerFileSchema, type AnswerFile } from '../core/schema.js';
import { validate } from '../core/validate.js';
import type { Words } from '../core/words/index.js';
import { readSource } from '../io/read-source.js';
import { parseAnswers, type ParsedAnswers } from './parse-answers.js';
import { tableLocator } from './positions.js';

/** An answer file of the right shape, not yet checked against its bank. */
export interface ShapedAnswers {
  file: string;
  content: AnswerFile;
  locator: Locator;
}

export function checkAnswerShape({ file, data }: ParsedAnswers, locator: Locator, words: Words): Result<ShapedAnswers> {
  const checked = validate(answerFileSchema, data, locator, file, words);
  if (!checked.ok) return checked;
  return { ok: true, value: { file, content: checked.value, locator }, diagnostics: [] };
}

/** Reads, parses and shape-checks an answer file (`-` for stdin), its findings in `words`' language. */
export async function loadAnswerFile(file: string, words: Words, stdin?: NodeJS.ReadableStream): Promise<Result<ShapedAnswers>> {
  const text = await readSource(file, words, stdin);
  const parsed = text.ok ? parseAnswers(file, text.value, words) : text;
  return parsed.ok ? checkAnswerShape(parsed.value, tableLocator(parsed.value.positions), words) : parsed;
}
