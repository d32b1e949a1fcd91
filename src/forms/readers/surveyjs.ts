// SurveyJS results: `survey.data` of each response, as a JSON list (what SurveyJS's docs show saved), one
// such object, or the SurveyJS Service's results, `{ "Data": [ … ], "ResultCount": n }`, as
// `GET https://dxsurvey.com/api/MySurveys/getSurveyResults/{id}?accessKey=…` returns them (public clients
// read `.Data` and `.ResultCount`, and each result's `HappendAt`). Each key is a column. Parsed with
// JSON.parse, which needs a few times the file's size; where each value is, for messages, comes from one
// scan of the text that lists only the offsets of the responses' keys and values.
import type { Words } from '../../core/words/index.js';
import type { Position } from '../../core/diagnostics.js';
import { failure, type Result } from '../../core/result.js';
import { EMPTY, type Cell, type Sheet, type SheetRow } from '../sheet.js';
import type { FormWords } from '../cells.js';
import { decodeText } from './bytes.js';

/** Where each response's keys and values are in the text, as offsets. */
interface ResponseOffsets {
  start: number;
  keys: Map<string, { key: number; value: number }>;
}

export async function read(file: string, bytes: Buffer, options: { encoding?: string | undefined }, words: Words): Promise<Result<Sheet>> {
  const decoded = decodeText(file, bytes, words, options.encoding);
  if (!decoded.ok) return decoded;
  const say = words.findings.formExport;
  const text = decoded.value.text;
  const position = positionsOf(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message)?.[1];
    const place = at === undefined ? await yamlErrorPlace(text) : position(Number(at));
    return failure(file, 'json-syntax', say.notJson(message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '')), place);
  }
  const list = responsesOf(data, say);
  if ('problem' in list) return failure(file, 'not-survey-results', list.problem, position(0), true);
  const offsets = scanResponses(text, list.path);
  const keys = new Map<string, Position>();
  for (let i = 0; i < list.responses.length; i++) {
    const response = list.responses[i];
    if (response === null || typeof response !== 'object' || Array.isArray(response)) {
      return failure(file, 'not-survey-results', say.notSurveyResults, position(offsets[i]?.start ?? 0), true);
    }
    for (const key of Object.keys(response)) if (!keys.has(key)) keys.set(key, position(offsets[i]?.keys.get(key)?.key ?? 0));
  }
  const header = [...keys].map(([key, at]) => ({ text: key, at }));
  const rows = list.responses.map((response, i): SheetRow => {
    const record = response as Record<string, unknown>;
    const found = offsets[i];
    return {
      row: i + 1,
      cells: header.map(({ text: key }) => (Object.hasOwn(record, key) ? jsonCell(record[key], say) : EMPTY)),
      at: (column) => position(found?.keys.get(header[column]?.text ?? '')?.value ?? found?.start ?? 0),
    };
  });
  return { ok: true, value: { file, format: 'surveyjs', header, rows, diagnostics: [] }, diagnostics: [] };
}

/** The responses, and the key that holds their list (none for a list, or for one response on its own). */
function responsesOf(data: unknown, say: FormWords): { responses: readonly unknown[]; path: string | undefined } | { problem: string } {
  if (Array.isArray(data)) return { responses: data, path: undefined };
  if (data === null || typeof data !== 'object') return { problem: say.notSurveyResults };
  const record = data as Record<string, unknown>;
  // The SurveyJS Service's results.
  if (Array.isArray(record['Data'])) return { responses: record['Data'], path: 'Data' };
  // Another wrapper round a list of responses: no service ce-plan knows writes one, so say what would be read.
  const keys = Object.keys(record);
  const wrapped = keys.find(
    (key) => Array.isArray(record[key]) && (record[key] as unknown[]).some((r) => r !== null && typeof r === 'object' && !Array.isArray(r)),
  );
  if (wrapped !== undefined && keys.length <= 3) {
    return { problem: say.wrappedResults(JSON.stringify(wrapped)) };
  }
  return { responses: [data], path: undefined };
}

function jsonCell(value: unknown, say: FormWords): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    return value.length === 0 ? EMPTY : { kind: 'list', values: value as (string | number | boolean)[] };
  }
  return { kind: 'invalid', problem: say.matrix };
}

/** Line and column of an offset (lines and columns from 1, columns in UTF-16 units, as the YAML reader counts them). */
function positionsOf(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Where a syntax error JSON.parse did not place is: yaml, which reads JSON too, says. Loaded only for a broken file. */
async function yamlErrorPlace(text: string): Promise<Position> {
  const { parseDocument } = await import('yaml');
  const error = parseDocument(text).errors[0];
  return error?.linePos?.[0] === undefined ? { line: 1, column: 1 } : { line: error.linePos[0].line, column: error.linePos[0].col };
}

/**
 * The offsets of each response's keys and values, from one pass over text that JSON.parse has accepted.
 * Only the responses' own level is looked into; deeper values are skipped without recursion.
 */
function scanResponses(text: string, path: string | undefined): ResponseOffsets[] {
  let i = 0;
  const space = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const string = (): string => {
    const start = i++;
    while (text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skip = () => {
    let depth = 0;
    do {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        string();
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
      else if (depth === 0) {
        // A number, true, false or null: up to the next delimiter.
        while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
        return;
      }
      i++;
    } while (depth > 0 && i < text.length);
  };
  const members = (each: (key: string, keyAt: number) => void) => {
    i++; // {
    space();
    while (text.charCodeAt(i) !== 0x7d) {
      const keyAt = i;
      const key = string();
      space();
      i++; // :
      space();
      each(key, keyAt);
      space();
      if (text.charCodeAt(i) === 0x2c) i++;
      space();
    }
    i++;
  };
  const response = (): ResponseOffsets => {
    const found: ResponseOffsets = { start: i, keys: new Map() };
    if (text.charCodeAt(i) !== 0x7b) {
      skip();
      return found;
    }
    members((key, keyAt) => {
      if (!found.keys.has(key)) found.keys.set(key, { key: keyAt, value: i });
      skip();
    });
    return found;
  };
  const list = (): ResponseOffsets[] => {
    const found: ResponseOffsets[] = [];
    i++; // [
    space();
    while (text.charCodeAt(i) !== 0x5d) {
      found.push(response());
      space();
      if (text.charCodeAt(i) === 0x2c) i++;
      space();
    }
    i++;
    return found;
  };
  if (text.charCodeAt(0) === 0xfeff) i++;
  space();
  if (path === undefined) return text.charCodeAt(i) === 0x5b ? list() : [response()];
  let found: ResponseOffsets[] = [];
  members((key) => {
    if (key === path && text.charCodeAt(i) === 0x5b) found = list();
    else skip();
  });
  return found;
}
