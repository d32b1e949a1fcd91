// One name for an organisation's files, wherever ce-plan names one: import's answer files and
// --combine's reports take it from the same function, cut on whole characters, never a Windows device
// name, and no two inputs of one run ever share one output.
import { describe, expect, test } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { organisationFileName } from '../src/format/file-name.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const MUST_DO = 'Do your leaders see work with residents as a "must do", not an extra?';

describe('organisationFileName', () => {
  test('is whole characters, letters, digits and "-" only, at most 60 characters, and never a device name', () => {
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }),
        (name, area) => {
          const stem = organisationFileName({ name, area }, 'organisation');
          // No lone surrogate: every UTF-16 half has its other half.
          expect(stem).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          expect(stem).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
          expect([...graphemes.segment(stem)].length).toBeLessThanOrEqual(66);
          expect(stem).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)$/);
        },
      ),
    );
  });

  test('reads an accented name and area alike wherever it is used, and leaves out an area the name holds', () => {
    expect(organisationFileName({ name: 'Café Noël', area: 'Zürich' }, 'organisation')).toBe('cafe-noel-zurich');
    expect(organisationFileName({ name: 'Northfield CSG', area: 'Northfield' }, 'organisation')).toBe('northfield-csg');
    expect(organisationFileName({ name: 'CON', area: '' }, 'organisation')).toBe('con-group');
    expect(organisationFileName({ name: '---' }, 'response')).toBe('response');
  });
});

describe('the commands', () => {
  test('import and --combine name "Café Noël" in "Zürich" alike', async () => {
    const dir = tempDir('file-names');
    writeFileSync(
      join(dir, 'responses.csv'),
      stringify([
        ['Organisation', 'Area', MUST_DO],
        ['Café Noël', 'Zürich', 'Yes'],
        ['Café Noël', 'Zürich', 'No'],
      ]),
    );
    const imported = await runInProcess(['import', join(dir, 'responses.csv'), '--bank', 'quick-check', '--out-dir', join(dir, 'answers')]);
    expect(imported.code).toBe(0);
    expect(readdirSync(join(dir, 'answers')).sort()).toEqual(['cafe-noel-zurich-2.yaml', 'cafe-noel-zurich.yaml']);
    const combined = await runInProcess(['assess', join(dir, 'answers'), '--combine', '--out-dir', join(dir, 'reports')]);
    expect(combined.code).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['cafe-noel-zurich.md']);
  });

  test('two names that differ only past the 60th character, outside the Basic Multilingual Plane, get two files, with --force too', async () => {
    const dir = tempDir('file-names');
    // U+20000 and U+24000 are letters whose first UTF-16 halves differ: cut at 60 UTF-16 units, both ended in U+FFFD on disk.
    const names = [`${'x'.repeat(59)}\u{20000}`, `${'x'.repeat(59)}\u{24000}`];
    writeFileSync(join(dir, 'responses.csv'), stringify([['Organisation', MUST_DO], ...names.map((n) => [n, 'Yes'])]));
    const run = await runInProcess(['import', join(dir, 'responses.csv'), '--bank', 'quick-check', '--out-dir', join(dir, 'answers'), '--force']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    const files = readdirSync(join(dir, 'answers'));
    expect(files).toHaveLength(2);
    expect(files.map((f) => readFileSync(join(dir, 'answers', f), 'utf8').match(/name: (.*)/)?.[1]).sort()).toEqual([...names].sort());
  });

  test('a combined organisation named for a Windows device gets a name Windows allows', async () => {
    const dir = tempDir('file-names');
    for (const [file, role] of [
      ['a.yaml', 'Chair'],
      ['b.yaml', 'Officer'],
    ] as const) {
      writeFileSync(join(dir, file), `bank: quick-check\norganisation: { name: CON }\nrespondent: { role: ${role} }\nanswers: { must-do: yes }\n`);
    }
    const run = await runInProcess(['assess', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--combine', '--out-dir', join(dir, 'reports')]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['con-group.md']);
  });
});
