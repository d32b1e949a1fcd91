// Reads an answer file (§3) and checks its shape; checking it against its bank is the core's job.
// Reading and parsing (read-answers.ts) is one step and checking another, so a batch can parse in one
// thread and check in the next: between them passes plain data and the text, and positions are found
// again from the text only for a file that has findings.
import type { Locator } from '../core/diagnostics.js';
import { answerFileSchema, type AnswerFile } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { parseAnswerFile, type ParsedAnswerFile } from './read-answers.js';
import { parseYaml, type Result } from './yaml-source.js';

export interface LoadedAnswerFile {
  /** As given on the command line; `-` for stdin. */
  file: string;
  content: AnswerFile;
  locator: Locator;
}

/** Checks a parsed answer file's shape. Its locator parses the text again, the first time a finding needs a position. */
export function checkAnswerFile({ file, text, data }: ParsedAnswerFile): Result<LoadedAnswerFile> {
  let parsed: Locator | undefined;
  const locator: Locator = {
    at(path, target) {
      if (parsed === undefined) {
        const again = parseYaml(file, text);
        // It parsed once; it parses the same again.
        if (!again.ok) throw new Error(`${file} no longer parses`);
        parsed = again.value.locator;
      }
      return parsed.at(path, target);
    },
  };
  const checked = validate(answerFileSchema, data, locator, file);
  if (!checked.ok) return checked;
  return { ok: true, value: { file, content: checked.value, locator }, diagnostics: [] };
}

export async function loadAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<Result<LoadedAnswerFile>> {
  const parsed = await parseAnswerFile(file, stdin);
  return parsed.ok ? checkAnswerFile(parsed.value) : parsed;
}
