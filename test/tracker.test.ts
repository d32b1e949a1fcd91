// The action tracker (issue 23): written with a report (`assess --tracker`), edited as a group would edit
// it (in exceljs, as Excel or LibreOffice would save it, or as CSV), and read back by `compare --tracker`
// and `assess --previous-tracker`. Goldens: the CSV edition, a structural dump of the workbook, and the
// progress report in Markdown and HTML.
import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spreadsheetText, unescapeSpreadsheetText } from '../src/format/spreadsheet-escape.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runInProcess } from './helpers/in-process.js';
import { lintMarkdown } from './helpers/markdown.js';
import { tempDir } from './helpers/temp.js';

const BEFORE = 'test/fixtures/tracker/northfield-2026-02.yaml';
const AFTER = 'test/fixtures/answers/northfield.yaml';
const EDITED_CSV = 'test/fixtures/tracker/edited.csv';
const NEXT_BANK = 'test/fixtures/tracker/example-v2.yaml';
const GOLDEN = 'test/golden';

/** A golden file: rewritten with UPDATE_GOLDEN=1, else compared. */
async function matchesGolden(name: string, text: string): Promise<void> {
  const golden = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1') await writeFile(golden, text);
  expect(text).toBe(await readFile(golden, 'utf8'));
}

/** What a workbook holds that a user sees: sheets, frozen panes, widths, print setup, cells, drop-downs. */
async function dumpWorkbook(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    out.push(`sheet ${sheet.name} (${sheet.state})`);
    const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
    if (view?.state === 'frozen') out.push(`  frozen: the first ${view.ySplit} row`);
    out.push(`  columns: ${(sheet.columns ?? []).map((c) => `${c.letter} ${c.width ?? 'default'}`).join(', ')}`);
    const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = sheet.pageSetup;
    if (paperSize !== undefined)
      out.push(
        `  print: paper ${paperSize === 9 ? 'A4' : paperSize}, ${orientation}, fit to ${fitToPage ? `${fitToWidth} page wide, ${fitToHeight || 'any'} high` : 'no'}, titles ${printTitlesRow}`,
      );
    if (sheet.headerFooter?.oddHeader) out.push(`  header: ${sheet.headerFooter.oddHeader}; footer: ${sheet.headerFooter.oddFooter}`);
    sheet.eachRow((row, number) => {
      const cells = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? `date ${v.toISOString().slice(0, 10)}` : String(v ?? '')));
      const style = row.getCell(1).font?.bold ? ' [bold]' : '';
      const wrap = row.getCell(1).alignment?.wrapText ? ' [wrapped]' : '';
      const height = row.height ? ` [${row.height} pt high]` : '';
      out.push(`  ${number}${style}${wrap}${height}: ${cells.join(' | ')}`);
      row.eachCell((cell) => {
        const validation = cell.dataValidation;
        if (validation?.type) out.push(`    ${cell.address}: ${validation.type} ${validation.formulae.join(' ')}`);
      });
    });
  }
  return out.join('\n') + '\n';
}

describe('the action tracker', () => {
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    dir = tempDir('tracker');
    const run = await runInProcess(['assess', BEFORE, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'reports'), '--tracker', '--format', 'md,tracker-csv']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    workbook = join(dir, 'reports', 'northfield-2026-02.tracker.xlsx');
  });

  it('is written beside the report: a row per action of the plan, with its id, gap, horizon, action, owner, date, status and notes', async () => {
    const written = await runInProcess(['assess', BEFORE, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'again'), '--tracker']);
    expect(written.stdout).toBe(`wrote ${join(dir, 'again', 'northfield-2026-02.md')}\nwrote ${join(dir, 'again', 'northfield-2026-02.tracker.xlsx')}\n`);
    // The same answers give the same bytes.
    expect(await readFile(join(dir, 'again', 'northfield-2026-02.tracker.xlsx'))).toEqual(await readFile(workbook));
    await matchesGolden('tracker.csv', await readFile(join(dir, 'reports', 'northfield-2026-02.tracker.csv'), 'utf8'));
    const dump = await dumpWorkbook(workbook);
    await matchesGolden('tracker.xlsx.txt', dump);
    // What opens cleanly in a spreadsheet: a frozen header, a drop-down on every status, A4 landscape, the About sheet hidden.
    expect(dump).toContain('frozen: the first 1 row');
    expect(dump).toMatch(/G2: list "Not started,Under way,Done,Dropped"/);
    expect(dump).toContain('print: paper A4, landscape, fit to 1 page wide, any high, titles 1:1');
    expect(dump).toContain('sheet About (hidden)');
  });

  it('round trip: edited as a group would (statuses, owners, a note, a row deleted, a row moved), compare says what was done for each gap', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const sheet = book.getWorksheet('Actions')!;
    const rows = [2, 3, 4].map((n) => sheet.getRow(n).values as unknown[]);
    const ids = rows.map((values) => values[1]);
    expect(ids).toEqual(['agree-definition', 'add-outward-method', 'share-definition']);
    // The last row moved to the top, the share-definition row deleted, statuses chosen, an owner, a date and a note typed in.
    sheet.spliceRows(4, 1);
    rows[1]!.forEach((value, column) => column > 0 && (sheet.getCell(2, column).value = value as ExcelJS.CellValue));
    rows[0]!.forEach((value, column) => column > 0 && (sheet.getCell(3, column).value = value as ExcelJS.CellValue));
    sheet.getCell('G2').value = 'Under way';
    sheet.getCell('H2').value = 'Street surgery booked for June';
    sheet.getCell('G3').value = 'Done';
    sheet.getCell('E3').value = 'Sam Patel';
    sheet.getCell('F3').value = new Date(Date.UTC(2026, 3, 30));
    const edited = join(dir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);

    const md = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Gap 1: Define community engagement | 38 (Not yet ready) | 50 (Emerging) | **Done, and the score rose** |');
    expect(md.stdout).toContain(
      '| Gap 2: Combine inward- and outward-facing methods | 25 (Not yet ready) | 75 (Ready) | **Under way, and the score rose, closing the gap** |',
    );
    expect(md.stdout).toContain('| Share the definition with residents and new members. | No row in the tracker (deleted?) | | | |');
    expect(md.stdout).toContain('| Agree a written definition of community engagement with every partner. | Done | Sam Patel | 2026-04-30 | |');
    expect(md.stderr).toMatch(/warning\s+tracker-missing-row\s+sheet "Actions" has no row for the action "share-definition"/);
    expect(await lintMarkdown(md.stdout)).toEqual([]);
    const shown = (text: string) => text.replaceAll(edited, 'edited.xlsx');
    await matchesGolden('progress.md', shown(md.stdout));
    const html = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited, '--format', 'html']);
    await matchesGolden('progress.html', shown(html.stdout));
    // In Welsh (issue 26): ce-plan's words from the catalogue, the bank's texts marked where it has no Welsh.
    const welsh = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited, '--lang', 'cy,en']);
    expect(welsh.code).toBe(0);
    expect(await lintMarkdown(welsh.stdout)).toEqual([]);
    await matchesGolden('progress.cy.md', shown(welsh.stdout));
    const welshHtml = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited, '--lang', 'cy', '--format', 'html']);
    expect(welshHtml.stdout).toContain('<html lang="cy">');
    expect(welshHtml.stdout).toContain('<h2 id="actions">Camau gweithredu y cytunwyd arnynt</h2>');
    const json = JSON.parse((await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited, '--format', 'json'])).stdout);
    expect(json.progress.gaps.map((g: { id: string; status: string; movement: string; verdict: string }) => [g.id, g.status, g.movement, g.verdict])).toEqual([
      ['define-engagement', 'done', 'rose', 'Done, and the score rose'],
      ['methods', 'under-way', 'rose', 'Under way, and the score rose, closing the gap'],
    ]);
    // Nothing is written over the tracker, and --out never lands on it.
    const refused = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', edited, '--out', edited, '--force']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the action tracker');
  });

  it('says "no change yet" and "not done" plainly, and orders nothing away', async () => {
    // The tracker against a later assessment with the same answers: nothing moved.
    const same = await runInProcess(['compare', BEFORE, BEFORE, '--bank', EXAMPLE_BANK, '--tracker', workbook, '--format', 'json']);
    const verdicts = JSON.parse(same.stdout).progress.gaps.map((g: { verdict: string }) => g.verdict);
    expect(verdicts).toEqual(['Not done, and no change', 'Not done, and no change']);
    const csv = join(dir, 'done.csv');
    const text = await readFile(join(dir, 'reports', 'northfield-2026-02.tracker.csv'), 'utf8');
    await writeFile(csv, text.replaceAll('Not started', 'Done'));
    const done = JSON.parse((await runInProcess(['compare', BEFORE, BEFORE, '--bank', EXAMPLE_BANK, '--tracker', csv, '--format', 'json'])).stdout);
    expect(done.progress.gaps.map((g: { verdict: string }) => g.verdict)).toEqual(['Done, no change yet', 'Done, no change yet']);
  });

  it('reads a CSV the group edited by hand: each problem a message at its row and column, the rest still read, and exit 1', async () => {
    const run = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', EDITED_CSV]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
    expect(lines).toEqual(
      expect.arrayContaining([
        '2:7 warning tracker-date CSV, cell G2: "next March" is not a date ce-plan can read (type it as 2027-03-31 or 31/03/2027); it is kept as typed',
        '4:1 error tracker-status CSV, cell A4: "Finished" is not a status; choose one of Not started, Under way, Done, Dropped',
        '6:2 warning tracker-duplicate CSV, cell B6: repeats the action "agree-definition" of row 3; the comparison reads it once',
        '7:2 error tracker-duplicate CSV, cell B7: records the action "add-outward-method" again, as Dropped, but row 2 has it as Under way; keep one row for it (row 2 is read)',
        '8:2 warning tracker-unknown-action CSV, cell B8: "agree-defnition" is no action of example 1.0.0; did you mean "agree-definition"?; its row is listed apart',
        '9:2 warning tracker-no-id CSV, cell B9: this row has no ID, so ce-plan cannot tell which action it records; it is left out of the comparison (and stays in your tracker)',
      ]),
    );
    // Columns in another order, an ID retyped in capitals, a status with spaces, a UK date: all read.
    expect(run.stdout).toContain('| Agree a written definition with every partner (retyped) | Done | Sam Patel | 2027-03-31 | |');
    expect(run.stdout).toContain(
      '| Add at least one outward-facing method, such as street surgeries. | Under way | Priya | next March | Street surgery booked |',
    );
    expect(run.stdout).toContain('| 8 | agree-defnition | A mistyped ID | Done | | | |');
    expect(run.stdout).toContain('| Share the definition with residents and new members. | Unreadable (row 4: see the messages) | | | |');
  });

  it('refuses a formula, never running it, at its cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    book.getWorksheet('Actions')!.getCell('G3').value = { formula: 'IF(1,"Done","Done")', result: 'Done' } as ExcelJS.CellFormulaValue;
    const file = join(dir, 'formula.xlsx');
    await book.xlsx.writeFile(file);
    const run = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/3:7\s+error\s+tracker-formula\s+sheet "Actions", cell G3: holds a formula \(=IF\(1,"Done","Done"\)\); ce-plan never runs one/);
  });

  it('refuses a file that is not a tracker, with exit 2 and no comparison', async () => {
    const sheetless = new ExcelJS.Workbook();
    sheetless.addWorksheet('Sheet1').addRow(['ID', 'Status']);
    const other = join(dir, 'other.xlsx');
    await sheetless.xlsx.writeFile(other);
    for (const [file, message] of [
      ['test/fixtures/forms/google-forms.csv', 'is not an action tracker: its first row has no "ID" or "Status" column'],
      [AFTER, 'is not an action tracker: expected the .xlsx workbook or the .csv'],
      [other, 'is not an action tracker: it has no sheet "Actions"'],
      ['test/fixtures/forms/surveyjs-results.json', 'is not an action tracker: expected the .xlsx workbook or the .csv'],
      [join(dir, 'missing.xlsx'), 'no such file'],
    ] as const) {
      const run = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', file]);
      expect([file, run.code, run.stdout]).toEqual([file, 2, '']);
      expect(run.stderr).toContain(message);
    }
  });

  it('matches a tracker from an older bank version by id, and names the actions that no longer exist', async () => {
    const run = await runInProcess(['compare', BEFORE, AFTER, '--bank', NEXT_BANK, '--tracker', workbook]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /warning\s+tracker-unknown-action\s+sheet "Actions", cell A4: the action "share-definition" is no longer in example 2\.0\.0 \(the tracker was written with example 1\.0\.0\)/,
    );
    expect(run.stdout).toContain('### Not in the bank now');
    expect(run.stdout).toContain('| 4 | share-definition | Share the definition with residents and new members. | Not started | | | |');
    expect(run.stdout).toContain(
      '| Gap 2: Combine inward- and outward-facing methods | 25 (Not yet ready) | 75 (Ready) | **Not done, but the score rose, closing the gap** |',
    );
  });

  it('works for a combined organisation: the tracker of assess --combine, read by compare --combine', async () => {
    const out = join(dir, 'combined');
    expect((await runInProcess(['assess', 'test/fixtures/combine', '--bank', EXAMPLE_BANK, '--combine', '--tracker', '--out-dir', out])).code).toBe(0);
    const [tracker] = (await readdir(out)).filter((name) => name.endsWith('.tracker.xlsx'));
    const run = await runInProcess([
      'compare',
      '--combine',
      'test/fixtures/combine',
      'test/fixtures/combine',
      '--bank',
      EXAMPLE_BANK,
      '--tracker',
      join(out, tracker!),
      '--format',
      'json',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { progress } = JSON.parse(run.stdout);
    expect(progress.origin.actions).toContain('agree-shared-view');
    expect(progress.other.map((a: { id: string }) => a.id)).toContain('agree-shared-view');
    expect(progress.gaps.length).toBeGreaterThan(0);
  });

  it('marks in the next report the actions done, and carries the tracker forward, nothing lost', async () => {
    const previous = join(dir, 'previous.csv');
    const text = await readFile(join(dir, 'reports', 'northfield-2026-02.tracker.csv'), 'utf8');
    const rows = text.split('\r\n');
    rows[1] = rows[1]!.replace(',,,Not started,', ',Sam Patel,2026-04-30,Done,');
    rows[2] = rows[2]!.replace(',,,Not started,', `,,,Under way,${'"=HYPERLINK(""http://example.invalid"")"'}`);
    await writeFile(previous, rows.join('\r\n'));
    const out = join(dir, 'next');
    const run = await runInProcess([
      'assess',
      AFTER,
      '--bank',
      EXAMPLE_BANK,
      '--out-dir',
      out,
      '--previous-tracker',
      previous,
      '--tracker',
      'csv',
      '--format',
      'md,json',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const md = await readFile(join(out, 'northfield.md'), 'utf8');
    expect(md).toContain(
      '- [x] Agree a written definition of community engagement with every partner. (Gap 1: Define community engagement) **Done at the last review.**\n  - Owner: Sam Patel · Target date: 2026-04-30',
    );
    expect(md).toContain('- [ ] Share the definition with residents and new members.');
    const json = JSON.parse(await readFile(join(out, 'northfield.json'), 'utf8'));
    const agreed = json.objectives.find((o: { id: string }) => o.id === 'agree-definition');
    expect(agreed.tracked).toEqual({ status: 'Done', owner: 'Sam Patel', targetDate: '2026-04-30', notes: null });
    // The new tracker: owners, dates and statuses carried, the action no longer in the plan kept at the end, its formula-like note still inert.
    const next = await readFile(join(out, 'northfield.tracker.csv'), 'utf8');
    expect(next.split('\r\n').slice(1, 4)).toEqual([
      // New work first; what is done already after it, taking none of Now's room.
      'share-definition,Gap 1: Define community engagement,Now (this quarter),Share the definition with residents and new members.,,,Not started,',
      'agree-definition,Gap 1: Define community engagement,Now (this quarter),Agree a written definition of community engagement with every partner.,Sam Patel,2026-04-30,Done,',
      `add-outward-method,,Earlier (from the last tracker),"Add at least one outward-facing method, such as street surgeries.",,,Under way,"'=HYPERLINK(""http://example.invalid"")"`,
    ]);
    // The new tracker never lands on the last one, even with --force: it is an input of the run.
    await copyFile(previous, join(dir, 'northfield.tracker.csv'));
    const over = await runInProcess([
      'assess',
      AFTER,
      '--bank',
      EXAMPLE_BANK,
      '--out-dir',
      dir,
      '--previous-tracker',
      join(dir, 'northfield.tracker.csv'),
      '--tracker',
      'csv',
      '--force',
    ]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('would overwrite the previous tracker');
    expect(await readFile(join(dir, 'northfield.tracker.csv'), 'utf8')).toBe(await readFile(previous, 'utf8'));
    // One organisation's tracker: not for a batch, nor for combined files of two organisations; nothing is written.
    const withPrevious = (out: string, ...more: string[]) =>
      runInProcess(['assess', AFTER, join(dir, 'other.yaml'), ...more, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, out), '--previous-tracker', previous]);
    await copyFile(AFTER, join(dir, 'other.yaml'));
    const batch = await withPrevious('batch');
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--previous-tracker is one organisation');
    await writeFile(join(dir, 'other.yaml'), (await readFile(AFTER, 'utf8')).replace(/name: .*/, 'name: Southfield'));
    const combined = await withPrevious('two-organisations', '--combine');
    expect(combined.code).toBe(2);
    expect(combined.stderr).toContain('--previous-tracker is one organisation\'s tracker, but these files answer for 2 organisations: "Northfield');
    expect(await readdir(join(dir, 'two-organisations'))).toEqual([]);
  });
});

describe('text for a spreadsheet', () => {
  it('puts an apostrophe before what a spreadsheet would run, and takes it off again', () => {
    for (const text of ['=1+1', '+44 20', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(spreadsheetText(text)).toBe(`'${text}`);
      expect(unescapeSpreadsheetText(spreadsheetText(text))).toBe(text);
    }
    for (const text of ['Done', "'quoted", 'a=b']) expect(unescapeSpreadsheetText(spreadsheetText(text))).toBe(text);
  });
});

describe('the tracker in Welsh (issue 26)', () => {
  const MIDDLING = 'test/fixtures/reports/middling.yaml';

  it('is written in the report’s language and read back, statuses and all, as the English one is', async () => {
    const dir = tempDir('tracker-cy');
    const out = join(dir, 'reports');
    expect(await runInProcess(['assess', MIDDLING, '--lang', 'cy', '--tracker', '--format', 'json', '--out-dir', out])).toMatchObject({ code: 0 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'middling.tracker.xlsx'));
    const sheet = workbook.getWorksheet('Actions')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', 'Bwlch', 'Gorwel', 'Cam gweithredu', 'Perchennog', 'Dyddiad targed', 'Statws', 'Nodiadau']);
    expect(sheet.getRow(2).getCell(7).value).toBe('Heb ddechrau');
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(/^Nawr \(/);
    // The group marks the first action done, in Welsh; the next assessment reads it so.
    const id = String(sheet.getRow(2).getCell(1).value);
    sheet.getRow(2).getCell(7).value = "Wedi'i wneud";
    const edited = join(dir, 'edited.tracker.xlsx');
    await workbook.xlsx.writeFile(edited);
    const next = join(dir, 'next');
    const run = await runInProcess(['assess', MIDDLING, '--lang', 'cy', '--previous-tracker', edited, '--format', 'json', '--out-dir', next]);
    expect(run).toMatchObject({ code: 0 });
    const report = JSON.parse(await readFile(join(next, 'middling.json'), 'utf8')) as { objectives: { id: string; tracked?: { status: string } }[] };
    expect(report.objectives.find((o) => o.id === id)?.tracked?.status).toBe('Done');
  });
});
