import { hostname } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataDirError } from './DataDirError';
import { isErrorCode } from './isErrorCode';
import { messageOf } from './messageOf';

export const LOCK_FILE = 'qkms.lock';

export interface DataDirLock {
  release(): Promise<void>;
}

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

/**
 * Claims the directory for this process with a lock file that only one process can link in, so a second
 * server on the same directory stops with a message naming the first. A lock left by a process
 * that no longer runs on this host (a server killed with SIGKILL) is taken over, since a kill
 * must not keep the data from being served again.
 */
export async function lockDataDir(directory: string): Promise<DataDirLock> {
  const file = path.join(directory, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under another name first, then linked in (atomic, fails if the lock exists),
    // so a lock file is never seen half-written.
    const draft = `${file}.${process.pid}`;
    await writeFile(draft, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
    try {
      await link(draft, file);
      return {
        release: async () => {
          // Only remove a lock that is still ours.
          const holder = await readOwner(file);
          if (typeof holder === 'object' && holder.pid === process.pid) await unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if (!isErrorCode(error, 'EEXIST')) throw new DataDirError(file, `cannot create the lock file: ${messageOf(error)}`, 'Check that the directory is writable.');
    } finally {
      await unlink(draft).catch(() => undefined);
    }
    const holder = await readOwner(file);
    if (holder === 'gone') continue;
    if (holder === undefined) {
      throw new DataDirError(file, 'the lock file is not one a QKMS server wrote.', 'If no QKMS server runs on this directory, delete the lock file and start again.');
    }
    if (holder.hostname !== owner.hostname) {
      throw new DataDirError(
        file,
        `the data directory is locked by process ${holder.pid} on host '${holder.hostname}' (since ${holder.startedAt}).`,
        'Stop that server first. If it is surely gone, delete the lock file and start again.',
      );
    }
    if (isRunning(holder.pid)) {
      throw new DataDirError(
        file,
        `the data directory is in use by another QKMS server (process ${holder.pid}, since ${holder.startedAt}).`,
        'Two servers cannot share one data directory: stop the other one, or give this one another --data-dir.',
      );
    }
    // The holder no longer runs (a server killed with SIGKILL): take the lock over, unless another
    // starting server took it over in the meantime.
    const again = await readOwner(file);
    if (typeof again === 'object' && (again.pid !== holder.pid || again.startedAt !== holder.startedAt)) continue;
    await unlink(file).catch((error: unknown) => {
      if (!isErrorCode(error, 'ENOENT')) throw error;
    });
  }
  throw new DataDirError(file, 'another process keeps taking the lock.', 'Stop the other servers started on this directory.');
}

/** The lock's holder; 'gone' when the lock file no longer exists, undefined when it is not a lock we wrote. */
async function readOwner(file: string): Promise<LockOwner | 'gone' | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return 'gone';
    throw new DataDirError(file, `cannot read the lock file: ${messageOf(error)}`, 'Check the permissions of the data directory.');
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'pid' in parsed &&
      typeof parsed.pid === 'number' &&
      'hostname' in parsed &&
      typeof parsed.hostname === 'string' &&
      'startedAt' in parsed &&
      typeof parsed.startedAt === 'string'
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: parsed.startedAt };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return isErrorCode(error, 'EPERM');
  }
}
