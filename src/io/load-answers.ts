// Reads an answer file (§3) and checks its shape; checking it against its bank is the core's job.
// Reading and parsing (read-answers.ts) is one step and checking another, so a batch can parse in one
// thread and check in the next: between them passes plain data, with the positions of its keys and values.
import type { Locator } from '../core/diagnostics.js';
import { answerFileSchema, type AnswerFile } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { parseAnswerFile, type ParsedAnswerFile } from './read-answers.js';
import type { Result } from './read-source.js';
import { locatorFor, tableLocator } from './yaml-source.js';

export interface LoadedAnswerFile {
  /** As given on the command line; `-` for stdin. */
  file: string;
  content: AnswerFile;
  locator: Locator;
}

/**
 * Checks a parsed answer file's shape. Findings are placed from the positions the parse listed, or, for
 * a document too large to list, from a second parse of the text the first time one needs a place.
 */
export function checkAnswerFile({ file, data, positions }: ParsedAnswerFile): Result<LoadedAnswerFile> {
  let located: Locator | undefined;
  const locator: Locator = 'text' in positions ? { at: (path, target) => (located ??= locatorFor(positions.text)).at(path, target) } : tableLocator(positions);
  const checked = validate(answerFileSchema, data, locator, file);
  if (!checked.ok) return checked;
  return { ok: true, value: { file, content: checked.value, locator }, diagnostics: [] };
}

export async function loadAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<Result<LoadedAnswerFile>> {
  const parsed = await parseAnswerFile(file, stdin);
  return parsed.ok ? checkAnswerFile(parsed.value) : parsed;
}
