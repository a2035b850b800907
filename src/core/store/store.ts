import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { StorybankError, isStorybankError } from '../errors';
import { newBank } from '../model/bank';
import { CURRENT_SCHEMA_VERSION, type Bank } from '../model/schema';
import { BankFile, conflictMessage } from './bank-file';
import { createBackup, listBackups, newestGoodBackup, pruneBackups, readBackup } from './backups';
import type { BackupInfo, BackupReason, Notice } from '../model/notice';
import { BANK_FILE, fileStamp, freePath, syncDir } from './files';
import { acquireLock, type DataLock } from './lock';
import {
  conflictNotice,
  migratedNotice,
  missingFileNotice,
  recoveredNotice,
  restoredNotice,
} from './notices';
import { parseBank } from './parse-bank';

export interface StoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Minimum time between automatic backups after the first save of a run. */
  backupIntervalMs?: number;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * The only way to the bank file. Holds the data folder's lock while open, keeps the bank in
 * memory, and saves it through one queue so writes never interleave.
 */
export class BankStore {
  private notices: Notice[] = [];
  private lastBackupAt: number | null = null;
  private queued: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  /** Changes made in memory, and how many of them are known to be on disk. */
  private changes = 0;
  private savedChanges = 0;

  private constructor(
    readonly dataDir: string,
    private readonly db: Low<Bank>,
    private readonly file: BankFile,
    private readonly lock: DataLock,
    private readonly now: () => Date,
    private readonly backupIntervalMs: number,
  ) {}

  static async open(options: StoreOptions): Promise<BankStore> {
    const now = options.now ?? (() => new Date());
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    const lock = await acquireLock(options.dataDir);
    try {
      const file = new BankFile(join(options.dataDir, BANK_FILE), now);
      const store = new BankStore(
        options.dataDir,
        new Low<Bank>(file, newBank()),
        file,
        lock,
        now,
        options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS,
      );
      await store.load();
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get bank(): Bank {
    return this.db.data;
  }

  get path(): string {
    return this.file.path;
  }

  /** What the person should be told about the state of the bank, newest concern first. */
  currentNotices(): Notice[] {
    const conflict = this.file.inConflict;
    return conflict
      ? [conflictNotice(conflictMessage(conflict)), ...this.notices]
      : [...this.notices];
  }

  dismissNotices(): void {
    this.notices = [];
  }

  /** Changes the bank in memory and saves it; the change stays in memory if the save fails. */
  async update<T>(change: (bank: Bank) => T): Promise<T> {
    this.assertOpen();
    const result = change(this.db.data);
    this.changes++;
    await this.save();
    return result;
  }

  /** Resolves once everything changed so far is on disk. */
  save(): Promise<void> {
    this.assertOpen();
    // Saves asked for while one is waiting share it: it writes the newest state anyway.
    if (this.queued) return this.queued;
    const next = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.writeNow();
      });
    this.queued = next;
    this.running = next;
    return next;
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dataDir);
  }

  /** Replaces the bank with a backup, first backing up the current file so it can be undone. */
  async restoreBackup(id: string): Promise<Notice> {
    this.assertOpen();
    const outcome = parseBank(await readBackup(this.dataDir, id));
    if (!outcome.ok) {
      throw new StorybankError(
        'corrupt',
        `The backup ${id} can't be restored: ${outcome.problem}.`,
      );
    }
    await this.running.catch(() => undefined);
    const undo = await this.backup('pre-restore');
    await this.file.acceptDiskVersion(); // restoring is the person's choice over any conflict
    this.db.data = outcome.bank;
    await this.save();
    const notice = restoredNotice(id, undo);
    this.notices = [notice];
    return notice;
  }

  /**
   * Brings in a bank from outside (an import): the current file is backed up first, then
   * `apply` changes the bank in memory and it is saved. Returns the backup and apply's result.
   */
  async importWith<T>(apply: (bank: Bank) => { bank: Bank; result: T }): Promise<T> {
    this.assertOpen();
    await this.running.catch(() => undefined);
    await this.backup('pre-import');
    const { bank, result } = apply(this.db.data);
    this.db.data = bank;
    this.changes++;
    await this.save();
    return result;
  }

  /** Conflict resolution: drop the in-memory bank for the version another program wrote. */
  async reloadFromDisk(): Promise<void> {
    this.assertOpen();
    await this.running.catch(() => undefined);
    this.notices = [];
    await this.load();
  }

  /** Conflict resolution: keep ours, after backing up the version another program wrote. */
  async keepMine(): Promise<void> {
    this.assertOpen();
    await this.running.catch(() => undefined);
    await this.backup('pre-overwrite');
    await this.file.acceptDiskVersion();
    await this.save();
  }

  /**
   * Saves what is pending and lets another Storybank open the folder. If the last save fails
   * it throws and stays open, so the caller can keep the window (and the text) and try again.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.running.catch(() => undefined);
    if (this.changes > this.savedChanges) await this.save();
    this.closed = true;
    await this.lock.release();
  }

  private async load(): Promise<void> {
    const text = await this.file.readText();
    if (text === null) {
      this.db.data = newBank();
      const backup = await newestGoodBackup(this.dataDir);
      if (backup) this.notices.push(missingFileNotice(backup));
      return;
    }
    const outcome = parseBank(text);
    if (!outcome.ok) {
      const movedTo = await this.moveAside();
      this.db.data = newBank();
      this.notices.push(
        recoveredNotice(outcome.problem, movedTo, await newestGoodBackup(this.dataDir)),
      );
      return;
    }
    this.db.data = outcome.bank;
    if (outcome.fromVersion < CURRENT_SCHEMA_VERSION) {
      const backup = await this.backup('pre-migration');
      await this.save();
      this.notices.push(migratedNotice(outcome.fromVersion, backup));
    }
  }

  /** Keeps a damaged file byte for byte under a new name; nothing is ever reset in place. */
  private async moveAside(): Promise<string> {
    const target = await freePath(
      this.dataDir,
      `storybank.corrupt-${fileStamp(this.now())}`,
      '.json',
    );
    await rename(this.file.path, target);
    await syncDir(this.dataDir);
    await this.file.readText(); // the baseline is now "no file"
    return target;
  }

  private async writeNow(): Promise<void> {
    const due =
      this.lastBackupAt === null ||
      this.now().getTime() - this.lastBackupAt >= this.backupIntervalMs;
    if (due) await this.backup('auto');
    const upTo = this.changes;
    try {
      await this.db.write();
      this.savedChanges = upTo;
    } catch (error) {
      if (isStorybankError(error)) throw error;
      throw new StorybankError('io', `Storybank could not save: ${describeIoError(error)}`, error);
    }
  }

  private async backup(reason: BackupReason): Promise<BackupInfo | null> {
    const now = this.now();
    const backup = await createBackup(this.dataDir, this.file.path, reason, now);
    if (!backup) return null; // no file yet: the next save tries again
    this.lastBackupAt = now.getTime();
    await pruneBackups(this.dataDir, now);
    return backup;
  }

  private assertOpen(): void {
    if (this.closed) throw new StorybankError('internal', 'The bank was closed.');
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'the disk is full. Free some space; your text is kept until then.';
  if (code === 'EACCES' || code === 'EPERM') return 'the data folder is not writable.';
  if (code === 'EROFS') return 'the data folder is on a read-only disk.';
  return `${(error as Error).message ?? String(error)}.`;
}
