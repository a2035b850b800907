import { renameSync, type Stats } from 'node:fs';
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const BANK_FILE = 'storybank.json';
export const LOCK_FILE = 'storybank.lock';
export const BACKUP_DIR = 'backups';

/** A file-name-safe, sortable time: 2026-11-27T17-34-57-123Z (no ':' for Windows). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function stampToIso(stamp: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!match) return null;
  return `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** `dir/prefix + suffix`, or with -2, -3… when that name is taken: nothing is overwritten. */
export async function freePath(dir: string, prefix: string, suffix: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(dir, `${prefix}${n === 1 ? '' : `-${n}`}${suffix}`);
    if (!(await exists(path))) return path;
  }
}

/** Keeps a damaged file byte for byte under a new name beside it; nothing is reset in place. */
export async function moveAside(path: string, now: Date): Promise<string> {
  const dir = dirname(path);
  const target = await freePath(dir, `storybank.corrupt-${fileStamp(now)}`, '.json');
  await rename(path, target);
  await syncDir(dir);
  return target;
}

/** Makes a rename or a new file in `dir` survive a power cut (POSIX only; Windows can't). */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Who a file is: the same inode, size and modification time. The change time is left out on
 * purpose: a rename updates it, and our own rename must not look like another program's write.
 */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

export const identityOf = (stats: Stats): FileIdentity => ({
  ino: stats.ino,
  size: stats.size,
  mtimeMs: stats.mtimeMs,
});

export const sameIdentity = (a: FileIdentity, b: FileIdentity) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The temp file a durable write goes through; its name is fixed (see writeFileDurably). */
export const tempPathOf = (path: string) => join(dirname(path), `.${basename(path)}.tmp`);

/**
 * Writes `text` to the temp file beside `path` and flushes it to disk. Returns the temp file's
 * identity, read from its own descriptor: once renamed, that is the identity of our file.
 */
export async function writeTemp(path: string, text: string | Uint8Array): Promise<FileIdentity> {
  // Career history is private: readable by its owner only.
  const handle = await open(tempPathOf(path), 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
    return identityOf(await handle.stat());
  } finally {
    await handle.close();
  }
}

/** Puts the flushed temp file in place of `path`, atomically. */
export async function commitTemp(path: string): Promise<void> {
  const temp = tempPathOf(path);
  try {
    // Synchronous on purpose: callers check the target just before, and nothing may run between.
    renameSync(temp, path);
  } catch (error) {
    if (!isTransient(error)) throw error;
    await renameWithRetry(temp, path);
  }
  await syncDir(dirname(path));
}

export async function discardTemp(path: string): Promise<void> {
  await unlink(tempPathOf(path)).catch(() => undefined);
}

/**
 * Atomic and durable: the old file or the new one survives a crash, never a half-written mix.
 * The temp name is fixed, so two writes that overlapped would fail loudly rather than mix;
 * callers queue their writes.
 */
export async function writeFileDurably(path: string, text: string | Uint8Array): Promise<void> {
  await writeTemp(path, text);
  await commitTemp(path);
}

/**
 * Copies through a temp file that is flushed and then renamed, so a crash never leaves a
 * partial copy under the target's name. The target name must be free (see freePath).
 */
export async function copyFileDurably(from: string, to: string): Promise<void> {
  const temp = join(dirname(to), `.${basename(to)}.tmp`);
  try {
    await copyFile(from, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, to);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dirname(to));
}

const isTransient = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return (
    process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')
  );
};

// Antivirus and sync clients on Windows hold files briefly; the rename then fails with EPERM.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (!isTransient(error) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
