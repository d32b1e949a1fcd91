// Writes schema/*.schema.json from the one definition in src/core/schema.ts (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { jsonSchemaFor } from '../dist/core/schema.js';

for (const [kind, file] of [
  ['bank', 'question-bank'],
  ['answers', 'answers'],
  ['agreement', 'agreement'],
]) {
  const path = new URL(`../schema/${file}.schema.json`, import.meta.url);
  writeFileSync(path, JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  console.log(`wrote schema/${file}.schema.json`);
}
