// `npm run bench [-- --files N --bank ID --rounds R --formats LIST --combine --baseline DIR --import-rows M --starts S]`:
// the figures of ce-plan's speed, each the median over R rounds of a ratio taken within the round:
//
// - `ce-plan assess` of N generated answer files (with `--combine`, as one organisation per six), once
//   for each format list in LIST (default `md,json;json`), against a floor: one thread that only reads,
//   parses with the same yaml and writes each file once. With the CPU time of every thread of assess:
//   its main thread, each worker thread, and V8's and libuv's own (compiling, collecting garbage);
// - peak memory of assess at 1,000 and 10,000 files, and its growth from the one to the other;
// - `ce-plan import` of a generated form export of M rows (default 5,000; 0 skips it) against its own
//   floor (one thread that reads the file, parses it with the same CSV library and writes each row
//   once), and `assess` of that export beside `assess` of M answer files, as one pipeline takes both;
// - start-up: `ce-plan --version` against `node -e 0`, and `ce-plan init` until its first question is on
//   a real terminal's screen against `node -e 0` there, S runs of each a round (default 10).
//
// `--baseline DIR` also times the build in DIR (another checkout, built) in the same rounds. Run
// `npm run build` first.
//
// Wall times on a shared machine drift by tens of per cent from one minute to the next, so the runs of a
// round alternate, each round in another order, and each figure is the median of the rounds' ratios.
// Each run starts from a synced disk and writes into a folder of its own; nothing is deleted until the
// bench ends. Deleting thousands of files makes creating files slow for about a minute after on some
// file systems (ext4 without a journal, as here, scans past every recently freed inode for each new
// file), and a run that paid for that would time the bench, not ce-plan. assess runs as a user would,
// without --force, so it times the no-overwrite path. A first, uncounted round is run so that no
// counted run is the first to read the inputs or start Node.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify as csvLine } from 'csv-stringify/sync';
import { stringify } from 'yaml';
import { median as medianOfSorted } from '../dist/core/cohort.js';
import { shownQuestions } from '../dist/core/visibility.js';
import { loadBank } from '../dist/pipeline/load-bank.js';
import { timeInTerminal } from './terminal-timing.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '5000' },
    bank: { type: 'string', default: 'ce-readiness' },
    rounds: { type: 'string', default: '3' },
    formats: { type: 'string', default: 'md,json;json' },
    baseline: { type: 'string' },
    combine: { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '5000' },
    starts: { type: 'string', default: '10' },
  },
});
const count = Number(values.files);
const rounds = Number(values.rounds);
const importRows = Number(values['import-rows']);
const starts = Number(values.starts);
const formatLists = values.formats.split(';').filter((f) => f !== '');
const whole = (n, from) => Number.isInteger(n) && n >= from;
if (!whole(count, 1) || !whole(rounds, 1) || !whole(importRows, 0) || !whole(starts, 0) || formatLists.length === 0) {
  console.error(
    'usage: npm run bench [-- --files N --bank ID --rounds R --formats "md,json;json" --combine --baseline DIR --import-rows M --starts S], with N and R whole numbers from 1, M and S from 0',
  );
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'ce-plan-bench-'));
// The runs' folders add up to about a gigabyte, so Ctrl-C must not leave them behind: it stops the bench
// at the next step (a run in progress gets it too, and stops), and the `finally` at the end cleans up.
let interrupted = false;
process.on('SIGINT', () => (interrupted = true));
class Interrupted extends Error {}

/** Lets a pending Ctrl-C be seen: the bench is otherwise synchronous, and signals wait for the event loop. */
async function stopIfInterrupted() {
  await new Promise((resolve) => setImmediate(resolve));
  if (interrupted) throw new Interrupted();
}
const { bank } = await loadBank(values.bank, 'en');

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

/**
 * The CPU time of each thread of this process, in ms, as Linux counts it (/proc/self/task, in clock ticks
 * of 10 ms), sampled every 25 ms: a thread that ends between two samples loses what it used after the
 * last. Threads there before the run (this one, V8's and libuv's) are told apart from those it starts
 * (its worker threads) by their ids. Printed to stderr as the last line, for the bench.
 */
const threadSampler = `
import * as threadFs from 'node:fs';
await threadFs.promises.stat('.'); // starts libuv's threads, so that they are there before the run
const tick = () => {
  const seen = new Map();
  for (const tid of threadFs.readdirSync('/proc/self/task')) {
    try {
      const fields = threadFs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ');
      seen.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {}
  }
  return seen;
};
const before = new Set(tick().keys());
const cpu = new Map();
const sample = () => { for (const [tid, ms] of tick()) cpu.set(tid, ms); };
const sampler = setInterval(sample, 25);
const threadCpu = () => {
  clearInterval(sampler);
  sample();
  const main = cpu.get(String(process.pid)) ?? 0;
  const workers = [...cpu].filter(([tid]) => !before.has(tid)).map(([, ms]) => ms);
  const helpers = [...cpu].filter(([tid]) => before.has(tid) && tid !== String(process.pid)).reduce((sum, [, ms]) => sum + ms, 0);
  return { main, workers, helpers };
};
`;
const floorScript = `${threadSampler}
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
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime, threads: threadCpu() }));
`;
// The same for this build and a baseline: fields an older build does not know are ignored by it.
const assessScript = `${threadSampler}
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
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime, threads: threadCpu() }));
`;

/** Flushes what earlier runs wrote, so no run pays for another's writes. */
function settleDisk() {
  spawnSync('sync');
}

let runs = 0;

/** One run into a new output folder: wall time, CPU time of all its threads (and of each), peak memory. */
async function timed(label, args, cwd = here) {
  await stopIfInterrupted();
  settleDisk();
  const start = process.hrtime.bigint();
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.signal === 'SIGINT' || run.status === 130) throw new Interrupted(); // assess stops itself with 130
  if (run.status !== 0) throw new Error(`${label} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const { maxRssKb, cpuUs, threads } = JSON.parse(run.stderr.trim().split('\n').at(-1));
  return { ms, cpuMs: cpuUs / 1000, mb: maxRssKb / 1024, threads };
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

const importFloorScript = `${threadSampler}
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
const [file, out] = process.argv.slice(1);
mkdirSync(out, { recursive: true });
const [header, ...rows] = parse(readFileSync(file, 'utf8'), { relax_column_count: true });
rows.forEach((row, i) => writeFileSync(join(out, i + '.json'), JSON.stringify(Object.fromEntries(header.map((h, c) => [h, row[c]])))));
const usage = process.resourceUsage();
console.error(JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime, threads: threadCpu() }));
`;

const newOutDir = (label) => join(root, 'out', `${label}-${++runs}`);
const assessArgs = (input, label, format, extra = []) => [
  '--input-type=module',
  '-e',
  assessScript,
  'assess',
  input,
  '--out-dir',
  newOutDir(label),
  '--format',
  format,
  ...(values.combine ? ['--combine'] : []),
  ...extra,
];
const floor = (dir) => timed('floor', ['--input-type=module', '-e', floorScript, dir, newOutDir('floor')]);
const importRun = (file, cwd = here) =>
  timed('import', ['--input-type=module', '-e', assessScript, 'import', file, '--bank', values.bank, '--out-dir', newOutDir('import')], cwd);
const importFloor = (file) => timed('import floor', ['--input-type=module', '-e', importFloorScript, file, newOutDir('import-floor')]);

const median = (values) => medianOfSorted([...values].sort((a, b) => a - b));
const ms = (n) => `${Math.round(n).toLocaleString('en-GB')} ms`;
const seconds = (n) => `${(n / 1000).toFixed(1)} s`;
const summarise = (results) => ({
  ms: median(results.map((r) => r.ms)),
  cpuMs: median(results.map((r) => r.cpuMs)),
  mb: Math.max(...results.map((r) => r.mb)),
});
/** CPU by thread, the median of the rounds' for each: main, each worker (largest first), V8's and libuv's own. */
function threadSplit(results) {
  const workers = Math.max(...results.map((r) => r.threads.workers.length));
  const nth = (i) => median(results.map((r) => [...r.threads.workers].sort((a, b) => b - a)[i] ?? 0));
  const parts = [`main ${seconds(median(results.map((r) => r.threads.main)))}`];
  if (workers > 0) parts.push(`worker${workers === 1 ? '' : 's'} ${Array.from({ length: workers }, (_, i) => seconds(nth(i))).join(' + ')}`);
  parts.push(`V8 and libuv ${seconds(median(results.map((r) => r.threads.helpers)))}`);
  return parts.join(', ');
}
/** The median of the rounds' ratios of one measure (wall time unless named) of two contenders. */
const ratioOf = (runs, against, measure = 'ms') => median(against.map((a, i) => runs[i][measure] / a[measure]));

/**
 * Runs each contender once a round, the order turning each round, so a drift in the machine's speed
 * falls on all alike; `say` prints a round's line.
 */
async function inRounds(contenders, say) {
  const results = contenders.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const c = (round + i) % contenders.length;
      results[c].push(await contenders[c].run());
    }
    console.log(`round ${round + 1}: ${say(results.map((r) => r.at(-1)))}`);
  }
  return results;
}

/** A round of a start-up figure: `starts` runs of each of two timings, alternating, and the median of each. */
async function startRound(a, b) {
  const [as, bs] = [[], []];
  for (let i = 0; i < starts; i++) {
    await stopIfInterrupted();
    as.push(await a());
    bs.push(await b());
  }
  return { a: median(as), b: median(bs) };
}

function timeProcess(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: here, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status})`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

try {
  console.log(
    `ce-plan bench: bank ${bank.id} ${bank.version}, Node ${process.version}, ${count} answer files, ${rounds} rounds, formats ${formatLists.join(' and ')}${values.combine ? ', --combine' : ''}`,
  );
  if (values.baseline !== undefined) console.log(`baseline: the build in ${values.baseline}`);
  const dir = join(root, 'main');
  await generate(dir, count);

  // assess, each format list (and the baseline's), against the floor.
  const contenders = [{ label: 'floor', run: () => floor(dir) }];
  for (const format of formatLists) {
    contenders.push({ label: `assess --format ${format}`, run: () => timed('assess', assessArgs(dir, 'assess', format)) });
    if (values.baseline !== undefined)
      contenders.push({ label: `baseline --format ${format}`, run: () => timed('baseline', assessArgs(dir, 'baseline', format), values.baseline) });
  }
  const warm = [];
  for (const c of contenders) warm.push(`${c.label} ${ms((await c.run()).ms)}`);
  console.log(`warm-up (not counted): ${warm.join(', ')}`);
  const results = await inRounds(contenders, (last) =>
    last.map((r, i) => `${contenders[i].label} ${ms(r.ms)}${i === 0 ? '' : ` (${(r.ms / last[0].ms).toFixed(2)})`}`).join(', '),
  );
  console.log('');
  console.log(`| run (median of ${rounds}) | wall time | ratio to the floor | CPU time, all threads | CPU by thread | peak memory |`);
  console.log(`| --- | ---: | ---: | ---: | --- | ---: |`);
  contenders.forEach((c, i) => {
    const s = summarise(results[i]);
    const ratio = i === 0 ? '' : ratioOf(results[i], results[0]).toFixed(2);
    console.log(`| ${c.label} | ${ms(s.ms)} | ${ratio} | ${ms(s.cpuMs)} | ${threadSplit(results[i])} | ${s.mb.toFixed(0)} MB |`);
  });
  console.log('');

  // Peak memory at 1,000 and 10,000 files, in rounds like the times: each size's median peak, and the
  // median of the rounds' growth from the one to the other.
  const memoryFormat = formatLists[0];
  const builds = [
    { label: 'this build', cwd: here, prefix: '' },
    ...(values.baseline === undefined ? [] : [{ label: 'baseline', cwd: values.baseline, prefix: 'baseline ' }]),
  ];
  const sizes = [1000, 10000];
  for (const n of sizes) await generate(join(root, `n${n}`), n);
  const sized = builds.flatMap((build) =>
    sizes.map((n) => ({
      label: `${build.prefix}${n.toLocaleString('en-GB')} files`,
      run: () => timed('assess', assessArgs(join(root, `n${n}`), 'memory', memoryFormat), build.cwd),
    })),
  );
  const peaks = await inRounds(sized, (last) => last.map((r, i) => `${sized[i].label} ${r.mb.toFixed(0)} MB`).join(', '));
  console.log('');
  console.log(`| peak memory of assess --format ${memoryFormat} (median of ${rounds}) | 1,000 files | 10,000 files | growth |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  builds.forEach((build, b) => {
    const [small, large] = [peaks[2 * b], peaks[2 * b + 1]];
    const growth = ratioOf(large, small, 'mb') - 1;
    const mb = (results) => `${median(results.map((r) => r.mb)).toFixed(0)} MB`;
    console.log(`| ${build.label} | ${mb(small)} | ${mb(large)} | ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}% |`);
  });

  if (importRows > 0) {
    // import: one form export of M rows, against a floor that reads, parses with the same CSV library and writes each row once.
    console.log('');
    const exportFile = join(root, 'responses.csv');
    generateExport(exportFile, importRows);
    const importers = [
      { label: 'import floor', run: () => importFloor(exportFile) },
      { label: 'import', run: () => importRun(exportFile) },
      ...(values.baseline === undefined ? [] : [{ label: 'baseline import', run: () => importRun(exportFile, values.baseline) }]),
    ];
    for (const c of importers) await c.run();
    const imported = await inRounds(importers, (last) =>
      last.map((r, i) => `${importers[i].label} ${ms(r.ms)}${i === 0 ? '' : ` (${(r.ms / last[0].ms).toFixed(2)})`}`).join(', '),
    );
    console.log('');
    console.log(
      `| ${importRows.toLocaleString('en-GB')} rows (median of ${rounds}) | wall time | ratio to the floor | CPU time, all threads | CPU by thread | peak memory |`,
    );
    console.log(`| --- | ---: | ---: | ---: | --- | ---: |`);
    importers.forEach((c, i) => {
      const s = summarise(imported[i]);
      const ratio = i === 0 ? '' : ratioOf(imported[i], imported[0]).toFixed(2);
      console.log(`| ${c.label} | ${ms(s.ms)} | ${ratio} | ${ms(s.cpuMs)} | ${threadSplit(imported[i])} | ${s.mb.toFixed(0)} MB |`);
    });

    // assess: the same export of M rows, against M answer files; both go through one pipeline, on the same threads.
    console.log('');
    const yamlDir = importRows === count ? dir : join(root, `yaml-${importRows}`);
    if (yamlDir !== dir) await generate(yamlDir, importRows);
    const format = formatLists[0];
    const sources = [
      { label: `${importRows.toLocaleString('en-GB')} answer files`, run: () => timed('assess', assessArgs(yamlDir, 'assess', format)) },
      {
        label: `one form export of ${importRows.toLocaleString('en-GB')} rows`,
        run: () => timed('assess of the export', assessArgs(exportFile, 'assess-export', format, ['--bank', values.bank])),
      },
    ];
    await sources[1].run();
    const assessed = await inRounds(sources, (last) => last.map((r, i) => `${sources[i].label} ${ms(r.ms)}`).join(', '));
    console.log('');
    console.log(
      `| assess --format ${format}, ${importRows.toLocaleString('en-GB')} responses (median of ${rounds}) | wall time | CPU time, all threads | peak memory |`,
    );
    console.log(`| --- | ---: | ---: | ---: |`);
    sources.forEach((c, i) => {
      const s = summarise(assessed[i]);
      console.log(`| ${c.label} | ${ms(s.ms)} | ${ms(s.cpuMs)} | ${s.mb.toFixed(0)} MB |`);
    });
    console.log(`ratio export / answer files (median of the ${rounds} rounds' ratios): ${ratioOf(assessed[1], assessed[0]).toFixed(2)}`);
  }

  if (starts > 0) {
    // Start-up: `ce-plan --version` against `node -e 0`; `ce-plan init` until its first question is on a
    // terminal's screen against `node -e 0` in one. Each round takes the median of `starts` runs of each.
    console.log('');
    const cli = join(here, 'bin', 'ce-plan.js');
    const version = [];
    const init = [];
    timeProcess(['-e', '0']);
    timeProcess([cli, '--version']);
    await timeInTerminal([cli, 'init'], 'Organisation name');
    for (let round = 0; round < rounds; round++) {
      const v = await startRound(
        () => timeProcess(['-e', '0']),
        () => timeProcess([cli, '--version']),
      );
      const q = await startRound(
        () => timeInTerminal(['-e', '0']),
        () => timeInTerminal([cli, 'init'], 'Organisation name'),
      );
      version.push(v);
      init.push(q);
      console.log(
        `start-up round ${round + 1}: node -e 0 ${ms(v.a)}, ce-plan --version ${ms(v.b)} (${(v.b / v.a).toFixed(2)}); in a terminal, node -e 0 ${ms(q.a)}, ce-plan init to its first question ${ms(q.b)} (${(q.b / q.a).toFixed(2)})`,
      );
    }
    console.log('');
    console.log(`| start-up (median of ${rounds} rounds of ${starts}) | bare Node | ce-plan | ratio |`);
    console.log(`| --- | ---: | ---: | ---: |`);
    for (const [label, list] of [
      ['`ce-plan --version`', version],
      ['`ce-plan init`, to its first question in a terminal', init],
    ]) {
      console.log(
        `| ${label} | ${ms(median(list.map((r) => r.a)))} | ${ms(median(list.map((r) => r.b)))} | ${median(list.map((r) => r.b / r.a)).toFixed(2)} |`,
      );
    }
  }
} catch (error) {
  if (!(error instanceof Interrupted)) throw error;
  console.error('bench: interrupted');
  process.exitCode = 130;
} finally {
  rmSync(root, { recursive: true, force: true });
}
