// `npm run bench [-- --files N --bank ID]`: times `ce-plan assess` on N generated answer files against a
// floor (one thread that only reads, parses with the same yaml and writes each file once), side by side,
// and reports peak memory of assess at 1,000 and 10,000 files. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { shownQuestions } from '../dist/core/visibility.js';
import { loadBank } from '../dist/io/load-bank.js';

const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' }, bank: { type: 'string', default: 'ce-readiness' } } });
const count = Number(values.files);
const root = mkdtempSync(join(tmpdir(), 'ce-plan-bench-'));
const { bank } = await loadBank(values.bank);

// A small deterministic generator, so every run assesses the same files.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

function answer(question) {
  switch (question.type) {
    case 'single':
      return pick(question.options).value;
    case 'multi': {
      const plain = question.options.filter((o) => !o.exclusive);
      const chosen = plain.filter(() => random() < 0.5).map((o) => o.value);
      const none = question.options.find((o) => o.exclusive);
      return chosen.length > 0 ? chosen : [(none ?? plain[0]).value];
    }
    case 'scale':
      return question.scale.min + Math.floor(random() * (question.scale.max - question.scale.min + 1));
    case 'number':
      return Math.floor(random() * 100);
    case 'text':
      return 'We would explain plainly what can change this year and what cannot, and why.';
  }
}

function generate(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const answers = new Map();
    for (let next = shownQuestions(bank, answers).find((p) => !answers.has(p.question.id)); next; next = shownQuestions(bank, answers).find((p) => !answers.has(p.question.id))) {
      if (random() < 0.95) answers.set(next.question.id, answer(next.question));
      else answers.set(next.question.id, undefined); // left unanswered
    }
    const file = {
      bank: bank.id,
      bank_version: bank.version,
      organisation: { name: `Group ${i}`, area: `Area ${i % 50}`, date: '2026-11-20' },
      answers: Object.fromEntries([...answers].filter(([, v]) => v !== undefined)),
    };
    writeFileSync(join(dir, `group-${String(i).padStart(5, '0')}.yaml`), stringify(file));
  }
}

const floorScript = `
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
const [dir, out] = process.argv.slice(1);
mkdirSync(out, { recursive: true });
for (const name of readdirSync(dir)) {
  const data = parseDocument(readFileSync(join(dir, name), 'utf8')).toJS();
  writeFileSync(join(out, name + '.json'), JSON.stringify(data));
}
console.error(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
`;
const assessScript = `
import { main } from './dist/cli/main.js';
const code = await main(process.argv.slice(1), { stdout: { write() { return true; } }, stderr: process.stderr, stdin: process.stdin, env: { NO_COLOR: '1' } });
if (code !== 0) process.exitCode = code;
console.error(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
`;

function timed(label, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${label} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const { maxRssKb } = JSON.parse(run.stderr.trim().split('\n').at(-1));
  return { ms, mb: maxRssKb / 1024 };
}

const assess = (dir, out) => timed('assess', ['--input-type=module', '-e', assessScript, 'assess', dir, '--out-dir', out, '--force']);
const floor = (dir, out) => timed('floor', ['--input-type=module', '-e', floorScript, dir, out]);

try {
  console.log(`ce-plan bench: bank ${bank.id} ${bank.version}, Node ${process.version}, ${count} answer files`);
  const dir = join(root, 'main');
  generate(dir, count);
  const f = floor(dir, join(root, 'floor-out'));
  const a = assess(dir, join(root, 'assess-out'));
  console.log(`| run | wall time | peak memory |`);
  console.log(`| --- | ---: | ---: |`);
  console.log(`| floor (read + parse + write, one thread) | ${f.ms.toFixed(0)} ms | ${f.mb.toFixed(0)} MB |`);
  console.log(`| ce-plan assess | ${a.ms.toFixed(0)} ms | ${a.mb.toFixed(0)} MB |`);
  console.log(`ratio assess / floor: ${(a.ms / f.ms).toFixed(2)}`);

  for (const n of [1000, 10000]) {
    const sized = join(root, `n${n}`);
    generate(sized, n);
    const run = assess(sized, join(root, `n${n}-out`));
    console.log(`peak memory of assess at ${n} files: ${run.mb.toFixed(0)} MB (${run.ms.toFixed(0)} ms)`);
    rmSync(sized, { recursive: true, force: true });
    rmSync(join(root, `n${n}-out`), { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
