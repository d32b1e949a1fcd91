// The first step of loading an answer file: read and parse it, and no more. Kept apart from the checks
// (load-answers.ts) and the schema library they load, so a batch's reading thread starts sooner.
import { parseYaml, readSource, type PositionTable, type Result } from './yaml-source.js';

/** An answer file read and parsed, not yet checked: plain data, so it can pass between threads. */
export interface ParsedAnswerFile {
  file: string;
  data: unknown;
  /**
   * Where each key and value is, for findings made after the parse; for a document too large to list,
   * its text instead, to parse again should a finding need a place.
   */
  positions: PositionTable | { text: string };
}

export async function parseAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<Result<ParsedAnswerFile>> {
  const text = await readSource(file, stdin);
  if (!text.ok) return text;
  const parsed = parseYaml(file, text.value);
  if (!parsed.ok) return parsed;
  const positions = parsed.value.positions() ?? { text: text.value };
  return { ok: true, value: { file, data: parsed.value.data, positions }, diagnostics: [] };
}

/** An answer file read and parsed, or why it could not be, under its name: what a batch's reading thread passes on. */
export interface ReadAnswerFile {
  file: string;
  read: Result<ParsedAnswerFile>;
}

export async function readAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<ReadAnswerFile> {
  return { file, read: await parseAnswerFile(file, stdin) };
}
