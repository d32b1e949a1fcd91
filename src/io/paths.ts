// Where files live: the package's own, wherever it is installed, and the reports a batch writes.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, isAbsolute, join, relative, sep } from 'node:path';

/** The package root: this file is at dist/io/paths.js. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_IN_BANKS = join(PACKAGE_ROOT, 'questionnaires');
export const TEMPLATES = join(PACKAGE_ROOT, 'templates');
/** Where the build stores its checks of the built-in banks (see load-bank.ts); a name tsc never emits. */
export const STORED_BANK_CHECKS = join(PACKAGE_ROOT, 'dist', '.bank-checks');
/** The published JSON Schemas of answer files and agreement files, in the installed package. */
const ANSWERS_SCHEMA = join(PACKAGE_ROOT, 'schema', 'answers.schema.json');
const AGREEMENT_SCHEMA = join(PACKAGE_ROOT, 'schema', 'agreement.schema.json');

/**
 * Where an answer file's `$schema` modeline points: the installed package's schema, written as the path
 * from `folder` (where the file is written, as an absolute path), which yaml-language-server resolves
 * against the file's own folder. When the folder is not known (a template printed to stdout), when no
 * relative path exists (another drive) or when the path holds whitespace (the modeline ends at the
 * first space), it is the schema's file URL instead.
 */
export function answersSchemaReference(folder?: string): string {
  return schemaReference(ANSWERS_SCHEMA, folder);
}

/** Where an agreement file's `$schema` modeline points, as for an answer file's. */
export function agreementSchemaReference(folder?: string): string {
  return schemaReference(AGREEMENT_SCHEMA, folder);
}

function schemaReference(schema: string, folder: string | undefined): string {
  if (folder !== undefined) {
    const path = relative(folder, schema).split(sep).join('/');
    if (!isAbsolute(path) && !/\s/.test(path)) return path;
  }
  return pathToFileURL(schema).href;
}

/** Where an answer file's reports go: `groups/northfield.yaml` → `<outDir>/northfield.<format>`. */
export function reportStem(file: string): string {
  return file === '-' ? 'stdin' : basename(file).replace(/\.ya?ml$/i, '');
}
