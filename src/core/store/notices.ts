import type { BackupInfo, Notice, NoticeAction } from '../model/notice';

const when = (backup: BackupInfo) =>
  new Date(backup.createdAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }) + ' UTC';

export const restoreAction = (backup: BackupInfo): NoticeAction => ({
  kind: 'restore-backup',
  backupId: backup.id,
  label: `Restore the backup from ${when(backup)}`,
});

export function recoveredNotice(
  problem: string,
  movedTo: string,
  backup: BackupInfo | null,
): Notice {
  return {
    kind: 'recovered',
    severity: 'warning',
    message:
      `Storybank could not read its data file: ${problem}. The file was kept unchanged as ` +
      `${movedTo}. ` +
      (backup
        ? `You are looking at an empty bank; restore your newest good backup to get your stories back.`
        : 'No good backup was found, so Storybank started an empty bank.'),
    actions: backup ? [restoreAction(backup)] : [],
  };
}

export function missingFileNotice(backup: BackupInfo): Notice {
  return {
    kind: 'missing-file',
    severity: 'warning',
    message:
      'The bank file is missing from the data folder, but backups are there. Restore the newest ' +
      'one, or start writing to begin an empty bank.',
    actions: [restoreAction(backup)],
  };
}

export function migratedNotice(fromVersion: number, backup: BackupInfo | null): Notice {
  return {
    kind: 'migrated',
    severity: 'info',
    message:
      `Your bank was updated from data format ${fromVersion} to the current one.` +
      (backup ? ` A copy of the old file is in the backups folder (${backup.id}).` : ''),
    actions: [],
  };
}

const OTHER_PROGRAM =
  'Another program changed the Storybank file while it was open (a sync client or another computer?).';

/** Their file could not be read, so nothing was merged or overwritten. */
export function unreadableConflictNotice(problem: string, conflictPath: string): Notice {
  return {
    kind: 'conflict',
    severity: 'warning',
    message:
      `${OTHER_PROGRAM} Its version can't be read (${problem}), so it was not overwritten; your ` +
      `latest changes are kept in ${conflictPath}. Load the version on disk, or keep yours.`,
    actions: [
      { kind: 'use-theirs', label: 'Load the version on disk' },
      { kind: 'keep-mine', label: 'Keep my version' },
    ],
  };
}

/** Both sides changed the same things: ours stays, theirs is kept beside the bank. */
export function mergeConflictNotice(names: string[], conflictPath: string): Notice {
  const listed =
    names.length > 3
      ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
      : names.join(', ');
  return {
    kind: 'conflict',
    severity: 'warning',
    message:
      `${OTHER_PROGRAM} Everything else was merged, but you both changed ${listed}. Your ` +
      `versions are in the bank; the other file is kept as ${conflictPath}.`,
    actions: [
      { kind: 'use-theirs', label: 'Use the other versions' },
      { kind: 'keep-mine', label: 'Keep mine' },
    ],
  };
}

export function mergedNotice(count: number): Notice {
  return {
    kind: 'merged',
    severity: 'info',
    message:
      `${OTHER_PROGRAM} Storybank merged its ${count === 1 ? 'change' : `${count} changes`} ` +
      'with yours; nothing was overwritten.',
    actions: [],
  };
}

export function recreatedNotice(path: string): Notice {
  return {
    kind: 'recreated',
    severity: 'warning',
    message: `The bank file ${path} had been deleted by another program. Storybank wrote it again from the bank it has open.`,
    actions: [],
  };
}

export function backupSkippedNotice(why: string): Notice {
  return {
    kind: 'backup-skipped',
    severity: 'warning',
    message: `Your changes are saved, but the automatic backup was skipped: ${why} Storybank tries again in a minute.`,
    actions: [],
  };
}

export function restoredNotice(from: BackupInfo | string, undo: BackupInfo | null): Notice {
  const id = typeof from === 'string' ? from : from.id;
  return {
    kind: 'restored',
    severity: 'info',
    message: `Restored ${id}.` + (undo ? ' The bank as it was before is kept as a backup.' : ''),
    actions: undo ? [{ ...restoreAction(undo), label: 'Undo the restore' }] : [],
  };
}
