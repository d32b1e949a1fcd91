// The action tracker as an .xlsx workbook (docs/tracker.md), written with exceljs, loaded only here. The
// "Actions" sheet is what the group keeps: a frozen header, columns as wide as their text needs, text
// wrapped, a drop-down of the four statuses, dates as dates, printable on A4 landscape with the header
// on every page. A hidden "About" sheet records the bank, the organisation and the actions it was
// written with, so `compare --tracker` can read it back safely. Every cell is typed as text (or a date),
// so nothing from an answer file or a bank can become a formula.
import type { ReportFacts } from '../../core/report-facts.js';
import { TRACKER_COLUMNS, TRACKER_STATUSES, type TrackerColumn } from '../../core/tracker.js';
import { fixedZipTimes } from '../zip-times.js';
import { trackerOrigin, trackerRows } from './tracker-view.js';

/** The sheets a tracker has: ce-plan reads them back by these names. */
export const ACTIONS_SHEET = 'Actions';
export const ABOUT_SHEET = 'About';
/** The first cell of the About sheet: how a workbook says it is a tracker, and which layout. */
export const TRACKER_MARK = 'ce-plan action tracker';
export const TRACKER_LAYOUT = 1;

/** Column widths in characters: the action and notes wide enough for a sentence a line, the rest for their words. */
const WIDTHS: Record<TrackerColumn, number> = {
  ID: 27,
  Gap: 30,
  Horizon: 20,
  Action: 58,
  Owner: 18,
  'Target date': 13,
  Status: 13,
  Notes: 40,
};

/** A header or footer's text: `&` starts a code there, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/** Points a line of 11-point text takes. */
const LINE_HEIGHT = 15;

/**
 * A row tall enough for its longest wrapped cell. LibreOffice keeps a row at one line's height however
 * its text wraps, unless the file says how tall it is; Excel and Google Sheets honour it too. Words are
 * reckoned at a character a unit of width, less one for the cell's margins: generous for most text.
 */
function rowHeight(values: Record<TrackerColumn, string>): number {
  let lines = 1;
  for (const column of TRACKER_COLUMNS) {
    const perLine = WIDTHS[column] - 1;
    let count = 0;
    for (const paragraph of values[column].split('\n')) {
      let used = 0;
      count++;
      for (const word of paragraph.split(/\s+/)) {
        if (used > 0 && used + 1 + word.length > perLine) {
          count++;
          used = 0;
        }
        used += (used > 0 ? 1 : 0) + word.length;
      }
    }
    lines = Math.max(lines, count);
  }
  return lines * LINE_HEIGHT;
}

export async function render(facts: ReportFacts): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // The report's own date, never the clock, so the same answers give the same workbook.
  const when = new Date(`${facts.date ?? '1980-01-01'}T00:00:00Z`);
  workbook.creator = 'ce-plan';
  workbook.lastModifiedBy = 'ce-plan';
  workbook.created = when;
  workbook.modified = when;
  workbook.title = `Action tracker: ${facts.organisation.name}`;

  const sheet = workbook.addWorksheet(ACTIONS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerText(`Action tracker: ${facts.organisation.name}`)}&R${headerText(facts.date ?? '')}`,
      oddFooter: '&CPage &P of &N',
    },
  });
  sheet.columns = TRACKER_COLUMNS.map((column) => ({ header: column, key: column, width: WIDTHS[column] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  const statusList = `"${TRACKER_STATUSES.join(',')}"`;
  for (const values of trackerRows(facts)) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(values['Target date']) ? new Date(`${values['Target date']}T00:00:00Z`) : null;
    const row = sheet.addRow({ ...values, 'Target date': date ?? values['Target date'] });
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight(values);
    const status = row.getCell('Status');
    status.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Status',
      error: `Choose one of: ${TRACKER_STATUSES.join(', ')}.`,
    };
    row.getCell('Target date').numFmt = 'yyyy-mm-dd';
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TRACKER_COLUMNS.length } };

  const origin = trackerOrigin(facts);
  const about = workbook.addWorksheet(ABOUT_SHEET, { state: 'hidden' });
  about.columns = [{ width: 22 }, { width: 60 }];
  about.addRows([
    [TRACKER_MARK, TRACKER_LAYOUT],
    ['Note', 'Written by ce-plan: keep this sheet, so that ce-plan compare --tracker can read the tracker back.'],
    ['Bank', origin.bank.id],
    ['Bank version', origin.bank.version],
    ['Organisation', origin.organisation.name],
    ['Area', origin.organisation.area ?? ''],
    ['Date', origin.date ?? ''],
    ...origin.actions.map((id) => ['Action', id]),
  ]);

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return fixedZipTimes(bytes, when);
}
