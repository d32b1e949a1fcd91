// Whether an input is a form tool's export rather than an answer file: a spreadsheet (.csv, .tsv,
// .xlsx), or a SurveyJS results file (a JSON list; an answer file written as JSON is a map). Only the
// name, and for .json its first bytes, are looked at, so `assess` on answer files loads nothing more.
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';

const SPREADSHEETS = new Set(['.csv', '.tsv', '.xlsx', '.xlsm']);

export function isFormExport(file: string): boolean {
  const extension = extname(file).toLowerCase();
  if (SPREADSHEETS.has(extension)) return true;
  if (extension !== '.json') return false;
  try {
    const fd = openSync(file, 'r');
    try {
      const start = Buffer.alloc(256);
      const read = readSync(fd, start, 0, start.length, 0);
      return /^(?:\uFEFF)?\s*\[/.test(start.subarray(0, read).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // the reader says why it cannot be read
  }
}
