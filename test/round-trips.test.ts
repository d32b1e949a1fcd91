// Export, fill, import, assess: the same scores as the same answers written as YAML. The form is filled
// from what the exported file itself says (the workbook's names and groups, the paper form's grey names
// and values), not from ce-plan's own layout, so what export writes is what import reads. (SurveyJS's
// round trip, through survey-core, is in export-surveyjs.test.ts.)
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { questionsById } from '../src/core/bank.js';
import type { Bank } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { runInProcess } from './helpers/in-process.js';
import { answerSets, bankAt, BUILT_IN } from './helpers/forms.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('round-trips');

/** Assesses the imported answer files and the same answers written as YAML; their scores must agree. */
async function sameScores(dir: string, bank: Bank, sets: Map<string, Answer>[]): Promise<void> {
  sets.forEach((answers, i) => {
    writeFileSync(join(dir, `yaml-${i + 1}.yaml`), answerFileText({ bank, organisation: { name: `Group ${i + 1}` }, answers }, answersSchemaReference()));
  });
  const a = await runInProcess(['assess', join(dir, 'imported'), '--out-dir', join(dir, 'a'), '--format', 'json']);
  const b = await runInProcess(['assess', ...sets.map((_, i) => join(dir, `yaml-${i + 1}.yaml`)), '--out-dir', join(dir, 'b'), '--format', 'json']);
  expect([a.code, b.code]).toEqual([0, 0]);
  for (let i = 1; i <= sets.length; i++) {
    const scores = (file: string) => {
      const report = JSON.parse(readFileSync(file, 'utf8')) as { overall: unknown; recommendations: unknown; completeness: unknown };
      return { overall: report.overall, recommendations: report.recommendations, completeness: report.completeness };
    };
    expect(scores(join(dir, 'a', `group-${i}.json`))).toEqual(scores(join(dir, 'b', `yaml-${i}.json`)));
  }
}

/** The answers a form that follows the skip logic collects: those to the questions shown. */
const collected = (bank: Bank, answers: Map<string, Answer>) =>
  new Map([...answers].filter(([id]) => shownQuestions(bank, answers).some((p) => p.question.id === id)));

describe.each(BUILT_IN)('%s', (id) => {
  test('XLSForm: the workbook filled as KoboToolbox exports it (group/name headers, names, one column per option) imports to the same scores', async () => {
    const dir = tempDir();
    const bank = await bankAt(`questionnaires/${id}.yaml`);
    expect((await runInProcess(['export', id, '--to', 'xlsform', '--out', join(dir, 'form.xlsx')])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'form.xlsx'));
    const survey = workbook.getWorksheet('survey')!;
    const choices = workbook.getWorksheet('choices')!;
    // Each field's path as Kobo heads it (its groups and its name), and each list's names.
    const fields: { path: string; name: string; type: string }[] = [];
    const groups: string[] = [];
    survey.eachRow((row, n) => {
      if (n === 1) return;
      const [type, name] = [String(row.getCell(1).value), String(row.getCell(2).value)];
      if (type === 'begin_group') groups.push(name);
      else if (type === 'end_group') groups.pop();
      else if (type !== 'note') fields.push({ path: [...groups, name].join('/'), name, type });
    });
    const lists = new Map<string, string[]>();
    choices.eachRow((row, n) => {
      if (n > 1) lists.set(String(row.getCell(1).value), [...(lists.get(String(row.getCell(1).value)) ?? []), String(row.getCell(2).value)]);
    });
    const header: string[] = [];
    for (const field of fields) {
      header.push(field.path);
      const list = /^select_multiple (\S+)$/.exec(field.type)?.[1];
      for (const option of list ? lists.get(list)! : []) header.push(`${field.path}/${option}`);
    }
    const sets = answerSets(bank, 8).map((answers) => collected(bank, answers));
    const rows = sets.map((answers, i) => {
      const row: string[] = [];
      for (const field of fields) {
        const answer = field.name === 'organisation' ? `Group ${i + 1}` : answers.get(field.name);
        row.push(answer === undefined ? '' : Array.isArray(answer) ? answer.join(' ') : String(answer));
        const list = /^select_multiple (\S+)$/.exec(field.type)?.[1];
        for (const option of list ? lists.get(list)! : []) row.push(answer === undefined ? '' : (answer as string[]).includes(option) ? '1' : '0');
      }
      return row;
    });
    writeFileSync(
      join(dir, 'export.csv'),
      stringify([['start', '_id', ...header, '_uuid', '__version__'], ...rows.map((r, i) => ['2026-11-20T09:00:00', String(i), ...r, 'u', 'v'])], {
        delimiter: ';',
      }),
    );
    const imported = await runInProcess(['import', join(dir, 'export.csv'), '--bank', id, '--out-dir', join(dir, 'imported')]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    sets.forEach((answers, i) => {
      expect((parse(readFileSync(join(dir, 'imported', `group-${i + 1}.yaml`), 'utf8')) as { answers: unknown }).answers).toEqual(Object.fromEntries(answers));
    });
    await sameScores(dir, bank, sets);
  });

  test('paper: forms typed into a spreadsheet with the grey names and values the paper form prints import to the same scores', async () => {
    const dir = tempDir();
    const bank = await bankAt(`questionnaires/${id}.yaml`);
    const html = (await runInProcess(['export', id, '--to', 'html', '--out', '-'])).stdout;
    // The column names are the grey names, in the form's order; the values the grey values (or, for a scale, its number).
    const form = html.slice(0, html.indexOf('<footer>'));
    const names = [...form.matchAll(/<span class="id">([^<]+)<\/span>/g)].map((m) => m[1]!);
    expect(names.slice(0, 5)).toEqual(['organisation', 'area', 'respondent', 'role', 'date']);
    const printedValues = new Set([...form.matchAll(/<span class="value">([^<]+)<\/span>/g)].map((m) => m[1]!));
    const sets = answerSets(bank, 8).map((answers) => collected(bank, answers));
    const rows = sets.map((answers, i) =>
      names.map((name) => {
        if (name === 'organisation') return `Group ${i + 1}`;
        const answer = answers.get(name);
        if (answer === undefined) return '';
        const question = questionsById(bank).get(name)!;
        if (question.type === 'single' || question.type === 'multi') {
          for (const value of Array.isArray(answer) ? answer : [answer]) expect(printedValues.has(String(value))).toBe(true);
        }
        return Array.isArray(answer) ? answer.join(' ') : String(answer);
      }),
    );
    writeFileSync(join(dir, 'forms.csv'), stringify([names, ...rows]));
    const imported = await runInProcess(['import', join(dir, 'forms.csv'), '--bank', id, '--out-dir', join(dir, 'imported')]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    await sameScores(dir, bank, sets);
  });
});
