import { stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * Staging is split into one folder per process (`tmp/<host>.<pid>`), because several server processes may share
 * one DATA_DIR: at start a process may only remove what a dead process left, never another live process's
 * upload in flight. On this host "dead" is certain (the pid no longer runs, or it is our own pid, reused after
 * a restart — a container's pid 1). Another host's process cannot be asked, so its folder counts as abandoned
 * only when nothing in it changed for longer than any upload can take; so does a folder on this host whose pid
 * runs, since that pid may have been reused.
 */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

const host = hostname().replace(/[^A-Za-z0-9-]/g, '-') || 'host';

/** This process's staging folder name. */
export function ownStagingName(): string {
  return `${host}.${process.pid}`;
}

/** Whether a staging folder belongs to no running process (see above). */
export async function isAbandoned(folder: string, files: string[], now: number): Promise<boolean> {
  const owner = /^(.+)\.(\d+)$/.exec(path.basename(folder));
  if (owner?.[1] === host) {
    const pid = Number(owner[2]);
    if (pid === process.pid || !isRunning(pid)) return true;
  }
  // Also on this host: a pid may since belong to an unrelated process (after a reboot).
  const times = await Promise.all(
    [folder, ...files.map((f) => path.join(folder, f))].map((p) =>
      stat(p).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  return now - Math.max(...times) > ABANDONED_AFTER_MS;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the pid runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
