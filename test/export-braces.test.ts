// A bank's text holding what a form tool reads as a reference (SurveyJS's `{name}`, XLSForm's `${name}`)
// is exported so that the tool shows it as written, and never puts an answer in its place.
import { beforeAll, describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Model } from 'survey-core';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const BANK = `
id: braces
version: 1.0.0
title: "Braces {q0}"
sources: [{ id: s, title: Source }]
bands: [{ id: low, label: Low, min: 0 }, { id: high, label: High, min: 75 }]
recommendations:
  - { id: r, title: R, summary: Why., source: { id: s, section: One }, actions: [Act.] }
sections:
  - id: one
    title: "One {q0}"
    intro: "Before \${q0} and {q0}"
    questions:
      - { id: q0, type: single, prompt: First?, recommendation: r, source: { id: s, section: One },
          options: [{ value: "yes", label: "Yes", score: 1 }, { value: "no", label: "No", score: 0 }] }
      - { id: q1, type: single, prompt: "Did {q0} change, and \${q0}?", help: "See {q0}.", recommendation: r, source: { id: s, section: One },
          options: [{ value: "yes", label: "Yes, {q0}", score: 1 }, { value: "no", label: "No, \${q0}", score: 0 }] }
`;

/** What a reader sees: the word joiner the export puts in is invisible. */
const seen = (text: string) => text.replace(/\u2060/g, '');

let dir: string;
beforeAll(() => {
  dir = tempDir('export-braces');
  writeFileSync(join(dir, 'braces.yaml'), BANK);
});

describe('SurveyJS', () => {
  test('shows {q0} in a title, a description or a choice as written, not the answer to q0', async () => {
    const out = join(dir, 'form.json');
    expect((await runInProcess(['export', join(dir, 'braces.yaml'), '--to', 'surveyjs', '--out', out])).code).toBe(0);
    const survey = new Model(JSON.parse(readFileSync(out, 'utf8')));
    survey.setValue('q0', 'yes');
    const q1 = survey.getQuestionByName('q1');
    expect(seen(q1.locTitle.renderedHtml)).toBe('Did {q0} change, and ${q0}?');
    expect(seen(q1.locDescription.renderedHtml)).toBe('See {q0}.');
    expect(q1.choices.map((c: { locText: { renderedHtml: string } }) => seen(c.locText.renderedHtml))).toEqual(['Yes, {q0}', 'No, ${q0}']);
    expect(seen(survey.locTitle.renderedHtml)).toBe('Braces {q0}');
  });
});

describe('XLSForm', () => {
  test('holds no ${name} in a label, hint or choice, and reads as written', async () => {
    const out = join(dir, 'form.xlsx');
    expect((await runInProcess(['export', join(dir, 'braces.yaml'), '--to', 'xlsform', '--out', out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const labelled = texts.filter((t) => t.includes('q0') && !/^q0$|selected|\$\{q0\} =/.test(t));
    expect(labelled.filter((t) => t.includes('${'))).toEqual([]);
    expect(labelled.map(seen)).toEqual(expect.arrayContaining(['Before ${q0} and {q0}', 'Did {q0} change, and ${q0}?', 'No, ${q0}']));
  });
});
