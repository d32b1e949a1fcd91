// The SHA-256 of a file's text, as ce-plan reads it (UTF-8, without a byte-order mark): what names a
// bank's stored check, and what a report records of the bank and answer files it was made from, so that
// `ce-plan verify` can tell whether they are still the same. For a file without a byte-order mark (as
// ce-plan writes them) it is what `sha256sum` prints.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 of a file's bytes: for a form export, which may be a workbook rather than text. */
export async function fileHash(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}
