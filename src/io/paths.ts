// Where the package's own files live, wherever it is installed.
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';

/** The package root: this file is at dist/io/paths.js. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_IN_BANKS = join(PACKAGE_ROOT, 'questionnaires');
export const TEMPLATES = join(PACKAGE_ROOT, 'templates');
/** Where the build keeps the built-in banks it has checked (see load-bank.ts). */
export const BUILD_CHECKED_BANKS = join(PACKAGE_ROOT, 'dist', 'banks');

/** Where an answer file's reports go: `groups/northfield.yaml` → `<outDir>/northfield.<format>`. */
export function reportStem(file: string): string {
  return file === '-' ? 'stdin' : basename(file).replace(/\.ya?ml$/i, '');
}
