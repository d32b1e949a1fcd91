// Turns command-line inputs (files, folders, globs, `-`) into a sorted list of files.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

const YAML_FILE = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
    } else if (GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(input, { onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new UsageError((w) => w.errors.noFilesMatch(input));
      files.push(...matches.sort());
    } else if (await isDirectory(input)) {
      const entries = (await readdir(input)).filter((name) => YAML_FILE.test(name)).sort();
      if (entries.length === 0) throw new UsageError((w) => w.errors.noYamlIn(input));
      // join(input, name) for each, without building and normalising every path: `prefix + name` would be
      // a concatenation (two strings and a node joining them), which a batch keeps for its whole run.
      const prefix = join(input, '_').slice(0, -1);
      for (const name of entries) files.push([prefix, name].join(''));
    } else {
      files.push(input); // a missing file is reported by the reader, with the others still checked
    }
  }
  // One folder or glob lists each file once.
  return inputs.length === 1 ? files : [...new Set(files)];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
