// `ce-plan verify` (issue 28, item 11): a report names what it was made from, each answer file and the
// bank by its SHA-256, and verify says whether they still give exactly that report.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textHash } from '../src/io/text-hash.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const MIDDLING = 'test/fixtures/reports/middling.yaml';
const PARTNERSHIP = 'test/fixtures/reports/partnership';
const EXAMPLE = 'test/fixtures/banks/example.yaml';

const dir = tempDir('verify');

async function reportOf(name: string, inputs: string[], ...flags: string[]) {
  const out = join(dir, name);
  expect(await runInProcess(['assess', ...inputs, '--format', 'json', '--out-dir', out, ...flags])).toMatchObject({ code: 0 });
  const [json] = readdirSync(out).filter((f) => f.endsWith('.json'));
  return join(out, json!);
}

describe('ce-plan verify', () => {
  it('names the bank and each answer file by SHA-256 in the report, as sha256sum gives it', async () => {
    const report = JSON.parse(readFileSync(await reportOf('hashes', [MIDDLING]), 'utf8')) as {
      provenance: { tool: string; bank: { sha256: string }; answers: { file: string; sha256: string }[] };
    };
    expect(report.provenance.tool).toMatch(/^ce-plan \d+\.\d+\.\d+/);
    expect(report.provenance.bank.sha256).toBe(textHash(readFileSync('questionnaires/ce-readiness.yaml', 'utf8')));
    expect(report.provenance.answers).toEqual([{ file: MIDDLING, sha256: textHash(readFileSync(MIDDLING, 'utf8')) }]);
  });

  it('says a report follows from its answer file and bank, whatever the file is called now', async () => {
    const report = await reportOf('same', [MIDDLING]);
    const renamed = join(dir, 'renamed.yaml');
    copyFileSync(MIDDLING, renamed);
    const result = await runInProcess(['verify', report, renamed]);
    expect(result.stdout).toMatch(/^✔ .*same\/middling\.json follows from its answer file and its bank: every number matches\.\n$/);
    expect(result.code).toBe(0);
  });

  it('says which answer file is not the one the report was made from', async () => {
    const report = await reportOf('changed', [MIDDLING]);
    const changed = join(dir, 'changed.yaml');
    writeFileSync(changed, readFileSync(MIDDLING, 'utf8').replace('role-fit: no', 'role-fit: partly'));
    const result = await runInProcess(['verify', report, changed]);
    expect(result.stdout).toContain('the files given are not the ones it was made from');
    expect(result.stdout).toContain(`${MIDDLING}: no file given has this SHA-256`);
    expect(result.code).toBe(1);
  });

  it('names each number that no longer follows, when the report itself was edited', async () => {
    const report = await reportOf('edited', [MIDDLING]);
    const data = JSON.parse(readFileSync(report, 'utf8')) as { overall: { score: number } };
    data.overall.score = 90;
    writeFileSync(report, JSON.stringify(data, null, 2));
    const result = await runInProcess(['verify', report, MIDDLING]);
    expect(result.stdout).toMatch(/overall\.score: 90 in the report, 60\.\d+ now/);
    expect(result.code).toBe(1);
  });

  it('says when the bank the report was made with has changed since', async () => {
    const bank = join(dir, 'bank.yaml');
    copyFileSync(EXAMPLE, bank);
    const report = await reportOf('bank', ['test/fixtures/answers/northfield.yaml'], '--bank', bank);
    writeFileSync(bank, readFileSync(EXAMPLE, 'utf8').replace('Most of what the guidance asks for is in place.', 'Most of it is in place.'));
    const result = await runInProcess(['verify', report, 'test/fixtures/answers/northfield.yaml', '--bank', bank]);
    expect(result.stdout).toContain('the bank example has changed since');
    expect(result.code).toBe(1);
  });

  it('checks a combined report against every respondent, and refuses one left out', async () => {
    const files = readdirSync(PARTNERSHIP).map((f) => join(PARTNERSHIP, f));
    const report = await reportOf('combined', [PARTNERSHIP], '--combine');
    expect((await runInProcess(['verify', report, ...files])).code).toBe(0);
    const short = await runInProcess(['verify', report, ...files.slice(1)]);
    expect(short.stdout).toContain(`${files[0]}: no file given has this SHA-256`);
    expect(short.code).toBe(1);
  });

  it('checks a report made from a row of a form export', async () => {
    const out = join(dir, 'form');
    expect(
      await runInProcess(['assess', 'test/fixtures/forms/google-forms.csv', '--bank', 'ce-readiness', '--format', 'json', '--out-dir', out]),
    ).toMatchObject({ code: 0 });
    const [first] = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect((await runInProcess(['verify', join(out, first!), 'test/fixtures/forms/google-forms.csv'])).code).toBe(0);
  });

  it('refuses what is not a JSON report, with exit 2 and no stack trace', async () => {
    const result = await runInProcess(['verify', MIDDLING, MIDDLING]);
    expect(result.stderr).toContain('is not JSON: give the report assess --format json wrote');
    expect(result.code).toBe(2);
    const noProvenance = join(dir, 'old.json');
    writeFileSync(noProvenance, '{"schemaVersion": 2}');
    expect((await runInProcess(['verify', noProvenance, MIDDLING])).stderr).toContain('is not a ce-plan JSON report that names what it was made from');
  });
});
