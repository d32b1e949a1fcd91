// Every file ce-plan writes goes through here: atomically (a temp file, then a rename or link), and
// never over an existing file unless asked. The calls are synchronous on purpose: files are small, and
// a batch writes thousands of them, where fs/promises' thread-pool round trips cost more than the writes.
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  overwrite?: boolean;
  /** Flush to disk before the rename, so the file survives a power cut (init's answers); reports need not. */
  durable?: boolean;
  /**
   * A folder of this writer's own, on the same disk as the target, for the temp file. Creating a file
   * holds its folder's lock, so parallel writers that all create their temp files in one report folder
   * queue behind each other; each creating in its own folder and only renaming into the shared one does not.
   */
  stagingDir?: string;
}

// A batch writes thousands of reports into one folder: make each folder once.
const madeFolders = new Set<string>();

/** `content` is text (written as UTF-8) or bytes (an exported workbook). */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  try {
    writeAtomically(path, content, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UsageError || code === undefined) throw error;
    // The path is the user's: a folder that is a file, no permission, a read-only disk.
    throw new UsageError(`cannot write ${path}: ${WRITE_ERRORS[code] ?? code}`);
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

function writeAtomically(path: string, content: string | Uint8Array, options: WriteOptions): void {
  const folder = dirname(path);
  makeFolderOnce(folder);
  const tempFolder = options.stagingDir ?? folder;
  makeFolderOnce(tempFolder);
  const temp = join(tempFolder, `.${basename(path)}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    try {
      if (typeof content === 'string') writeSync(fd, content, null, 'utf8');
      else writeSync(fd, content);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // link() fails if the target exists, so no other writer can slip in between a check and the write.
    if (options.overwrite) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; use --force to overwrite it`);
    throw error;
  }
  if (!options.overwrite) {
    try {
      unlinkSync(temp);
    } catch {
      // The file is written and whole; failing to drop the temp's second name must not say otherwise.
    }
  }
}

function makeFolderOnce(folder: string): void {
  if (madeFolders.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  madeFolders.add(folder);
}

/** Removes a batch's staging folder and whatever a stopped thread left in it. */
export function removeStagingFolder(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Nothing was ever staged where the out dir could not be made (a path through a file, say), and the
    // batch has already said why; a cleanup failure must not hide that.
  }
}

export async function exists(path: string): Promise<boolean> {
  return existsSync(path);
}
