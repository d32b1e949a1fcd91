import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bank } from '../src/core/schema.js';
import type { Answer } from '../src/core/visibility.js';
import { ANSWERS_SCHEMA_LINE, answerFileText, writeAnswerFile } from '../src/io/answer-file-writer.js';
import { loadAnswerFile } from '../src/pipeline/answer-shape.js';
import { loadBank } from '../src/pipeline/load-bank.js';

let bank: Bank;
let dir: string;
beforeAll(async () => {
  bank = (await loadBank('test/fixtures/banks/example.yaml')).bank;
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-writer-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const answers = new Map<string, Answer>([
  ['little-scope', 'Parking: "enforcement" | tickets\nand #hashtags: yes'],
  ['methods-used', ['meetings', 'street-surgery']],
  ['definition-written', 'no'],
  ['definition-shared', 4], // hidden by the "no": kept, not lost
  ['hours', 12.5],
]);

test('the written file loads back with every answer and the organisation, in the §3 format', async () => {
  const file = join(dir, 'answers.yaml');
  await writeAnswerFile(file, { bank, organisation: { name: 'Northfield: CSG', area: 'North', date: '2026-11-20' }, answers });
  const loaded = await loadAnswerFile(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.value.content).toEqual({
    bank: 'example',
    bank_version: '1.0.0',
    organisation: { name: 'Northfield: CSG', area: 'North', date: '2026-11-20' },
    answers: Object.fromEntries(answers),
  });
  const text = await readFile(file, 'utf8');
  expect(text.split('\n')[0]).toBe(ANSWERS_SCHEMA_LINE);
});

test('answers follow the bank order, lists are on one line, and yes/no words are quoted for YAML 1.1 readers', () => {
  const text = answerFileText({ bank, organisation: { name: 'N' }, answers });
  const keys = [...text.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]);
  expect(keys.slice(1)).toEqual(['definition-written', 'definition-shared', 'methods-used', 'hours', 'little-scope']);
  expect(text).toContain('definition-written: "no"\n');
  expect(text).toContain('methods-used: [ meetings, street-surgery ]\n');
  expect(text.endsWith('\n')).toBe(true);
});

test('answers to questions the bank does not have are kept after the rest', () => {
  const text = answerFileText({
    bank,
    organisation: { name: 'N' },
    answers: new Map<string, Answer>([
      ['old-question', 'yes'],
      ['hours', 3],
    ]),
  });
  expect(text.indexOf('hours: 3')).toBeLessThan(text.indexOf('old-question: "yes"'));
});
