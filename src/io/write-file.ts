// Every file ce-plan writes goes through here: atomically (a temp file, then a rename or link), and
// never over an existing file unless asked.
import { access, link, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  overwrite?: boolean;
  /** Flush to disk before the rename, so the file survives a power cut (init's answers); reports need not. */
  durable?: boolean;
}

// A batch writes thousands of reports into one folder: make each folder once.
const madeFolders = new Set<string>();

export async function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  if (options.durable) {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } else {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
  }
  if (options.overwrite) {
    try {
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return;
  }
  try {
    // link() fails if the target exists, so no other writer can slip in between a check and the write.
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; use --force to overwrite it`);
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
