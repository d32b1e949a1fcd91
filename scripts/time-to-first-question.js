#!/usr/bin/env node
// How long `ce-plan init` takes to show its first question in a real terminal, against bare Node start-up
// (`node -e 0`). Median of several runs. Usage: node scripts/time-to-first-question.js [runs]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 9);
const env = { ...process.env, TERM: 'xterm-256color' };
delete env.CI;

/** Milliseconds from spawning `args` in a terminal until `done` says so (text seen, or exit). */
function timeOnce(args, until) {
  const cwd = mkdtempSync(join(tmpdir(), 'ce-plan-ttfq-'));
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { cols: 120, rows: 40, cwd, env });
    let output = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      term.kill();
      rmSync(cwd, { recursive: true, force: true });
      resolve(ms);
    };
    term.onData((data) => {
      output += data;
      if (until && output.includes(until)) finish();
    });
    term.onExit(({ exitCode }) => {
      if (until && !finished) reject(new Error(`exited ${exitCode} before showing "${until}":\n${output}`));
      else finish();
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(label, args, until) {
  await timeOnce(args, until); // warm the file cache
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(args, until));
  return { label, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const cli = join(root, 'bin', 'ce-plan.js');
const bank = join(root, 'test', 'fixtures', 'banks', 'example.yaml');
const results = [
  await measure('node -e 0 (exit)', ['-e', '0']),
  await measure('ce-plan init (first question shown)', [cli, 'init', '--bank', bank], 'Organisation name'),
  await measure('ce-plan init --plain (first question shown)', [cli, 'init', '--plain', '--bank', bank], 'Organisation name'),
];
console.log(`median of ${runs} runs, Node ${process.version}, ${process.platform}`);
for (const r of results) console.log(`${r.label.padEnd(44)} ${r.median.toFixed(0).padStart(5)} ms  (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`);
const base = results[0].median;
for (const r of results.slice(1)) console.log(`${r.label.padEnd(44)} ${(r.median - base).toFixed(0).padStart(5)} ms over bare Node`);
