// The action tracker as CSV, for those who keep it in another tool: the workbook's columns and rows
// (tracker-view.ts), every cell escaped so that no spreadsheet runs it as a formula. csv-stringify loads
// only here, and the file starts with a byte order mark, as Excel needs to read UTF-8. A CSV cannot hold the workbook's hidden "About" sheet: `compare` reads it against the
// assessments it is given instead (docs/tracker.md).
import { stringify } from 'csv-stringify/sync';
import type { Editions } from './index.js';
import { TRACKER_COLUMNS } from '../../core/tracker.js';
import { spreadsheetText } from '../spreadsheet-escape.js';
import { trackerRows } from './tracker-view.js';
import { wordsOfReport } from './view.js';

export function render([facts]: Editions): string {
  const rows = trackerRows(facts).map((row) => TRACKER_COLUMNS.map((column) => spreadsheetText(row[column])));
  const { columns } = wordsOfReport(facts).tracker;
  const header = TRACKER_COLUMNS.map((column) => columns[column]);
  // A byte order mark, so Excel reads the file as UTF-8 (curly quotes, dashes) rather than its ANSI code page.
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: 'windows' })}`;
}
