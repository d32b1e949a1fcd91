// `ce-plan export --to xlsform`: the workbook, read back with exceljs, has the XLSForm spec's sheets,
// columns and types, and its `relevant` expressions, evaluated by a small parser of the XLSForm subset
// the exporter writes, show exactly the questions ce-plan's `when` shows, for generated answer sets.
import { beforeAll, describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { join } from 'node:path';
import { placedQuestions } from '../src/core/bank.js';
import type { Bank, Question } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { runInProcess } from './helpers/in-process.js';
import { answerSets, bankAt, BUILT_IN, CONDITIONS_BANK, xlsformValue } from './helpers/forms.js';
import { arbBank } from './helpers/generators.js';
import { evaluateXlsform, parseXlsformExpression } from './helpers/xlsform-expression.js';
import { xlsformRows } from '../src/format/export/xlsform.js';
import { bankIn } from '../src/core/translation.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('xlsform');

type Row = Record<string, string>;

/** A sheet as rows keyed by its header, every cell as the text it holds; formula cells are refused. */
function rowsOf(sheet: ExcelJS.Worksheet): { header: string[]; rows: Row[] } {
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (header[column - 1] = String(cell.value)));
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Row = {};
    header.forEach((key, i) => {
      const cell = row.getCell(i + 1);
      if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`formula in ${cell.address}`);
      record[key] = cell.value === null ? '' : String(cell.value);
    });
    rows.push(record);
  });
  return { header, rows };
}

async function exported(
  bankFile: string,
  flags: string[] = [],
): Promise<{ survey: ReturnType<typeof rowsOf>; choices: ReturnType<typeof rowsOf>; settings: ReturnType<typeof rowsOf>; sheets: string[] }> {
  const out = join(tempDir(), 'form.xlsx');
  const run = await runInProcess(['export', bankFile, '--to', 'xlsform', '--out', out, ...flags]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = (name: string) => rowsOf(workbook.getWorksheet(name)!);
  return { survey: sheet('survey'), choices: sheet('choices'), settings: sheet('settings'), sheets: workbook.worksheets.map((w) => w.name) };
}

const KIND_TYPES: Record<Question['type'], RegExp> = {
  single: /^select_one \S+$/,
  multi: /^select_multiple \S+$/,
  scale: /^select_one \S+$/,
  number: /^(?:integer|decimal)$/,
  text: /^text$/,
};

/** Which questions the workbook shows, given answers: each `relevant` evaluated in form order, as a form tool does. */
function xlsformShown(survey: Row[], answers: ReadonlyMap<string, Answer>, keepHidden: boolean): string[] {
  const shown: string[] = [];
  const visible = new Set<string>();
  // A tool that keeps a hidden question's value still sees it; one that clears it sees a blank.
  const value = (name: string) => (keepHidden || visible.has(name) ? xlsformValue(answers.get(name)) : '');
  for (const row of survey) {
    if (['begin_group', 'end_group', 'note'].includes(row.type!) || DETAILS.has(row.name!)) continue;
    if (row.relevant === '' || evaluateXlsform(row.relevant!, value)) {
      shown.push(row.name!);
      visible.add(row.name!);
    }
  }
  return shown;
}

/** The details of who answers, asked before the bank's questions. */
const DETAILS = new Set(['organisation', 'area', 'respondent', 'role', 'date']);

describe.each([...BUILT_IN.map((id) => `questionnaires/${id}.yaml`), CONDITIONS_BANK])('export %s --to xlsform', (bankFile) => {
  let bank: Bank;
  let form: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    bank = await bankAt(bankFile);
    form = await exported(bankFile);
  });

  test('has the survey, choices and settings sheets, with the XLSForm column names (one per language for a bank in Welsh too)', () => {
    expect(form.sheets).toEqual(['survey', 'choices', 'settings']);
    if (bank.languages?.includes('cy')) {
      expect(form.survey.header).toEqual([
        'type',
        'name',
        'label::English (en)',
        'hint::English (en)',
        'required',
        'relevant',
        'constraint',
        'constraint_message::English (en)',
        'appearance',
        'label::Cymraeg (cy)',
        'hint::Cymraeg (cy)',
        'constraint_message::Cymraeg (cy)',
      ]);
      expect(form.choices.header).toEqual(['list_name', 'name', 'label::English (en)', 'label::Cymraeg (cy)']);
      expect(form.settings.header).toEqual(['form_title', 'form_id', 'version', 'style', 'default_language']);
      expect(form.settings.rows).toEqual([
        { form_title: bank.title, form_id: bank.id, version: bank.version, style: 'pages', default_language: 'English (en)' },
      ]);
      return;
    }
    expect(form.survey.header).toEqual(['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'constraint_message', 'appearance']);
    expect(form.choices.header).toEqual(['list_name', 'name', 'label']);
    expect(form.settings.header).toEqual(['form_title', 'form_id', 'version', 'style']);
    expect(form.settings.rows).toEqual([{ form_title: bank.title, form_id: bank.id, version: bank.version, style: 'pages' }]);
  });

  test('every row has an XLSForm type and a unique, valid name; groups open and close; every list exists', () => {
    const lists = new Set(form.choices.rows.map((r) => r.list_name));
    let depth = 0;
    const names = new Set<string>();
    for (const row of form.survey.rows) {
      expect(row.type).toMatch(/^(?:begin_group|end_group|note|text|integer|decimal|date|select_one \S+|select_multiple \S+)$/);
      expect(row.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
      if (row.type === 'end_group') depth--;
      else {
        expect(names.has(row.name!)).toBe(false);
        names.add(row.name!);
      }
      if (row.type === 'begin_group') depth++;
      expect(depth).toBeGreaterThanOrEqual(0);
      const list = /^select_(?:one|multiple) (\S+)$/.exec(row.type!)?.[1];
      if (list !== undefined) expect(lists.has(list)).toBe(true);
    }
    expect(depth).toBe(0);
  });

  test('each section is a group and each question has its kind, label, hint, required flag and choices', () => {
    const [label, hint] = bank.languages?.includes('cy') ? ['label::English (en)', 'hint::English (en)'] : ['label', 'hint'];
    const groups = form.survey.rows.filter((r) => r.type === 'begin_group').map((r) => r[label]);
    expect(groups).toEqual(['About these answers', ...bank.sections.map((s) => s.title)]);
    for (const { question } of placedQuestions(bank)) {
      const row = form.survey.rows.find((r) => r.name === question.id)!;
      expect(row.type).toMatch(KIND_TYPES[question.type]);
      expect(row[label]).toBe(question.prompt);
      if (question.help) expect(row[hint]).toContain(question.help);
      expect(row.required).toBe(question.required ? 'yes' : '');
      expect(row.relevant === '').toBe(question.when === undefined);
      const list = form.choices.rows.filter((c) => c.list_name === question.id).map((c) => c.name);
      if (question.type === 'single' || question.type === 'multi') expect(list).toEqual(question.options.map((o) => o.value));
      if (question.type === 'scale') {
        const points = Array.from({ length: question.scale.max - question.scale.min + 1 }, (_, i) => String(question.scale.min + i));
        expect(list.map(String)).toEqual(question.scale.dont_know ? [...points, 'dont-know'] : points);
      }
      if (question.type === 'number') expect(row.type).toBe(question.number?.integer ? 'integer' : 'decimal');
    }
  });

  test("its relevant expressions show exactly the questions ce-plan's `when` shows", () => {
    for (const answers of answerSets(bank, 150)) {
      const expected = shownQuestions(bank, answers).map((p) => p.question.id);
      expect(xlsformShown(form.survey.rows, answers, true)).toEqual(expected);
      expect(xlsformShown(form.survey.rows, answers, false)).toEqual(expected);
    }
  });

  test('an option that stands alone is a constraint the form tool checks', () => {
    for (const { question } of placedQuestions(bank)) {
      if (question.type !== 'multi') continue;
      const row = form.survey.rows.find((r) => r.name === question.id)!;
      const alone = question.options.filter((o) => o.exclusive);
      expect(row.constraint === '').toBe(alone.length === 0);
      const others = question.options.filter((o) => !o.exclusive).map((o) => o.value);
      for (const option of alone) {
        expect(evaluateXlsform(row.constraint!, () => '', option.value)).toBe(true);
        expect(evaluateXlsform(row.constraint!, () => '', `${others[0]} ${option.value}`)).toBe(false);
      }
      if (alone.length > 0) expect(evaluateXlsform(row.constraint!, () => '', others.slice(0, 2).join(' '))).toBe(true);
    }
  });
});

test('relevant agrees with `when` on random banks too (in, not_in and equals on every kind)', () => {
  fc.assert(
    fc.property(arbBank, (bank) => {
      const rows = xlsformRows(bank).survey.rows.map((r) => ({ type: r.type ?? '', name: r.name ?? '', relevant: r.relevant ?? '' }));
      for (const answers of answerSets(bank, 6)) {
        const expected = shownQuestions(bank, answers).map((p) => p.question.id);
        expect(xlsformShown(rows, answers, true)).toEqual(expected);
        expect(xlsformShown(rows, answers, false)).toEqual(expected);
      }
    }),
    { numRuns: 40 },
  );
});

test('the expression parser refuses what the exporter must not write', () => {
  expect(() => parseXlsformExpression("${a} == 'x'")).toThrow(SyntaxError);
  expect(() => parseXlsformExpression("jr:choice-name(${a}, 'x')")).toThrow(SyntaxError);
  expect(evaluateXlsform("${a} = concat('It', \"'\", 's')", () => "It's")).toBe(true);
});

describe.each(BUILT_IN)('export %s --to xlsform --lang cy, read back', (id) => {
  let bank: Bank;
  let form: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    bank = await bankAt(`questionnaires/${id}.yaml`);
    form = await exported(`questionnaires/${id}.yaml`, ['--lang', 'cy']);
  });

  test('opens in Welsh, and holds the Welsh of every section, question, hint and choice beside the English', () => {
    const welsh = bankIn(bank, 'cy');
    expect(form.settings.rows[0]!.default_language).toBe('Cymraeg (cy)');
    const groups = form.survey.rows.filter((r) => r.type === 'begin_group').map((r) => r['label::Cymraeg (cy)']);
    expect(groups).toEqual(['Am yr atebion hyn', ...welsh.sections.map((s) => s.title)]);
    expect(form.survey.rows.find((r) => r.name === 'organisation')!['label::Cymraeg (cy)']).toBe('Sefydliad');
    for (const { question } of placedQuestions(welsh)) {
      const row = form.survey.rows.find((r) => r.name === question.id)!;
      expect(row['label::Cymraeg (cy)']).toBe(question.prompt);
      expect(row['label::English (en)']).toBe(placedQuestions(bank).find((p) => p.question.id === question.id)!.question.prompt);
      if (question.help) expect(row['hint::Cymraeg (cy)']).toContain(question.help);
      const choices = form.choices.rows.filter((c) => c.list_name === question.id);
      if (question.type === 'single' || question.type === 'multi') {
        expect(choices.map((c) => c['label::Cymraeg (cy)'])).toEqual(question.options.map((o) => o.label));
      }
    }
    // Nothing was left in English for want of a translation.
    const cells = [...form.survey.rows, ...form.choices.rows].map((r) => r['label::Cymraeg (cy)'] ?? '');
    expect(cells.filter((c) => c.includes('[Saesneg]'))).toEqual([]);
  });
});
