// A copy of a file kept before ce-plan replaces it: `answers.yaml` → `answers.yaml.bak`, or
// `answers.yaml.2.bak` and on when that is taken, so no earlier copy is ever overwritten. The `.bak`
// ending keeps the copy out of `assess FOLDER`, which takes only `.yaml` and `.yml` files.
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';

/** Copies `file` to the first free backup name and returns that name. */
export async function backUpFile(file: string): Promise<string> {
  for (let n = 1; ; n++) {
    const target = n === 1 ? `${file}.bak` : `${file}.${n}.bak`;
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
