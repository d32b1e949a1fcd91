#!/usr/bin/env node
// A thin shim over the compiled CLI.
import { writeSync } from 'node:fs';

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  // Only the compiled CLI itself missing means "not built"; a missing dependency is a broken install.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/cli/main.js')) throw error;
  process.stderr.write('ce-plan is not built yet: run `npm ci` (or `npm run build`) in its folder first.\n');
  process.exit(2);
}
// ce-plan never calls process.exit: the process ends when main has returned. Ending before that means
// code it ran called process.exit (a report template is code, and can): say so, and never exit 0 then.
let finished = false;
process.on('exit', (code) => {
  if (finished) return;
  try {
    writeSync(2, `ce-plan: stopped before it had finished (exit code ${code}): code it ran ended the process; a --template is code, and can do this\n`);
  } catch {
    // stderr is closed: the exit code still tells.
  }
  if (!code) process.exitCode = 70;
});
process.exitCode = await cli.main(process.argv.slice(2));
finished = true;
