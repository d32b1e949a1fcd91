// Where files live: the package's own, wherever it is installed, and the reports a batch writes.
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';

/** The package root: this file is at dist/io/paths.js. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_IN_BANKS = join(PACKAGE_ROOT, 'questionnaires');
export const TEMPLATES = join(PACKAGE_ROOT, 'templates');
/** Where the build stores its checks of the built-in banks (see load-bank.ts); a name tsc never emits. */
export const STORED_BANK_CHECKS = join(PACKAGE_ROOT, 'dist', '.bank-checks');

/** Where an answer file's reports go: `groups/northfield.yaml` → `<outDir>/northfield.<format>`. */
export function reportStem(file: string): string {
  return file === '-' ? 'stdin' : basename(file).replace(/\.ya?ml$/i, '');
}
