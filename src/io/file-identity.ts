// Which file a path leads to, so no output of a run can land on one of its inputs or on another output,
// whatever names, `..`, symbolic links or hard links reach it by: with --force or without.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where a path leads: the entry it names (its folder's real path and its name), and the file there, if any. */
export interface FileIdentity {
  /** The path as given, for messages. */
  path: string;
  /** The folder's real path and the name in it: what a rename over this path replaces. */
  entry: string;
  /** Device and inode of what is there now, following symbolic links; undefined when nothing is. */
  file?: string;
}

export class IdentityCache {
  private readonly folders = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  of(path: string): FileIdentity {
    const { entry } = this.entryOf(path);
    let file: string | undefined;
    try {
      const info = statSync(resolve(this.cwd, path), { throwIfNoEntry: false });
      if (info !== undefined) file = `${info.dev}:${info.ino}`;
    } catch {
      // Not reachable (a path through a file, a loop of links): only the entry can clash.
    }
    return { path, entry, ...(file === undefined ? {} : { file }) };
  }

  /**
   * The entry a path names, without asking the disk what file it reaches: for a path that reaches none
   * (its folder holds nothing), or where only its entry can clash.
   */
  entryOf(path: string): FileIdentity {
    const absolute = resolve(this.cwd, path);
    return { path, entry: join(this.realFolder(dirname(absolute)), basename(absolute)) };
  }

  /** A folder's real path; for a folder not made yet, its nearest existing parent's real path and the rest. */
  private realFolder(folder: string): string {
    let real = this.folders.get(folder);
    if (real === undefined) {
      try {
        real = realpathSync(folder);
      } catch {
        const parent = dirname(folder);
        real = parent === folder ? folder : join(this.realFolder(parent), basename(folder));
      }
      this.folders.set(folder, real);
    }
    return real;
  }
}

/** Paths by entry and by file, to find the one an output would replace: the same entry, or the same file under another name. */
export class IdentityIndex<T> {
  private readonly byEntry = new Map<string, T>();
  private readonly byFile = new Map<string, T>();

  add(identity: FileIdentity, value: T): void {
    if (!this.byEntry.has(identity.entry)) this.byEntry.set(identity.entry, value);
    if (identity.file !== undefined && !this.byFile.has(identity.file)) this.byFile.set(identity.file, value);
  }

  /** What writing to `output` would replace, if anything here. */
  hit(output: FileIdentity): T | undefined {
    return this.byEntry.get(output.entry) ?? (output.file === undefined ? undefined : this.byFile.get(output.file));
  }
}
