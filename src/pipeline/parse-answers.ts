// An answer file parsed with yaml, with its position table: what every finding's place comes from. The
// batch reads most files the quick way first (read-answers.ts), and comes here for those it cannot vouch
// for and for those with a finding. Kept apart from the schema check (answer-shape.ts) and the schema
// library it loads, so a batch's parsing thread starts sooner. The parse gives plain data and a position
// table, so a batch can parse in one thread and check in the next with every finding still placed.
import { textHash } from '../io/text-hash.js';
import type { Result } from '../core/result.js';
import type { Words } from '../core/words/index.js';
import type { RowPlaces } from '../forms/row-places.js';
import { parseYaml } from './parse-yaml.js';
import type { PositionTable } from './positions.js';

/**
 * An answer file parsed, not yet checked: a YAML file's data and its position table (or, read the quick
 * way, its text, for yaml to place a finding), or a form export's row as the same data, with the cell
 * each value came from.
 */
export interface ParsedAnswers {
  /** As given on the command line; `-` for stdin. */
  file: string;
  data: unknown;
  positions: PositionTable | RowPlaces | Unplaced;
  /** Where the answers came from, as a report records it: the file's SHA-256, and a form export's row. */
  source: AnswerSource;
}

/** A file read the quick way, which keeps no positions: its text, parsed again with yaml should a finding need a place. */
export interface Unplaced {
  text: string;
}

/** An answer file, or a row of a form export, named and hashed (src/io/text-hash.ts) for a report's provenance. */
export interface AnswerSource {
  file: string;
  sha256: string;
  row?: number;
}

export function parseAnswers(file: string, text: string, words: Words): Result<ParsedAnswers & { positions: PositionTable }> {
  const parsed = parseYaml(file, text, words);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { file, data: parsed.value.data, positions: parsed.value.positions, source: { file, sha256: textHash(text) } }, diagnostics: [] };
}
