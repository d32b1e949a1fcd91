#!/usr/bin/env node
// A thin shim over the compiled CLI.
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  // Only the compiled CLI itself missing means "not built"; a missing dependency is a broken install.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/cli/main.js')) throw error;
  process.stderr.write('ce-plan is not built yet: run `npm install` (or `npm run build`) in its folder first.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
