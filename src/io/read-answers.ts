// The first steps of loading an answer file: read it, and parse it, and no more. Kept apart from the
// checks (load-answers.ts) and the schema library they load, so a batch's parsing thread starts sooner.
import { readSource, type Result } from './read-source.js';
import { parseYaml, type PositionTable } from './yaml-source.js';

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
  return text.ok ? parseAnswerText(file, text.value) : text;
}

function parseAnswerText(file: string, text: string): Result<ParsedAnswerFile> {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const positions = parsed.value.positions() ?? { text };
  return { ok: true, value: { file, data: parsed.value.data, positions }, diagnostics: [] };
}

/** An answer file read and parsed, or why it could not be, under its name: what a batch's parsing thread passes on. */
export interface ReadAnswerFile {
  file: string;
  read: Result<ParsedAnswerFile>;
}

export async function readAnswerFile(file: string, stdin?: NodeJS.ReadableStream): Promise<ReadAnswerFile> {
  return { file, read: await parseAnswerFile(file, stdin) };
}

/**
 * An answer file's text as read (with readFileSource, which loads no parser), or why it could not be:
 * what a batch's main thread hands the parsing thread.
 */
export interface AnswerSource {
  file: string;
  text: Result<string>;
}

export function parseAnswerSource({ file, text }: AnswerSource): ReadAnswerFile {
  return { file, read: text.ok ? parseAnswerText(file, text.value) : text };
}
