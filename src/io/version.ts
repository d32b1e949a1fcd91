// ce-plan's own version, from its package.json: for `--version`, and for what each report records of
// the program that made it.
import { readFileSync } from 'node:fs';

let version: string | undefined;

export function ceplanVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
