// Reads an answer file (§3) and checks its shape; checking it against its bank is the core's job.
import type { Locator } from '../core/diagnostics.js';
import { answerFileSchema, type AnswerFile } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { parseYaml, readSource, type Result } from './yaml-source.js';

export interface LoadedAnswerFile {
  /** As given on the command line; `-` for stdin. */
  file: string;
  content: AnswerFile;
  locator: Locator;
}

export async function loadAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<Result<LoadedAnswerFile>> {
  const text = await readSource(file, stdin);
  if (!text.ok) return text;
  const parsed = parseYaml(file, text.value);
  if (!parsed.ok) return parsed;
  const checked = validate(answerFileSchema, parsed.value.data, parsed.value.locator, file);
  if (!checked.ok) return checked;
  return { ok: true, value: { file, content: checked.value, locator: parsed.value.locator }, diagnostics: [] };
}
