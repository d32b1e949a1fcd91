// CSV in any delimiter and encoding, as Microsoft Forms, Google Forms, KoboToolbox and ODK Central
// download it, or as Excel saves it: every record a row, numbered as a spreadsheet shows it. A row that
// cannot be parsed is a finding at its row; the rows after it keep their numbers. csv-parse loads only here.
import type { Words } from '../../core/words/index.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Result } from '../../core/result.js';
import { cellAt, EMPTY, type Cell, type Sheet, type SheetOptions, type SheetRow } from '../sheet.js';
import { decodeText } from './bytes.js';

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most, outside quotes (ties go to the comma, then the semicolon). */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of CANDIDATE_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export async function read(file: string, bytes: Buffer, options: SheetOptions, words: Words): Promise<Result<Sheet>> {
  const decoded = decodeText(file, bytes, words, options.encoding);
  if (!decoded.ok) return decoded;
  const { text, misencoded } = decoded.value;
  const { parse } = await import('csv-parse/sync');
  const used = options.delimiter ?? sniffDelimiter(text);
  const skipped: { records: number; code: string; message: string }[] = [];
  const records = parse(text, {
    delimiter: used,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push({ records: Number((error as { records?: unknown }).records), code: error.code, message: error.message });
    },
  }) as string[][];
  const say = words.findings.formExport;
  const diagnostics: Diagnostic[] = [];
  const toCell = (value: string): Cell => {
    if (value.trim() === '') return EMPTY;
    if (misencoded && value.includes('\uFFFD')) return { kind: 'invalid', problem: say.misencoded };
    return { kind: 'text', text: value };
  };
  // Row numbers count the records a parse skipped, so every later row keeps the number a spreadsheet gives it.
  let skips = 0;
  const reportSkipsUpTo = (records: number) => {
    while (skips < skipped.length && skipped[skips]!.records <= records) {
      const skip = skipped[skips]!;
      const row = skip.records + skips + 1;
      const why = skip.code === 'CSV_QUOTE_NOT_CLOSED' ? say.quoteNotClosed : skip.message;
      diagnostics.push({ file, line: row, column: 1, severity: 'error', rule: 'csv-syntax', message: say.csvRow(row, why) });
      skips++;
    }
  };
  const rows: SheetRow[] = [];
  let header: Sheet['header'] = [];
  records.forEach((record, index) => {
    reportSkipsUpTo(index);
    const row = index + skips + 1;
    if (index === 0) header = record.map((text, column) => ({ text, at: { line: 1, column: column + 1 } }));
    else rows.push({ row, cells: record.map(toCell), at: cellAt(row) });
  });
  reportSkipsUpTo(Infinity);
  return { ok: true, value: { file, format: 'csv', header, rows, diagnostics, delimiter: used }, diagnostics: [] };
}
