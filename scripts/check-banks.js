// Part of `npm run build`: checks the built-in banks once and keeps each clean result in dist/banks/, so
// assess and init start without parsing and checking them again (see src/io/load-bank.ts). A bank with
// errors is skipped, not fatal: it then fails where it is used, with its findings, as any bank would.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildCheck, builtInBankFiles } from '../dist/io/load-bank.js';
import { BUILD_CHECKED_BANKS } from '../dist/io/paths.js';

// Checks of earlier versions of the banks would never be read again: start from none.
rmSync(BUILD_CHECKED_BANKS, { recursive: true, force: true });
mkdirSync(BUILD_CHECKED_BANKS, { recursive: true });
for (const file of await builtInBankFiles()) {
  const result = await buildCheck(file);
  if ('json' in result) writeFileSync(result.path, result.json);
  else console.warn(`ce-plan build: ${file} has errors; it will be checked where it is used`);
}
