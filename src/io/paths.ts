// Where the package's own files live, wherever it is installed.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: this file is at dist/io/paths.js. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_IN_BANKS = join(PACKAGE_ROOT, 'questionnaires');
export const TEMPLATES = join(PACKAGE_ROOT, 'templates');
