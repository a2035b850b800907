import { constants } from 'node:fs';
import { copyFile, open, rename, stat } from 'node:fs/promises';
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
 * Atomic and durable: the old file or the new one survives a crash, never a half-written mix.
 * The temp name is fixed, so two writes that overlapped would fail loudly rather than mix;
 * callers queue their writes.
 */
export async function writeFileDurably(path: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  // Career history is private: readable by its owner only.
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameWithRetry(temp, path);
  await syncDir(dirname(path));
}

/** Copies without ever overwriting the target, and syncs the copy to disk. */
export async function copyFileDurably(from: string, to: string): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_EXCL);
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Antivirus and sync clients on Windows hold files briefly; the rename then fails with EPERM.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (!transient || process.platform !== 'win32' || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
