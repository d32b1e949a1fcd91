// Loaded with `node --import`: records every module URL the process resolves into $IMPORT_LOG.
import { register } from 'node:module';

const hook = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.IMPORT_LOG, result.url + '\\n');
  return result;
}`;
register('data:text/javascript,' + encodeURIComponent(hook));
