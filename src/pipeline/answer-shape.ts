// The second step for an answer file (§3): its shape against the schema. Checking it against its bank
// comes next (assess.ts).
import type { Locator } from '../core/diagnostics.js';
import type { Result } from '../core/result.js';
import { answerFileSchema, type AnswerFile } from '../core/schema.js';
import { validate } from '../core/validate.js';
import type { Words } from '../core/words/index.js';
import { rowLocator, type RowPlaces } from '../forms/row-places.js';
import { readSource } from '../io/read-source.js';
import { parseAnswers, type ParsedAnswers } from './parse-answers.js';
import { tableLocator, type PositionTable } from './positions.js';

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

/** The locator of a YAML file's position table or a form row's cells. */
export function placedLocator(positions: PositionTable | RowPlaces): Locator {
  return 'cells' in positions ? rowLocator(positions) : tableLocator(positions);
}
