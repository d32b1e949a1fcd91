// Text for a spreadsheet cell that a spreadsheet opens as it is (CSV): a cell that starts with = + - @,
// a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so untrusted
// text (an organisation's name, a note) is prefixed with an apostrophe, which they show as text (OWASP's
// "CSV injection"); text that starts with an apostrophe gets one more. Reading a tracker back takes the
// added apostrophe off again. A workbook ce-plan writes with exceljs needs none of this: its cells are
// typed as text, never formulas.

/** What a spreadsheet would run, and an apostrophe of the text's own (escaped too, so it reads back as it was). */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/;

/** Text as a CSV cell a spreadsheet will not run. */
export function spreadsheetText(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** A cell ce-plan wrote with {@link spreadsheetText}, as it was before. */
export function unescapeSpreadsheetText(text: string): string {
  return text.startsWith("'") && NEEDS_APOSTROPHE.test(text.slice(1)) ? text.slice(1) : text;
}
