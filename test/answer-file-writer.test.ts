import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bank } from '../src/core/schema.js';
import type { Answer } from '../src/core/visibility.js';
import { answerFileText, writeAnswerFile } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { loadAnswerFile } from '../src/pipeline/answer-shape.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { en } from '../src/core/words/en.js';

let bank: Bank;
let dir: string;
beforeAll(async () => {
  bank = (await loadBank('test/fixtures/banks/example.yaml', 'en')).bank;
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
  const loaded = await loadAnswerFile(file, en);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.value.content).toEqual({
    bank: 'example',
    bank_version: '1.0.0',
    organisation: { name: 'Northfield: CSG', area: 'North', date: '2026-11-20' },
    answers: Object.fromEntries(answers),
  });
});

/** The package's own schema, as a file in this checkout. */
const SCHEMA = fileURLToPath(new URL('../schema/answers.schema.json', import.meta.url));

/**
 * The file a modeline names, resolved as yaml-language-server does: the first `$schema=` up to a space;
 * a file URL as it is, an absolute path as it is, any other path from the answer file's folder.
 */
function schemaOf(file: string, text: string): string {
  const line = text.split('\n')[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(line);
  if (!match) throw new Error(`no modeline: ${line}`);
  const reference = match[1]!;
  if (reference.startsWith('file:')) return fileURLToPath(reference);
  return isAbsolute(reference) ? reference : resolve(dirname(file), reference);
}

test.each([
  ['a folder elsewhere', ['groups', '2026', 'north']],
  ['a folder whose name has a space', ['my groups']],
  ['the temp folder itself', []],
])("the modeline of a written answer file resolves to the package's schema, from %s", async (_, folders) => {
  const folder = join(dir, ...folders);
  const file = join(folder, 'northfield.yaml');
  await mkdir(folder, { recursive: true });
  await writeAnswerFile(file, { bank, organisation: { name: 'N' }, answers });
  const schema = schemaOf(file, await readFile(file, 'utf8'));
  expect(schema).toBe(SCHEMA);
  expect(existsSync(schema)).toBe(true);
  // A path from the file where one can be written, so the file keeps working when the project moves.
  if (!/\s/.test(folder)) expect((await readFile(file, 'utf8')).split('\n')[0]).toMatch(/\$schema=(\.\.\/)+.*schema\/answers\.schema\.json$/);
});

test("a modeline for a file whose folder is not known is the schema's file URL, which resolves from anywhere", () => {
  const reference = answersSchemaReference();
  expect(reference).toMatch(/^file:\/\/\S+$/);
  expect(fileURLToPath(reference)).toBe(SCHEMA);
});

test('answers follow the bank order, lists are on one line, and yes/no words are quoted for YAML 1.1 readers', () => {
  const text = answerFileText({ bank, organisation: { name: 'N' }, answers }, 'schema.json');
  const keys = [...text.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]);
  expect(keys.slice(1)).toEqual(['definition-written', 'definition-shared', 'methods-used', 'hours', 'little-scope']);
  expect(text).toContain('definition-written: "no"\n');
  expect(text).toContain('methods-used: [ meetings, street-surgery ]\n');
  expect(text.endsWith('\n')).toBe(true);
});

test('answers to questions the bank does not have are kept after the rest', () => {
  const text = answerFileText(
    {
      bank,
      organisation: { name: 'N' },
      answers: new Map<string, Answer>([
        ['old-question', 'yes'],
        ['hours', 3],
      ]),
    },
    'schema.json',
  );
  expect(text.indexOf('hours: 3')).toBeLessThan(text.indexOf('old-question: "yes"'));
});
