// What an input is, by its name and its first bytes: an answer file, or a form tool's export in a format
// a reader knows (readers/), or a file ce-plan cannot read and can say why (an old .xls workbook, one
// locked with a password). `assess` and `import` both ask here, so they say the same of any file. Only
// the name, and where it does not settle it the first bytes, are looked at: `assess` on answer files
// loads nothing more.
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { SheetFormat } from './sheet.js';

export type InputType =
  | { kind: 'answers' }
  | { kind: 'export'; format: SheetFormat }
  /** A file no reader can read, by the rule that says why and what to do (words: findings.formExport.refused). */
  | { kind: 'refused'; rule: RefusedRule };

/** Why a file is refused: an old .xls workbook, or one locked with a password. */
type RefusedRule = 'not-xlsx' | 'encrypted-workbook';

// Excel's "Unicode Text" is tab-separated UTF-16, saved as .txt.
const SPREADSHEETS: Record<string, SheetFormat> = { '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx', '.xlsm': 'xlsx' };

/** How much of a file is read to tell what it is. */
const HEAD_BYTES = 512;

/** An OLE compound file (an old .xls, or an encrypted .xlsx, which Office wraps in one). */
const isCompoundFile = (head: Uint8Array) => head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;

export function inputType(file: string): InputType {
  if (file === '-') return { kind: 'answers' };
  const extension = extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return { kind: 'answers' };
  const head = readHead(file, HEAD_BYTES);
  if (head !== undefined && head[0] === 0x50 && head[1] === 0x4b) return { kind: 'export', format: 'xlsx' };
  if ((head !== undefined && isCompoundFile(head)) || extension === '.xls') {
    return isEncryptedWorkbook(file) ? { kind: 'refused', rule: 'encrypted-workbook' } : { kind: 'refused', rule: 'not-xlsx' };
  }
  const format = SPREADSHEETS[extension];
  if (format !== undefined) return { kind: 'export', format };
  if (extension === '.json' && head !== undefined && isSurveyResults(new TextDecoder().decode(head))) return { kind: 'export', format: 'surveyjs' };
  return { kind: 'answers' };
}

/**
 * SurveyJS results: a JSON list (an answer file written as JSON is a map), or the SurveyJS Service's
 * `{ "Data": [ … ], "ResultCount": n }`.
 */
const isSurveyResults = (start: string) => /^\uFEFF?\s*(?:\[|\{\s*"(?:Data|ResultCount)"\s*:)/.test(start);

/** Office's encryption keeps the workbook in a stream named "EncryptedPackage" inside a compound file. */
function isEncryptedWorkbook(file: string): boolean {
  const bytes = readHead(file, 16 * 1024 * 1024);
  return bytes !== undefined && Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** Up to `limit` bytes from the start; undefined when the file cannot be read (its reader says why). */
function readHead(file: string, limit: number): Uint8Array | undefined {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(limit);
      return head.subarray(0, readSync(fd, head, 0, limit, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
