// Loaded with `node --import`: records every module URL the process resolves into $IMPORT_LOG, in its
// worker threads too (each is started with this module imported first, whatever flags it is given).
import { createRequire, register, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';

const hook = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.IMPORT_LOG, result.url + '\\n');
  return result;
}`;
register('data:text/javascript,' + encodeURIComponent(hook));

const threads = createRequire(import.meta.url)('node:worker_threads');
const { Worker } = threads;
threads.Worker = class extends Worker {
  constructor(file, options = {}) {
    super(file, { ...options, execArgv: [...(options.execArgv ?? []), '--import', fileURLToPath(import.meta.url)] });
  }
};
syncBuiltinESMExports();
