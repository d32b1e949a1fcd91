// Issue 26: findings in Welsh. `--lang cy` words every finding about an answer file or a bank in Welsh, at
// the same line and column, under the same rule id, as the English; the first language of `--lang` decides
// it, never an answer file's own `lang:` (a batch mixes files of several languages, read by one person).
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = readFileSync('test/fixtures/answers/northfield.yaml', 'utf8');

/** An answer file with a finding of each kind: a key the schema does not know, an option the question lacks, an answer to no question, a type. */
const BROKEN = NORTHFIELD.replace('  area: Northfield\n', '  area: Northfield\n  areaa: typo\n')
  .replace('definition-written: partly', 'definition-written: mostly')
  .replace('methods-fit: "yes"', 'methods-fit: "yes"\n  no-such-question: 3');

/** Each finding of stylish output: its place, severity, rule and message. */
function findings(stderr: string): { at: string; severity: string; rule: string; message: string }[] {
  return [...stderr.matchAll(/^ {2}(\d+:\d+) +(\S+) +(\S+) +(.+)$/gm)].map(([, at, severity, rule, message]) => ({
    at: at!,
    severity: severity!,
    rule: rule!,
    message: message!,
  }));
}

async function assess(text: string, ...flags: string[]) {
  const dir = tempDir('findings-welsh');
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, text);
  const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out'), ...flags]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  return run;
}

describe('an answer file assessed with --lang cy', () => {
  it('has its findings in Welsh, each at the same line and column, under the same rule, as in English', async () => {
    const english = await assess(BROKEN);
    const welsh = await assess(BROKEN, '--lang', 'cy');
    expect([english.code, welsh.code]).toEqual([1, 1]);
    const [inEnglish, inWelsh] = [findings(english.stderr), findings(welsh.stderr)];
    expect(inEnglish.length).toBeGreaterThan(0);
    expect(inWelsh.map(({ at, rule }) => ({ at, rule }))).toEqual(inEnglish.map(({ at, rule }) => ({ at, rule })));
    expect(inWelsh.map((f) => f.severity)).toEqual(inEnglish.map((f) => (f.severity === 'error' ? 'gwall' : 'rhybudd')));
    for (const [i, finding] of inWelsh.entries()) expect(finding.message).not.toBe(inEnglish[i]!.message);
    expect(inEnglish.map((f) => f.message)).toContain('unknown key "areaa"; did you mean "area"?');
    expect(inWelsh.map((f) => f.message)).toContain('allwedd anhysbys "areaa"; ai "area" oedd dan sylw?');
    // The summary line counts in Welsh too.
    expect(welsh.stderr).toContain("✖ 1 problem (1 gwall, 0 rhybudd) mewn 1 ffeil wedi'i gwirio");
  });

  it('words an answer that does not fit its question, and one to no question, in Welsh', async () => {
    const text = NORTHFIELD.replace('definition-written: partly', 'definition-written: mostly').replace(
      'methods-fit: "yes"',
      'methods-fit: "yes"\n  no-such-question: 3',
    );
    const welsh = findings((await assess(text, '--lang', 'cy')).stderr);
    const english = findings((await assess(text)).stderr);
    expect(welsh.map(({ at, rule }) => ({ at, rule }))).toEqual(english.map(({ at, rule }) => ({ at, rule })));
    expect(welsh.find((f) => f.rule === 'invalid-answer')!.message).toMatch(/^"definition-written": nid yw hwn yn opsiwn: y testun "mostly"; dewiswch un o /);
    expect(welsh.find((f) => f.rule === 'unknown-question')!.message).toBe('nid oes cwestiwn "no-such-question" yn y banc "example"');
  });

  it('words a YAML syntax error in Welsh, at the same place', async () => {
    const text = NORTHFIELD.replace('  hours: 120\n', '  hours: [120\n');
    const [english, welsh] = [findings((await assess(text)).stderr), findings((await assess(text, '--lang', 'cy')).stderr)];
    expect(welsh.map(({ at, rule }) => ({ at, rule }))).toEqual(english.map(({ at, rule }) => ({ at, rule })));
    expect(welsh[0]!.rule).toBe('yaml-syntax');
    expect(welsh[0]!.message).toContain("nid yw'n YAML dilys (");
  });

  it("follows the first language of --lang, never the file's own lang:", async () => {
    const saysWelsh = BROKEN.replace('answers:\n', 'lang: cy\nanswers:\n');
    expect(findings((await assess(saysWelsh)).stderr).map((f) => f.severity)).toContain('error');
    expect((await assess(saysWelsh)).stderr).toContain('unknown key "areaa"');
    expect((await assess(BROKEN, '--lang', 'cy,en')).stderr).toContain('allwedd anhysbys "areaa"');
    expect((await assess(saysWelsh, '--lang', 'en,cy')).stderr).toContain('unknown key "areaa"');
  });

  it('words them in Welsh on the worker threads of a large batch too', async () => {
    const dir = tempDir('findings-welsh-batch');
    const files = Array.from({ length: 64 }, (_, i) => join(dir, `group-${i}.yaml`));
    for (const file of files) writeFileSync(file, NORTHFIELD.replace('methods-fit: "yes"', 'methods-fit: "yes"\n  no-such-question: 3'));
    const run = await runInProcess(['assess', ...files, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out'), '--lang', 'cy']);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(run.stderr.split('nid oes cwestiwn "no-such-question" yn y banc "example"').length - 1).toBe(64);
    expect(run.stderr).not.toContain('no question "no-such-question"');
  });
});

describe('ce-plan lint --lang cy', () => {
  const BROKEN_BANKS = ['test/fixtures/broken-banks/band-order.yaml', 'test/fixtures/broken-banks/duplicate-id.yaml'];

  it('gives each finding in Welsh, at the same place and under the same rule id (stylish)', async () => {
    const english = await runInProcess(['lint', ...BROKEN_BANKS]);
    const welsh = await runInProcess(['lint', ...BROKEN_BANKS, '--lang', 'cy']);
    expect([english.code, welsh.code]).toEqual([1, 1]);
    const [inEnglish, inWelsh] = [findings(english.stdout), findings(welsh.stdout)];
    expect(inWelsh.map(({ at, rule }) => ({ at, rule }))).toEqual(inEnglish.map(({ at, rule }) => ({ at, rule })));
    expect(inWelsh.map((f) => f.rule)).toEqual(expect.arrayContaining(['band-order', 'duplicate-id']));
    expect(inWelsh.find((f) => f.rule === 'band-order')!.message).toBe(
      'mae\'r band "mid" yn dechrau ar 30, ond rhaid iddo ddechrau uwchlaw "high" (50); rhestrwch fandiau ag isafsymiau sy\'n codi',
    );
    expect(inWelsh.find((f) => f.rule === 'duplicate-id')!.message).toMatch(
      /^id cwestiwn dyblyg "q1" \(defnyddiwyd gyntaf ar linell \d+\); rhaid i ids fod yn unigryw$/,
    );
    expect(welsh.stdout).toContain("✖ 2 broblem (2 wall, 0 rhybudd) mewn 2 ffeil wedi'u gwirio\n");
  });

  it('gives them in Welsh as GitHub annotations, the rule ids as they are', async () => {
    const welsh = await runInProcess(['lint', BROKEN_BANKS[0]!, '--format', 'github', '--lang', 'cy']);
    const english = await runInProcess(['lint', BROKEN_BANKS[0]!, '--format', 'github']);
    const places = (out: string) => [...out.matchAll(/^::(\w+) (file=[^:]+)::/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(places(welsh.stdout)).toEqual(places(english.stdout));
    expect(welsh.stdout).toContain(
      '::error file=test/fixtures/broken-banks/band-order.yaml,line=10,col=36,title=ce-plan band-order::mae\'r band "mid" yn dechrau ar 30',
    );
  });

  it('says so in Welsh when there is nothing to fix, and in JSON keeps the rule ids', async () => {
    const clean = await runInProcess(['lint', 'questionnaires/quick-check.yaml', '--lang', 'cy']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe("✔ 1 ffeil wedi'i gwirio, dim problemau\n");
    const json = JSON.parse((await runInProcess(['lint', BROKEN_BANKS[0]!, '--format', 'json', '--lang', 'cy'])).stdout) as { rule: string; message: string }[];
    expect(json.map((f) => f.rule)).toContain('band-order');
    expect(json.find((f) => f.rule === 'band-order')!.message).toContain('rhestrwch fandiau');
  });
});

describe('compare --tracker --lang cy', () => {
  const BEFORE = 'test/fixtures/tracker/northfield-2026-02.yaml';
  const AFTER = 'test/fixtures/answers/northfield.yaml';
  const EDITED = 'test/fixtures/tracker/edited.csv';

  it("words the tracker's findings in Welsh, at the same cells as in English", async () => {
    const english = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', EDITED]);
    const welsh = await runInProcess(['compare', BEFORE, AFTER, '--bank', EXAMPLE_BANK, '--tracker', EDITED, '--lang', 'cy']);
    expect(welsh.stderr).not.toMatch(STACK_TRACE);
    expect(welsh.code).toBe(english.code);
    const [inEnglish, inWelsh] = [findings(english.stderr), findings(welsh.stderr)];
    expect(inEnglish.length).toBeGreaterThan(0);
    expect(inWelsh.map(({ at, rule }) => ({ at, rule }))).toEqual(inEnglish.map(({ at, rule }) => ({ at, rule })));
    expect(inEnglish.find((f) => f.rule === 'tracker-status')!.message).toMatch(/^CSV, cell A4: "Finished" is not a status; choose one of /);
    expect(inWelsh.find((f) => f.rule === 'tracker-status')!.message).toMatch(/^CSV, cell A4: nid yw "Finished" yn statws; dewiswch un o /);
  });
});
