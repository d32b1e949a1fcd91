// Who owns a lock or a staging folder: a process on a host. A file records its owner, and a later run
// tells whether that owner is gone (killed outright, so it could not clean up) and what it left may be
// taken over or removed. A pid alone is not enough: pids are reused, so on Linux the process's start
// time (from /proc) is recorded beside it, and a live process with that pid but another start is not
// the owner. A process on another host cannot be asked: it is taken to be alive.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessOwner {
  pid: number;
  host: string;
  /** The process's start time, in clock ticks since boot, where /proc gives it. */
  start?: string;
}

/** This process, as it records itself. */
export function thisProcess(pid: number): ProcessOwner {
  const start = startOf(pid);
  return { pid, host: hostname(), ...(start === undefined ? {} : { start }) };
}

/** Whether the owner is certainly gone: a process of this host that no longer runs (or whose pid now names another). */
export function isGone(owner: ProcessOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const start = startOf(owner.pid);
  return owner.start !== undefined && start !== undefined && start !== owner.start;
}

/** An owner as a file records it, or undefined when the text is not one. */
export function ownerFrom(text: string): ProcessOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<ProcessOwner>;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0 || typeof value.host !== 'string') return undefined;
    return { pid: value.pid!, host: value.host, ...(typeof value.start === 'string' ? { start: value.start } : {}) };
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat, after the command name (which may hold spaces and brackets). */
function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
