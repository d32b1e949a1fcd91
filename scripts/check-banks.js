// Part of `npm run build`, after tsc: checks the built-in banks once and stores each clean result in
// dist/.bank-checks/, so assess, init and the rest start without parsing and checking them again (see
// src/io/stored-checks.ts). A bank with errors is skipped, not fatal: it then fails where it is used,
// with its findings, as any bank would.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtInBankFiles } from '../dist/io/bank-files.js';
import { STORED_BANK_CHECKS } from '../dist/io/paths.js';
import { storedCheckFor } from '../dist/pipeline/load-bank.js';

// Checks made by earlier builds may come from other checking code: start from none.
rmSync(STORED_BANK_CHECKS, { recursive: true, force: true });
mkdirSync(STORED_BANK_CHECKS, { recursive: true });
for (const file of await builtInBankFiles()) {
  const result = await storedCheckFor(file);
  if ('json' in result) writeFileSync(result.path, result.json);
  else console.warn(`ce-plan build: ${file} has errors; it will be checked where it is used`);
}
