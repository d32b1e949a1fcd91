import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const BANK = 'test/fixtures/banks/example.yaml';

describe('ce-plan template', () => {
  test('prints a blank answer file with every question, its type, options and condition', async () => {
    const result = await runInProcess(['template', BANK]);
    expect(result.code).toBe(0);
    const doc = parseDocument(result.stdout);
    expect(doc.errors).toEqual([]);
    const data = doc.toJS() as { bank: string; answers: Record<string, unknown> };
    expect(data.bank).toBe('example');
    expect(Object.keys(data.answers)).toEqual(['definition-written', 'definition-shared', 'methods-used', 'methods-fit', 'hours', 'little-scope']);
    expect(Object.values(data.answers).every((v) => v === null)).toBe(true);
    expect(result.stdout).toContain('  # Answer: one of: yes = Yes | partly = Partly | no = No\n  definition-written:\n');
    expect(result.stdout).toContain('  # Only asked if definition-written is yes or partly\n  definition-shared:\n');
    expect(result.stdout).toContain('(none only on its own)');
    // Who answered, ready to uncomment: the filled-in respondent is valid for the schema.
    const filled = result.stdout.replace('# respondent:', 'respondent:').replace('#   name: ""', '  name: Alex').replace('#   role: ""', '  role: Chair');
    expect((parseDocument(filled).toJS() as { respondent: unknown }).respondent).toEqual({ name: 'Alex', role: 'Chair' });
  });

  test("its modeline names the package's answers schema by its file URL, so it resolves wherever the output is saved", async () => {
    const result = await runInProcess(['template', BANK]);
    const match = /^# yaml-language-server: \$schema=(file:\/\/\S+)\n/.exec(result.stdout);
    expect(match).not.toBeNull();
    const schema = fileURLToPath(match![1]!);
    expect(schema).toBe(fileURLToPath(new URL('../schema/answers.schema.json', import.meta.url)));
    expect(existsSync(schema)).toBe(true);
  });

  test('--lang cy,en words the file in Welsh and says lang: [cy, en], so its reports are bilingual, Welsh first (issue 26)', async () => {
    const result = await runInProcess(['template', 'quick-check', '--lang', 'cy,en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Atebion i "Gwiriad cyflym ymgysylltu â\'r gymuned"');
    expect(result.stdout).toContain('lang: [cy, en]  #');
    expect(result.stdout).toContain('# Ydy eich arweinwyr yn gweld gwaith gyda thrigolion');
    const data = parseDocument(result.stdout).toJS() as { lang: unknown; answers: Record<string, unknown> };
    expect(data.lang).toEqual(['cy', 'en']);
  });

  test('an unknown bank is a usage error that lists the built-in ones', async () => {
    const result = await runInProcess(['template', 'no-such-bank']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no built-in bank "no-such-bank"; the built-in banks are/);
  });

  test('a broken bank is reported with its findings, exit 1', async () => {
    const result = await runInProcess(['template', 'test/fixtures/broken-banks/band-start.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/band-start\.yaml\n {2}8:33 +error +band-start/);
    expect(result.stdout).toBe('');
  });
});

describe('a prompt with a line break of its own', () => {
  const bankWith = (prompt: string) => {
    const bank = join(tempDir('template'), 'bank.yaml');
    writeFileSync(bank, readFileSync(BANK, 'utf8').replace(/prompt: Have you written down[^\n]*/, `prompt: ${JSON.stringify(prompt)}`));
    return bank;
  };

  test('stays inside its comment: a newline cannot write YAML into the template', async () => {
    const result = await runInProcess(['template', bankWith('Have you written it down?\ninjected: true\n#')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split(/\r\n?|\n/);
    expect(lines.filter((line) => line.includes('injected'))).toEqual(['  # injected: true']);
    expect(parseDocument(result.stdout).toJS()).not.toHaveProperty('injected');
  });

  test('a carriage return, which YAML 1.2 readers also end a line at, is refused in the bank', async () => {
    const result = await runInProcess(['template', bankWith('Have you written it down?\rinjected: true\n#')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/invalid-value +"prompt" must not hold control characters/);
    expect(result.stdout).toBe('');
  });
});
