#!/usr/bin/env node
// How long `ce-plan init` takes to show its first question in a real terminal, against bare Node start-up
// (`node -e 0`): on a built-in bank (whose check the build stores) and on a bank file checked as it loads.
// Median of several runs. Usage: node scripts/time-to-first-question.js [runs]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeInTerminal } from './terminal-timing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 9);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(label, args, until) {
  await timeInTerminal(args, until); // warm the file cache
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await timeInTerminal(args, until));
  return { label, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const cli = join(root, 'bin', 'ce-plan.js');
const bank = join(root, 'test', 'fixtures', 'banks', 'example.yaml');
const results = [
  await measure('node -e 0 (exit)', ['-e', '0']),
  await measure('ce-plan init (first question shown)', [cli, 'init'], 'Organisation name'),
  await measure('ce-plan init --plain (first question shown)', [cli, 'init', '--plain'], 'Organisation name'),
  await measure('ce-plan init --bank FILE (first question)', [cli, 'init', '--bank', bank], 'Organisation name'),
];
console.log(`median of ${runs} runs, Node ${process.version}, ${process.platform}`);
for (const r of results) console.log(`${r.label.padEnd(44)} ${r.median.toFixed(0).padStart(5)} ms  (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`);
const base = results[0].median;
for (const r of results.slice(1)) console.log(`${r.label.padEnd(44)} ${(r.median / base).toFixed(2).padStart(5)} × bare Node`);
