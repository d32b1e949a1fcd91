// Every file ce-plan writes goes through here: atomically (a temp file, written in full, then a rename or
// link), never over an existing file unless asked, and never a short file: a write that stops part-way (a
// full disk, a quota, an I/O error) is an error, and what it wrote is never put in place. A set of files
// (one answer file's reports) is written all or none. A file replaced through a symbolic link (a synced or
// shared answer file) is replaced at the link's target, so the link stays a link. The calls are synchronous on purpose: files are
// small, and a batch writes thousands of them, where fs/promises' thread-pool round trips cost more.
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, type Wording } from '../core/errors.js';

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

export interface FileToWrite {
  path: string;
  /** Text (written as UTF-8) or bytes (an exported workbook). */
  content: string | Uint8Array;
}

/**
 * The file-system calls the writer makes, and only those. Tests replace one to play a disk that fills
 * up, writes short or fails to flush, where no small disk can be mounted; nothing else changes them.
 */
export const fileSystem = {
  openSync: fs.openSync,
  writeSync: fs.writeSync as (fd: number, buffer: Uint8Array, offset: number, length: number) => number,
  fsyncSync: fs.fsyncSync,
  fstatSync: fs.fstatSync,
  closeSync: fs.closeSync,
  linkSync: fs.linkSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  mkdirSync: fs.mkdirSync,
};

/** A file that could not be written, with why: `stopsBatch` when every later write to that folder would fail alike. */
export class WriteError extends UsageError {
  constructor(
    message: Wording,
    readonly code: string,
  ) {
    super(message);
  }

  /** A full disk, a read-only one, no permission, a path through a file: the whole out dir is unwritable. */
  get stopsBatch(): boolean {
    return FOLDER_WIDE.has(this.code);
  }
}

const FOLDER_WIDE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EIO', 'ENOTDIR']);

// A batch writes thousands of reports into one folder: make each folder once.
const madeFolders = new Set<string>();

/**
 * A folder's names as listed once (the first time several files are written into it at once): a name not
 * there was not there when the batch began, so no stat is made to check it. A file made there since (by
 * another program, or this run) is still refused, by link(), and the set's other files taken back. A
 * folder of more than LISTED_AT_MOST names is not kept (nor listed again): each name is checked with a
 * stat. Names written since are not added, so the listing stays the size the folder was.
 */
const listings = new Map<string, Set<string> | null>();
const LISTED_AT_MOST = 100_000;

function mayExist(path: string): boolean {
  const folder = dirname(path);
  let names = listings.get(folder);
  if (names === undefined) {
    let listed: string[] | undefined;
    try {
      listed = fs.readdirSync(folder);
    } catch {
      // Not there yet, or not readable: each name is checked on its own.
    }
    names = listed !== undefined && listed.length <= LISTED_AT_MOST ? new Set(listed) : null;
    listings.set(folder, names);
  }
  return names === null || names.has(basename(path));
}

// Each file's text is encoded into one buffer, reused for every file (writes are synchronous): a batch
// writes thousands of reports, and a new buffer for each was garbage as large as the reports.
let encoded = Buffer.allocUnsafe(256 * 1024);

/** The bytes to write: the content itself, or its text encoded as UTF-8 into the reused buffer. */
function bytesOf(content: string | Uint8Array): Uint8Array {
  if (typeof content !== 'string') return content;
  // UTF-8 takes at most 3 bytes for each UTF-16 unit.
  if (encoded.length < content.length * 3) encoded = Buffer.allocUnsafe(Math.max(content.length * 3, encoded.length * 2));
  return encoded.subarray(0, encoded.write(content, 0, 'utf8'));
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([{ path, content }], options);
}

/** Writes every file or none: if one cannot be written, those already put in place are taken back. */
export async function writeFilesAtomic(files: readonly FileToWrite[], options: WriteOptions = {}): Promise<void> {
  let current = files[0]?.path ?? '';
  try {
    writeAll(files, options, (path) => (current = path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UsageError || code === undefined) throw error;
    // The path is the user's: a folder that is a file, no permission, a read-only or full disk.
    const path = current;
    throw new WriteError((w) => w.errors.cannotWrite(path, w.errors.writeReasons[code] ?? code), code);
  }
}

interface Staged extends FileToWrite {
  /** Where the file lands: `path`, or with overwrite, what its symbolic links lead to. */
  target: string;
  temp: string;
  /** Set once the file is in place. */
  placed?: boolean;
  /** With overwrite, a second name for the file it replaced, to put back if a later file fails. */
  backup?: string;
}

function writeAll(files: readonly FileToWrite[], options: WriteOptions, at: (path: string) => void): void {
  const staged: Staged[] = [];
  try {
    for (const file of files) {
      at(file.path);
      // Without overwrite, link() refuses any name that is taken, a link too; with it, a link is written through.
      const target = options.overwrite ? throughLinks(file.path) : file.path;
      // A staging folder is on the out dir's disk; a link's target may be on another, so its temp goes beside it.
      const tempFolder = (target === file.path ? options.stagingDir : undefined) ?? dirname(target);
      staged.push({ ...file, target, temp: stage(target, file.content, tempFolder, options.durable) });
    }
    // With one file, link() itself refuses an existing one, with no gap between a check and the write. With
    // several, a check first keeps an existing second file from leaving the first written alone; a name
    // taken in between is still refused by link(), and the first taken back.
    if (!options.overwrite && staged.length > 1) {
      for (const { path } of staged) {
        at(path);
        if (mayExist(path) && entryExists(path)) throw alreadyExists(path);
      }
    }
    for (const file of staged) {
      at(file.path);
      place(file, options);
    }
    if (options.durable) for (const folder of new Set(staged.map((f) => dirname(f.target)))) flushFolder(folder);
  } catch (error) {
    takeBack(staged);
    throw error;
  } finally {
    for (const file of staged) {
      // After a link, the temp is the file's second name; after a rename, it is gone.
      if (!(file.placed && options.overwrite)) removeQuietly(file.temp);
      // The replaced file's second name, unless it was put back under its own.
      if (file.backup !== undefined) removeQuietly(file.backup);
    }
  }
}

/** Writes a file's whole content to a new temp file in `tempFolder`, flushed if `durable`, or throws. */
function stage(path: string, content: string | Uint8Array, tempFolder: string, durable: boolean | undefined): string {
  makeFolderOnce(dirname(path));
  makeFolderOnce(tempFolder);
  const temp = join(tempFolder, `.${basename(path)}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = fileSystem.openSync(temp, 'wx');
  try {
    try {
      writeFully(fd, bytesOf(content));
      if (durable) fileSystem.fsyncSync(fd);
    } finally {
      // close() can report a write the disk failed to keep (NFS does): it must not be lost.
      fileSystem.closeSync(fd);
    }
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  return temp;
}

/** write() may write less than asked (a full disk writes what fits, then fails): write on, or fail. */
function writeFully(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    const n = fileSystem.writeSync(fd, bytes, written, bytes.length - written);
    if (!(n > 0)) throw Object.assign(new Error(`wrote ${written} of ${bytes.length} bytes, then nothing more`), { code: 'EIO' });
    written += n;
  }
  const size = fileSystem.fstatSync(fd).size;
  if (size !== bytes.length) throw Object.assign(new Error(`the file holds ${size} of ${bytes.length} bytes`), { code: 'EIO' });
}

function place(file: Staged, options: WriteOptions): void {
  if (!options.overwrite) {
    // link() fails if the target exists (a dangling symlink too), so no other writer can slip in between.
    try {
      fileSystem.linkSync(file.temp, file.target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(file.path);
      throw error;
    }
    file.placed = true;
    return;
  }
  if (entryExists(file.target)) {
    // Kept under a second name until every file is in place, so a later failure can put it back. A folder
    // there cannot be linked, and cannot be replaced either: rename() then says why.
    const backup = `${file.temp}.old`;
    try {
      fileSystem.linkSync(file.target, backup);
      file.backup = backup;
    } catch {
      // Not a file (a folder), or a disk without hard links: replaced without a way back, as rename() does.
    }
  }
  fileSystem.renameSync(file.temp, file.target);
  file.placed = true;
}

/** Puts back what an incomplete set changed: each file placed is removed, or the one it replaced restored. */
function takeBack(staged: readonly Staged[]): void {
  for (const file of staged) {
    if (!file.placed) continue;
    try {
      if (file.backup !== undefined) {
        fileSystem.renameSync(file.backup, file.target);
        file.backup = undefined;
      } else {
        fileSystem.unlinkSync(file.target);
      }
    } catch {
      // Nothing more can be done; the error that stopped the set is the one to tell.
    }
    file.placed = false;
  }
}

/** Linux's own limit on links followed in one path. */
const MAX_LINKS = 40;

/**
 * The path a file reached through symbolic links lands on: each link's target in turn (relative to the
 * link's folder), up to one that is not a link, or not there yet (a dangling link's target is created).
 * Only the last part of the path is followed: links among its folders the kernel follows itself.
 */
export function throughLinks(path: string): string {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let link: string;
    try {
      link = fs.readlinkSync(current);
    } catch (error) {
      // EINVAL: not a link; ENOENT: nothing there yet. Either way, this is where the file goes.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return current;
      throw error;
    }
    current = resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`more than ${MAX_LINKS} symbolic links from ${path}`), { code: 'ELOOP' });
}

/** A file that was not written because its name is taken (without overwrite). */
export class FileExistsError extends UsageError {}

function alreadyExists(path: string): FileExistsError {
  return new FileExistsError((w) => w.errors.exists(path));
}

/** Whether anything is at a path, a dangling symlink included. */
function entryExists(path: string): boolean {
  try {
    return fs.lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false; // a path through a file, say: nothing can be there
  }
}

/** So a rename survives a power cut with the file it put in place. */
function flushFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some systems cannot open or flush a folder; the file itself is flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    fileSystem.unlinkSync(path);
  } catch {
    // Already gone; or the folder went with a read-only or vanished disk, and the error that matters is told.
  }
}

/**
 * Makes a folder and its parents. Made here one level at a time rather than with mkdir's `recursive`,
 * which reports a read-only disk as "no such file" (ENOENT): this way the error is the real one.
 */
function makeFolderOnce(folder: string): void {
  if (madeFolders.has(folder)) return;
  makeFolder(folder);
  madeFolders.add(folder);
}

function makeFolder(folder: string): void {
  try {
    fileSystem.mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(folder) === folder) return foundFolder(folder, error);
    makeFolder(dirname(folder));
    try {
      fileSystem.mkdirSync(folder);
    } catch (again) {
      foundFolder(folder, again);
    }
  }
}

/**
 * A folder that mkdir found already made is fine: another thread of the batch may have made it just
 * before (two threads staging their first files did, and one failed with EEXIST). A file there is not.
 */
function foundFolder(folder: string, error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  if (!fs.statSync(folder).isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
}

/** Removes a batch's staging folder and whatever a stopped thread left in it. */
export function removeStagingFolder(folder: string): void {
  try {
    fs.rmSync(folder, { recursive: true, force: true });
  } catch {
    // Nothing was ever staged where the out dir could not be made (a path through a file, say), and the
    // batch has already said why; a cleanup failure must not hide that.
  }
}

/** Whether anything is at a path, a dangling symlink included. */
export async function exists(path: string): Promise<boolean> {
  return entryExists(path);
}
