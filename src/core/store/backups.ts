import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StorybankError } from '../errors';
import { BACKUP_DIR, copyFileDurably, fileStamp, freePath, isMissing, stampToIso } from './files';
import { parseBank } from './parse-bank';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../model/notice';

export const KEEP_NEWEST = 10;
export const KEEP_DAILY_DAYS = 7;

const NAME = /^storybank-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?-([a-z-]+)\.json$/;

export const backupDir = (dataDir: string) => join(dataDir, BACKUP_DIR);

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  const createdAt = match?.[1] ? stampToIso(match[1]) : null;
  const reason = BACKUP_REASONS.find((known) => known === match?.[2]);
  return createdAt && reason ? { createdAt, reason } : null;
}

/** Copies the bank file byte for byte; returns null when there is no file to copy yet. */
export async function createBackup(
  dataDir: string,
  sourcePath: string,
  reason: BackupReason,
  now: Date,
): Promise<BackupInfo | null> {
  const dir = backupDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // The reason goes last so names still sort by time; freePath adds -2 before it on a clash.
  const target = await freePath(dir, `storybank-${fileStamp(now)}`, `-${reason}.json`);
  try {
    await copyFileDurably(sourcePath, target);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const id = target.slice(dir.length + 1);
  return { id, createdAt: now.toISOString(), reason, bytes: (await stat(target)).size };
}

/** Newest first. Files that are not Storybank backups are left alone and not listed. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const { size } = await stat(join(dir, name));
    backups.push({ id: name, ...parsed, bytes: size });
  }
  return backups.sort((a, b) => b.id.localeCompare(a.id));
}

/**
 * Keeps the newest ten, plus the newest of each of the last seven days, so a mistake noticed
 * days later can still be undone.
 */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => b.id.localeCompare(a.id));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((backup) => backup.id));
  const oldestDay = now.getTime() - KEEP_DAILY_DAYS * 24 * 60 * 60 * 1000;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (Date.parse(backup.createdAt) < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  return newestFirst.filter((backup) => !keep.has(backup.id));
}

export async function pruneBackups(dataDir: string, now: Date): Promise<void> {
  for (const backup of backupsToPrune(await listBackups(dataDir), now)) {
    await unlink(join(backupDir(dataDir), backup.id)).catch(() => undefined);
  }
}

/** The text of one backup; the id must be a listed backup name, never a path. */
export async function readBackup(dataDir: string, id: string): Promise<string> {
  if (!parseName(id)) {
    throw new StorybankError('invalid-input', `"${id}" is not the name of a Storybank backup.`);
  }
  try {
    return await readFile(join(backupDir(dataDir), id), 'utf8');
  } catch (error) {
    if (isMissing(error)) {
      throw new StorybankError('not-found', `The backup ${id} is no longer in the backups folder.`);
    }
    throw error;
  }
}

/** The newest backup that opens as a valid bank, to offer when the bank file is damaged. */
export async function newestGoodBackup(dataDir: string): Promise<BackupInfo | null> {
  for (const backup of await listBackups(dataDir)) {
    try {
      if (parseBank(await readBackup(dataDir, backup.id)).ok) return backup;
    } catch {
      // A newer-format or unreadable backup is not one we can offer.
    }
  }
  return null;
}
