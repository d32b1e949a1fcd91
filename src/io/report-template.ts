// The report template's text: the built-in one, or `--template FILE`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { TEMPLATES } from './paths.js';

export const DEFAULT_REPORT_TEMPLATE = join(TEMPLATES, 'report.md.eta');

export async function readReportTemplate(file: string = DEFAULT_REPORT_TEMPLATE): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the report template ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
}
