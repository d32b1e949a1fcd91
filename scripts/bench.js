// `npm run bench [-- --files N --bank ID --rounds R --format F --combine --baseline DIR --import-rows M]`:
// times `ce-plan assess` (with `--combine`, as one organisation per six answer files) on N generated
// answer files against a floor (one thread that only reads, parses with the same yaml and writes each
// file once), and reports peak memory of assess at 1,000 and 10,000 files. `--baseline DIR` also times
// the build in DIR (another checkout, built), side by side in the same rounds. Then it times `ce-plan
// import` of a generated form export of M rows (default 5,000; 0 skips it) against its own floor: one
// thread that reads the file, parses it with the same CSV library and writes each row once; and `assess`
// of that export side by side with `assess` of M answer files, as the same pipeline takes both. Run
// `npm run build` first.
//
// Wall times on a shared machine drift by tens of per cent from one minute to the next, so the two
// alternate over several rounds and the ratio is the median of the rounds' ratios. Each run starts from
// a synced disk and writes into a folder of its own; nothing is deleted until the bench ends. Deleting
// thousands of files makes creating files slow for about a minute after on some file systems (ext4
// without a journal, as here, scans past every recently freed inode for each new file), and a run that
// paid for that would time the bench, not ce-plan. assess runs as a user would, without --force, so it
// times the no-overwrite path. A first, uncounted round is run so that no counted run is the first to
// read the inputs or start Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as csvLine } from 'csv-stringify/sync';
import { stringify } from 'yaml';
import { median as medianOfSorted } from '../dist/core/cohort.js';
import { shownQuestions } from '../dist/core/visibility.js';
import { loadBank } from '../dist/pipeline/load-bank.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '5000' },
    bank: { type: 'string', default: 'ce-readiness' },
    rounds: { type: 'string', default: '3' },
    format: { type: 'string', default: 'md' },
    baseline: { type: 'string' },
    combine: { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '5000' },
  },
});
const count = Number(values.files);
const rounds = Number(values.rounds);
const importRows = Number(values['import-rows']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(importRows) || importRows < 0) {
  console.error(
    'usage: npm run bench [-- --files N --bank ID --rounds R --format F --combine --baseline DIR --import-rows M], with N and R whole numbers from 1, M from 0',
  );
  process.exit(2);
}
const root = mkdtempSync(join(tmpdir(), 'ce-plan-bench-'));
// The runs' folders add up to about a gigabyte, so Ctrl-C must not leave them behind: it stops the bench
// at the next step (a run in progress gets it too, and stops), and the \`finally\` at the end cleans up.
let interrupted = false;
process.on('SIGINT', () => (interrupted = true));
class Interrupted extends Error {}

/** Lets a pending Ctrl-C be seen: the bench is otherwise synchronous, and signals wait for the event loop. */
async function stopIfInterrupted() {
  await new Promise((resolve) => setImmediate(resolve));
  if (interrupted) throw new Interrupted();
}
const { bank } = await loadBank(values.bank);

// A small deterministic generator, so every run assesses the same files.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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

/** One respondent's answers, following the skip logic, a few left unanswered. */
function answerSet() {
  const answers = new Map();
  for (
    let next = shownQuestions(bank, answers).find((p) => !answers.has(p.question.id));
    next;
    next = shownQuestions(bank, answers).find((p) => !answers.has(p.question.id))
  ) {
    if (random() < 0.95) answers.set(next.question.id, answer(next.question));
    else answers.set(next.question.id, undefined); // left unanswered
  }
  return answers;
}

async function generate(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    if (i % 500 === 0) await stopIfInterrupted();
    const answers = answerSet();
    const file = {
      bank: bank.id,
      bank_version: bank.version,
      organisation: {
        name: `Group ${values.combine ? Math.floor(i / 6) : i}`,
        area: `Area ${values.combine ? Math.floor(i / 6) % 50 : i % 50}`,
        date: '2026-11-20',
      },
      ...(values.combine ? { respondent: { role: `Role ${i % 6}` } } : {}),
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
const usage = process.resourceUsage();
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
`;
// The same for this build and a baseline: fields an older build does not know are ignored by it.
const assessScript = `
import { Writable } from 'node:stream';
import { main } from './dist/cli/main.js';
const io = {
  stdout: new Writable({ write(chunk, encoding, done) { done(); } }), stderr: process.stderr, stdin: process.stdin, env: { NO_COLOR: '1' },
  cwd: process.cwd(), pid: process.pid,
  onSignals(signals, handler) { for (const s of signals) process.on(s, handler); return () => { for (const s of signals) process.off(s, handler); }; },
};
const code = await main(process.argv.slice(1), io);
if (code !== 0) process.exitCode = code;
const usage = process.resourceUsage();
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
`;

/** Flushes what earlier runs wrote, so no run pays for another's writes. */
function settleDisk() {
  spawnSync('sync');
}

let runs = 0;

/** One run into a new output folder: wall time, CPU time of all its threads, peak memory. */
async function timed(label, args, cwd = new URL('..', import.meta.url).pathname) {
  await stopIfInterrupted();
  settleDisk();
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.signal === 'SIGINT' || run.status === 130) throw new Interrupted(); // assess stops itself with 130
  if (run.status !== 0) throw new Error(`${label} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const { maxRssKb, cpuUs } = JSON.parse(run.stderr.trim().split('\n').at(-1));
  return { ms, cpuMs: cpuUs / 1000, mb: maxRssKb / 1024 };
}

/**
 * A form export of n rows as Microsoft Forms heads and fills it (the heaviest to match): its own columns,
 * the question texts as headers, option labels, a multiple choice joined by ";" with one at the end.
 */
function generateExport(file, n) {
  const questions = bank.sections.flatMap((s) => s.questions);
  const label = (q, value) => q.options?.find((o) => o.value === value)?.label ?? String(value);
  const cell = (q, value) => (value === undefined ? '' : Array.isArray(value) ? `${value.map((v) => label(q, v)).join(';')};` : label(q, value));
  const rows = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Organisation', 'Area', ...questions.map((q) => q.prompt)]];
  for (let i = 0; i < n; i++) {
    const answers = answerSet();
    const time = `2026-11-20T09:${String(i % 60).padStart(2, '0')}:00`;
    rows.push([String(i + 1), time, time, 'anonymous', '', `Group ${i}`, `Area ${i % 50}`, ...questions.map((q) => cell(q, answers.get(q.id)))]);
  }
  writeFileSync(file, csvLine(rows));
}

const importFloorScript = `
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
const [file, out] = process.argv.slice(1);
mkdirSync(out, { recursive: true });
const [header, ...rows] = parse(readFileSync(file, 'utf8'), { relax_column_count: true });
rows.forEach((row, i) => writeFileSync(join(out, i + '.json'), JSON.stringify(Object.fromEntries(header.map((h, c) => [h, row[c]])))));
const usage = process.resourceUsage();
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
`;

const newOutDir = (label) => join(root, 'out', `${label}-${++runs}`);
const assessArgs = (dir, label) => [
  '--input-type=module',
  '-e',
  assessScript,
  'assess',
  dir,
  '--out-dir',
  newOutDir(label),
  '--format',
  values.format,
  ...(values.combine ? ['--combine'] : []),
];
const assess = (dir) => timed('assess', assessArgs(dir, 'assess'));
const baseline = (dir) => timed('baseline', assessArgs(dir, 'baseline'), values.baseline);
const floor = (dir) => timed('floor', ['--input-type=module', '-e', floorScript, dir, newOutDir('floor')]);
const importRun = (file) =>
  timed('import', ['--input-type=module', '-e', assessScript, 'import', file, '--bank', values.bank, '--out-dir', newOutDir('import')]);
const importFloor = (file) => timed('import floor', ['--input-type=module', '-e', importFloorScript, file, newOutDir('import-floor')]);

const median = (values) => medianOfSorted([...values].sort((a, b) => a - b));
const ms = (n) => `${Math.round(n).toLocaleString('en-GB')} ms`;

try {
  console.log(`ce-plan bench: bank ${bank.id} ${bank.version}, Node ${process.version}, ${count} answer files, ${rounds} rounds, --format ${values.format}`);
  if (values.baseline !== undefined) console.log(`baseline: the build in ${values.baseline}`);
  const dir = join(root, 'main');
  await generate(dir, count);
  const warmFloor = await floor(dir);
  const warmAssess = await assess(dir);
  const warmBaseline = values.baseline === undefined ? undefined : await baseline(dir);
  console.log(`warm-up (not counted): floor ${ms(warmFloor.ms)}, assess ${ms(warmAssess.ms)}${warmBaseline ? `, baseline ${ms(warmBaseline.ms)}` : ''}`);
  const floors = [];
  const assessments = [];
  const baselines = [];
  const contenders = [['floor', floor, floors], ['assess', assess, assessments], ...(values.baseline === undefined ? [] : [['baseline', baseline, baselines]])];
  for (let round = 0; round < rounds; round++) {
    // Rotate which goes first, so a drift in the machine's speed falls on all alike.
    for (let i = 0; i < contenders.length; i++) {
      const [, run, results] = contenders[(round + i) % contenders.length];
      results.push(await run(dir));
    }
    const [f, a, b] = [floors.at(-1), assessments.at(-1), baselines.at(-1)];
    const againstBaseline = b ? `, baseline ${ms(b.ms)}, ratio ${(b.ms / f.ms).toFixed(2)}` : '';
    console.log(`round ${round + 1}: floor ${ms(f.ms)}, assess ${ms(a.ms)}, ratio ${(a.ms / f.ms).toFixed(2)}${againstBaseline}`);
  }
  const f = { ms: median(floors.map((r) => r.ms)), cpuMs: median(floors.map((r) => r.cpuMs)), mb: Math.max(...floors.map((r) => r.mb)) };
  const summarise = (runs) => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), mb: Math.max(...runs.map((r) => r.mb)) });
  const a = summarise(assessments);
  console.log('');
  console.log(`| run (median of ${rounds}) | wall time | CPU time, all threads | peak memory |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  console.log(`| floor (read + parse + write, one thread) | ${ms(f.ms)} | ${ms(f.cpuMs)} | ${f.mb.toFixed(0)} MB |`);
  console.log(`| ce-plan assess | ${ms(a.ms)} | ${ms(a.cpuMs)} | ${a.mb.toFixed(0)} MB |`);
  if (baselines.length > 0) {
    const b = summarise(baselines);
    console.log(`| baseline assess | ${ms(b.ms)} | ${ms(b.cpuMs)} | ${b.mb.toFixed(0)} MB |`);
  }
  console.log('');
  const ratioOf = (runs) => median(floors.map((floorRun, i) => runs[i].ms / floorRun.ms)).toFixed(2);
  console.log(`ratio assess / floor (median of the ${rounds} rounds' ratios): ${ratioOf(assessments)}`);
  if (baselines.length > 0) console.log(`ratio baseline / floor (median of the ${rounds} rounds' ratios): ${ratioOf(baselines)}`);

  for (const n of [1000, 10000]) {
    const sized = join(root, `n${n}`);
    await generate(sized, n);
    const run = await assess(sized);
    const base = values.baseline === undefined ? undefined : await baseline(sized);
    console.log(
      `peak memory of assess at ${n.toLocaleString('en-GB')} files: ${run.mb.toFixed(0)} MB (${ms(run.ms)})${base ? `; baseline ${base.mb.toFixed(0)} MB (${ms(base.ms)})` : ''}`,
    );
  }

  if (importRows > 0) {
    // import: one form export of M rows, against a floor that reads, parses with the same CSV library and writes each row once.
    const exportFile = join(root, 'responses.csv');
    generateExport(exportFile, importRows);
    await importFloor(exportFile);
    await importRun(exportFile);
    const importFloors = [];
    const imports = [];
    for (let round = 0; round < rounds; round++) {
      const pair = [
        ['floor', importFloor, importFloors],
        ['import', importRun, imports],
      ];
      for (let i = 0; i < pair.length; i++) {
        const [, run, results] = pair[(round + i) % pair.length];
        results.push(await run(exportFile));
      }
      console.log(
        `import round ${round + 1}: floor ${ms(importFloors.at(-1).ms)}, import ${ms(imports.at(-1).ms)}, ratio ${(imports.at(-1).ms / importFloors.at(-1).ms).toFixed(2)}`,
      );
    }
    const fi = summarise(importFloors);
    const im = summarise(imports);
    console.log('');
    console.log(`| import of ${importRows.toLocaleString('en-GB')} rows (median of ${rounds}) | wall time | CPU time, all threads | peak memory |`);
    console.log(`| --- | ---: | ---: | ---: |`);
    console.log(`| floor (read + parse + write, one thread) | ${ms(fi.ms)} | ${ms(fi.cpuMs)} | ${fi.mb.toFixed(0)} MB |`);
    console.log(`| ce-plan import | ${ms(im.ms)} | ${ms(im.cpuMs)} | ${im.mb.toFixed(0)} MB |`);
    console.log('');
    console.log(`ratio import / floor (median of the ${rounds} rounds' ratios): ${median(importFloors.map((f, i) => imports[i].ms / f.ms)).toFixed(2)}`);

    // assess: the same export of M rows, against M answer files; both go through one pipeline, on the same threads.
    const yamlDir = importRows === count ? dir : join(root, `yaml-${importRows}`);
    if (yamlDir !== dir) await generate(yamlDir, importRows);
    const assessExport = (file) =>
      timed('assess of the export', [
        '--input-type=module',
        '-e',
        assessScript,
        'assess',
        file,
        '--bank',
        values.bank,
        '--out-dir',
        newOutDir('assess-export'),
        '--format',
        values.format,
      ]);
    await assessExport(exportFile);
    const fromExport = [];
    const fromYaml = [];
    for (let round = 0; round < rounds; round++) {
      const pair = [
        ['yaml', assess, fromYaml, yamlDir],
        ['export', assessExport, fromExport, exportFile],
      ];
      for (let i = 0; i < pair.length; i++) {
        const [, run, results, input] = pair[(round + i) % pair.length];
        results.push(await run(input));
      }
      console.log(
        `assess round ${round + 1}: ${importRows.toLocaleString('en-GB')} answer files ${ms(fromYaml.at(-1).ms)}, an export of ${importRows.toLocaleString('en-GB')} rows ${ms(fromExport.at(-1).ms)}`,
      );
    }
    const y = summarise(fromYaml);
    const e = summarise(fromExport);
    console.log('');
    console.log(`| assess, ${importRows.toLocaleString('en-GB')} responses (median of ${rounds}) | wall time | CPU time, all threads | peak memory |`);
    console.log(`| --- | ---: | ---: | ---: |`);
    console.log(`| ${importRows.toLocaleString('en-GB')} answer files | ${ms(y.ms)} | ${ms(y.cpuMs)} | ${y.mb.toFixed(0)} MB |`);
    console.log(`| one form export of ${importRows.toLocaleString('en-GB')} rows | ${ms(e.ms)} | ${ms(e.cpuMs)} | ${e.mb.toFixed(0)} MB |`);
    console.log('');
    console.log(
      `ratio export / answer files (median of the ${rounds} rounds' ratios): ${median(fromYaml.map((yr, i) => fromExport[i].ms / yr.ms)).toFixed(2)}`,
    );
  }
} catch (error) {
  if (!(error instanceof Interrupted)) throw error;
  console.error('bench: interrupted');
  process.exitCode = 130;
} finally {
  rmSync(root, { recursive: true, force: true });
}
