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

export function conflictNotice(message: string): Notice {
  return {
    kind: 'conflict',
    severity: 'warning',
    message,
    actions: [
      { kind: 'reload-from-disk', label: 'Load the version on disk' },
      { kind: 'keep-mine', label: 'Keep my version' },
    ],
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
