import { join } from 'node:path';
import { freeze } from 'immer';
import { Low } from 'lowdb';
import { StorybankError, isStorybankError } from '../errors';
import { newBank } from '../model/bank';
import { CURRENT_SCHEMA_VERSION, type Bank } from '../model/schema';
import { takeTheirs } from '../portability/three-way-merge';
import { BankFile, ChangedOnDisk } from './bank-file';
import { BackupSchedule } from './backup-schedule';
import { listBackups, newestGoodBackup, readBackup } from './backups';
import type { BackupInfo, Notice } from '../model/notice';
import { applyChange, type Replacement } from './draft';
import { BANK_FILE, moveAside } from './files';
import { describeIoError } from './io-words';
import { acquireLock, prepareDataDir, type DataLock } from './lock';
import {
  backupSkippedNotice,
  migratedNotice,
  missingFileNotice,
  recoveredNotice,
  recreatedNotice,
  restoredNotice,
} from './notices';
import { reconcile, type OutsideConflict } from './outside-changes';
import { parseBank } from './parse-bank';

export interface StoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Minimum time between automatic backups after the first save of a run. */
  backupIntervalMs?: number;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 15 * 60 * 1000;
/** Another program writing again while we merge its last write: give up after this many. */
const MAX_MERGES_PER_SAVE = 3;

/**
 * The only way to the bank file. Holds the data folder's lock while open, keeps the bank in
 * memory (immutable: every change makes a new bank sharing what it did not touch), checks
 * every change against the reader's rules before it counts, and saves through one queue so
 * writes never interleave.
 */
export class BankStore {
  private notices: Notice[] = [];
  private conflict: OutsideConflict | null = null;
  private queued: Promise<void> | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  /** Changes made in memory, and how many of them are known to be on disk. */
  private changes = 0;
  private savedChanges = 0;
  /** The bank as this process last read or wrote the file: the base of a three-way merge. */
  private base: Bank | null = null;
  private outsideChanges = 0;

  private constructor(
    readonly dataDir: string,
    private readonly db: Low<Bank>,
    private readonly file: BankFile,
    private readonly lock: DataLock,
    private readonly now: () => Date,
    private readonly backups: BackupSchedule,
  ) {}

  static async open(options: StoreOptions): Promise<BankStore> {
    const now = options.now ?? (() => new Date());
    await prepareDataDir(options.dataDir);
    const lock = await acquireLock(options.dataDir);
    try {
      const file = new BankFile(join(options.dataDir, BANK_FILE));
      const store = new BankStore(
        options.dataDir,
        new Low<Bank>(file, newBank()),
        file,
        lock,
        now,
        new BackupSchedule(
          options.dataDir,
          file.path,
          now,
          options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS,
        ),
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

  /** Grows each time the bank in memory took in changes another program made to the file. */
  get outsideRevision(): number {
    return this.outsideChanges;
  }

  /** What the person should be told about the state of the bank, newest concern first. */
  currentNotices(): Notice[] {
    return this.conflict ? [this.conflict.notice, ...this.notices] : [...this.notices];
  }

  dismissNotices(): void {
    this.notices = [];
  }

  /**
   * Changes the bank and saves it. A change that would break a rule the reader checks is
   * refused in words and changes nothing; a change that fails to save stays in memory.
   */
  async update<T>(change: (draft: Bank) => T | Replacement): Promise<T> {
    this.assertOpen();
    const { bank, result } = applyChange(this.db.data, change);
    this.db.data = bank;
    this.changes++;
    await this.save();
    return result as T;
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
    await this.settle();
    const undo = await this.backups.before('pre-restore', 'restoring');
    await this.acceptDiskVersion(); // restoring is the person's choice over any conflict
    this.db.data = freeze(outcome.bank, true);
    this.changes++;
    await this.save();
    const notice = restoredNotice(id, undo);
    this.notices = [notice];
    return notice;
  }

  /**
   * Brings in a bank from outside (an import): the current file is backed up first, then the
   * change runs like any other (it may return `{ replaceWith }` to replace the whole bank).
   */
  async importWith<T>(change: (draft: Bank) => T | Replacement): Promise<T> {
    this.assertOpen();
    await this.settle();
    const checked = applyChange(this.db.data, change); // a bad import changes nothing, backs up nothing
    await this.backups.before('pre-import', 'importing');
    this.db.data = checked.bank;
    this.changes++;
    await this.save();
    return checked.result as T;
  }

  /**
   * The person's answer to a conflict. "Theirs": the other program's versions of what both
   * changed (or, when its file could not be merged, the file as it is). "Mine": the bank as it
   * is, after backing up a file that could not be merged.
   */
  async resolveConflict(choice: 'use-theirs' | 'keep-mine'): Promise<void> {
    this.assertOpen();
    await this.settle();
    const conflict = this.conflict;
    if (!conflict) return;
    if (conflict.kind === 'merged') {
      if (choice === 'use-theirs') {
        await this.update(() => ({ replaceWith: takeTheirs(this.db.data, conflict.conflicts) }));
      }
      this.conflict = null;
      return;
    }
    if (choice === 'use-theirs') {
      this.conflict = null;
      this.notices = [];
      await this.load();
      return;
    }
    await this.backups.before('pre-overwrite', 'keeping your version');
    await this.acceptDiskVersion();
    this.changes++;
    await this.save();
  }

  /**
   * Saves what is pending and lets another Storybank open the folder. If the last save fails
   * it throws and stays open, so the caller can keep the window (and the text) and try again.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    if (this.changes > this.savedChanges) await this.save();
    this.closed = true;
    await this.lock.release();
  }

  /** Opens the file through lowdb's read; lowdb keeps the new bank when there is none. */
  private async load(): Promise<void> {
    this.db.data = newBank();
    this.file.formatOnDisk = null;
    try {
      await this.db.read();
    } catch (error) {
      if (!isStorybankError(error) || error.code !== 'corrupt') throw error;
      const { problem } = error.detail as { problem: string };
      const movedTo = await moveAside(this.file.path, this.now());
      await this.file.readText(); // the baseline is now "no file"
      this.setBank(newBank(), null);
      const backup = await newestGoodBackup(this.dataDir);
      this.notices.push(recoveredNotice(problem, movedTo, backup));
      return;
    }
    const fromVersion = this.file.formatOnDisk;
    if (fromVersion === null) {
      this.setBank(this.db.data, null);
      const backup = await newestGoodBackup(this.dataDir);
      if (backup) this.notices.push(missingFileNotice(backup));
      return;
    }
    this.setBank(this.db.data, this.db.data);
    if (fromVersion < CURRENT_SCHEMA_VERSION) await this.migrateOnDisk(fromVersion);
  }

  /** An older file: backed up as it is, then saved in the current format. */
  private async migrateOnDisk(fromVersion: number): Promise<void> {
    let backup: BackupInfo | null;
    try {
      backup = await this.backups.take('pre-migration');
    } catch (error) {
      // The old file stays as it is until the person's next change is saved.
      this.putNotice(backupSkippedNotice(describeIoError(error)));
      this.notices.push(migratedNotice(fromVersion, null));
      return;
    }
    this.changes++;
    await this.save();
    this.notices.push(migratedNotice(fromVersion, backup));
  }

  private setBank(bank: Bank, base: Bank | null): void {
    this.db.data = freeze(bank, true);
    this.base = base && this.db.data;
  }

  private async writeNow(): Promise<void> {
    const backup = await this.backups.whenDue();
    if (backup === 'made') this.dropNotice('backup-skipped');
    else if (backup !== 'not-due') this.putNotice(backupSkippedNotice(backup.skipped));
    const upTo = this.changes;
    for (let merges = 0; ; merges++) {
      const bank = this.db.data;
      try {
        await this.db.write();
        this.base = bank;
        this.savedChanges = upTo;
        if (this.file.recreatedByLastWrite) this.putNotice(recreatedNotice(this.file.path));
        return;
      } catch (error) {
        if (error instanceof ChangedOnDisk && merges < MAX_MERGES_PER_SAVE) {
          await this.takeInOutsideChange(error);
          continue;
        }
        if (isStorybankError(error)) throw error;
        const why =
          error instanceof ChangedOnDisk
            ? 'another program keeps changing the file.'
            : describeIoError(error);
        throw new StorybankError('io', `Storybank could not save: ${why}`, error);
      }
    }
  }

  private async takeInOutsideChange({ onDisk }: ChangedOnDisk): Promise<void> {
    if (onDisk === null) return; // deleted again after we looked: the next write puts it back
    const outcome = await reconcile({
      dataDir: this.dataDir,
      base: this.base,
      ours: this.db.data,
      theirText: onDisk.text,
      now: this.now(),
      previous: this.conflict,
    });
    if (!outcome.ok) {
      this.conflict = outcome.conflict;
      throw new StorybankError('conflict', outcome.conflict.notice.message, {
        conflictPath: outcome.conflict.path,
      });
    }
    this.file.adopt(onDisk);
    this.db.data = freeze(outcome.bank, true);
    this.base = outcome.theirs;
    // A file that could not be read before has now been merged; an open choice about stories
    // both sides changed stays until the person makes it.
    if (outcome.conflict) this.conflict = outcome.conflict;
    else if (this.conflict?.kind === 'unreadable') this.conflict = null;
    if (outcome.notice) this.putNotice(outcome.notice);
    if (outcome.fromTheirs > 0) this.outsideChanges++;
  }

  /** The file on disk, as it is now, becomes what saves compare against. */
  private async acceptDiskVersion(): Promise<void> {
    await this.file.readText();
    this.conflict = null;
  }

  private dropNotice(kind: Notice['kind']): void {
    this.notices = this.notices.filter((notice) => notice.kind !== kind);
  }

  private putNotice(notice: Notice): void {
    this.notices = [notice, ...this.notices.filter((other) => other.kind !== notice.kind)];
  }

  private settle(): Promise<void> {
    return this.running.catch(() => undefined);
  }

  private assertOpen(): void {
    if (this.closed) throw new StorybankError('internal', 'The bank was closed.');
  }
}
