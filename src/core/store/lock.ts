import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StorybankError } from '../errors';
import { LOCK_FILE } from './files';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataLock {
  path: string;
  release(): Promise<void>;
}

const lockedError = (owner: LockOwner | null) =>
  new StorybankError(
    'locked',
    'This bank is open in another Storybank window. Close that window (or the Storybank ' +
      'command running on it) and try again.',
    owner,
  );

/**
 * One writer per data folder, across the app, browser mode and the command line. The lock file
 * names its owner; a lock whose process is gone (a crash) is taken over.
 */
export async function acquireLock(dataDir: string): Promise<DataLock> {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return ownLock(path, me);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    if (!(await isStale(path, owner))) throw lockedError(owner);
    await unlink(path).catch(() => undefined);
  }
  throw lockedError(await readOwner(path));
}

function ownLock(path: string, me: LockOwner): DataLock {
  const isMine = () => {
    try {
      const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
      return owner.pid === me.pid && owner.startedAt === me.startedAt;
    } catch {
      return false;
    }
  };
  // A process that exits without closing the store (Ctrl+C mid-save, an uncaught error) must
  // not leave the bank locked for the next launch.
  const onExit = () => {
    if (isMine()) unlinkSync(path);
  };
  process.once('exit', onExit);
  return {
    path,
    async release() {
      process.removeListener('exit', onExit);
      if (isMine()) await unlink(path).catch(() => undefined);
    },
  };
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') {
      return { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt) };
    }
  } catch {
    // Unreadable or half-written: judged by age below.
  }
  return null;
}

async function isStale(path: string, owner: LockOwner | null): Promise<boolean> {
  if (!owner) {
    // A lock being written right now is briefly empty; an old unreadable one is debris.
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    return age > 10_000;
  }
  // Another machine's process can't be checked (a synced or network folder): assume alive.
  if (owner.host !== hostname()) return false;
  return !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the folder's lock right now, for `storybank doctor`; null when nobody does. */
export async function inspectLock(
  dataDir: string,
): Promise<{ pid: number | null; host: string | null; stale: boolean } | null> {
  const path = join(dataDir, LOCK_FILE);
  try {
    await stat(path);
  } catch {
    return null;
  }
  const owner = await readOwner(path);
  return { pid: owner?.pid ?? null, host: owner?.host ?? null, stale: await isStale(path, owner) };
}
