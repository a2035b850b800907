import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StorybankError } from '../errors';
import { LOCK_FILE } from './files';
import {
  currentBoot,
  isAlive,
  processStart,
  sameBoot,
  type BootIdentity,
} from './process-identity';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** Missing in locks written before Storybank recorded them. */
  boot?: BootIdentity;
  processStart?: string | null;
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

/** Creates the data folder, or says in one sentence why Storybank can't use it. */
export async function prepareDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw folderError(dataDir, error);
  }
}

function folderError(dataDir: string, error: unknown): StorybankError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'it may not write there (permission denied)'
      : code === 'EROFS'
        ? 'the disk is read-only'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file stands where the folder should be'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (error as Error).message;
  return new StorybankError(
    'io',
    `Storybank can't use the data folder ${dataDir}: ${why}. Choose another folder with ` +
      '--data, or fix the folder and try again.',
    error,
  );
}

/**
 * One writer per data folder, across the app, browser mode and the command line. The lock file
 * names its owner: host, PID, when that process started and in which boot. A lock whose
 * owner is gone (a crash, a reboot, a PID now used by another program) is taken over.
 */
export async function acquireLock(dataDir: string): Promise<DataLock> {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    boot: currentBoot(),
    processStart: processStart(process.pid),
  };
  const text = JSON.stringify(me);
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if (await createExclusively(path, text)) return ownLock(path, me);
    } catch (error) {
      throw folderError(dataDir, error);
    }
    const held = await readFile(path, 'utf8').catch(() => null);
    if (held === null) continue; // released just now: try again
    const owner = parseOwner(held);
    if (!(await isStale(path, owner))) throw lockedError(owner);
    if (await takeOver(path, held, text)) return ownLock(path, me);
  }
  throw lockedError(parseOwner(await readFile(path, 'utf8').catch(() => '')));
}

/**
 * Creates the lock with its content in one step: written beside it, then hard-linked into
 * place, which fails if a lock is there. Nobody ever reads a half-written lock. Where the
 * file system has no hard links, an exclusive create does the same job a little less neatly.
 */
async function createExclusively(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text, { mode: 0o600 });
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  try {
    await writeFile(path, text, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Replaces a stale lock with ours, racing no other Storybank doing the same: only the holder of
 * a short-lived guard file may replace the lock, and only if it is still the one judged stale.
 * The replacement is one rename, so there is never a moment without a lock to be taken.
 */
async function takeOver(path: string, judged: string, text: string): Promise<boolean> {
  const guard = `${path}.takeover`;
  if (!(await createExclusively(guard, text))) {
    // Someone else is taking over. A guard left by a crash in that instant is cleared later.
    const age = Date.now() - (await stat(guard).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > 10_000) await unlink(guard).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    return false;
  }
  try {
    if ((await readFile(path, 'utf8').catch(() => null)) !== judged) return false;
    const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, text, { mode: 0o600 });
    await rename(temp, path);
    return true;
  } finally {
    await unlink(guard).catch(() => undefined);
  }
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

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') {
      return { ...owner, pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt) };
    }
  } catch {
    // Unreadable: judged by age below.
  }
  return null;
}

async function isStale(path: string, owner: LockOwner | null): Promise<boolean> {
  if (!owner) {
    // Locks are created whole, so an unreadable one is debris, unless it is very new (a lock
    // made by exclusive create where there are no hard links is briefly empty).
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    return age > 10_000;
  }
  // Another machine's process can't be checked (a synced or network folder): assume alive.
  if (owner.host !== hostname()) return false;
  if (owner.boot && !sameBoot(owner.boot, currentBoot())) return true;
  if (!isAlive(owner.pid)) return true;
  // The PID is in use, but perhaps by a process that started after the lock was taken.
  const started = processStart(owner.pid);
  return Boolean(owner.processStart && started && started !== owner.processStart);
}

/** Who holds the folder's lock right now, for `storybank doctor`; null when nobody does. */
export async function inspectLock(
  dataDir: string,
): Promise<{ pid: number | null; host: string | null; stale: boolean } | null> {
  const path = join(dataDir, LOCK_FILE);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  const owner = parseOwner(text);
  return { pid: owner?.pid ?? null, host: owner?.host ?? null, stale: await isStale(path, owner) };
}
