import { StorybankError } from '../errors';
import type { BackupInfo, BackupReason } from '../model/notice';
import { createBackup, pruneBackups } from './backups';
import { describeIoError } from './io-words';

/** After a failed automatic backup, the next save tries again this much later. */
const RETRY_MS = 60 * 1000;

/**
 * When the store backs up the bank file: at the first save of a run, then at most every
 * interval; and before risky steps, which do not happen without their backup.
 */
export class BackupSchedule {
  private lastAt: number | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly filePath: string,
    private readonly now: () => Date,
    private readonly intervalMs: number,
  ) {}

  /**
   * The automatic backup, when due. It never throws: the person's text comes first, so a
   * failure is reported (in words) for a notice and tried again a minute later.
   */
  async whenDue(): Promise<'not-due' | 'made' | { skipped: string }> {
    const now = this.now().getTime();
    if (this.lastAt !== null && now - this.lastAt < this.intervalMs) return 'not-due';
    try {
      await this.take('auto');
      return 'made';
    } catch (error) {
      this.lastAt = now - this.intervalMs + RETRY_MS;
      return { skipped: describeIoError(error) };
    }
  }

  /** A backup a risky step needs; without it the step is refused in words. */
  async before(reason: BackupReason, doing: string): Promise<BackupInfo | null> {
    try {
      return await this.take(reason);
    } catch (error) {
      throw new StorybankError(
        'io',
        `Storybank could not back up the bank before ${doing}, so nothing was changed: ` +
          describeIoError(error),
        error,
      );
    }
  }

  /** Copies the bank file now; null when there is no file yet (the next save tries again). */
  async take(reason: BackupReason): Promise<BackupInfo | null> {
    const now = this.now();
    const backup = await createBackup(this.dataDir, this.filePath, reason, now);
    if (!backup) return null;
    this.lastAt = now.getTime();
    await pruneBackups(this.dataDir, now);
    return backup;
  }
}
