/** Types the store reports and the renderer shows; kept free of Node so both can import them. */

export const BACKUP_REASONS = [
  'auto',
  'pre-restore',
  'pre-migration',
  'pre-overwrite',
  'pre-import',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file name inside the backups folder; the only handle the UI ever passes back. */
  id: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

/** What the person can do about a notice; the renderer turns each into a button. */
export type NoticeAction =
  | { kind: 'restore-backup'; backupId: string; label: string }
  | { kind: 'use-theirs'; label: string }
  | { kind: 'keep-mine'; label: string };

export interface Notice {
  kind:
    | 'recovered'
    | 'missing-file'
    | 'migrated'
    | 'conflict'
    | 'merged'
    | 'recreated'
    | 'backup-skipped'
    | 'restored';
  severity: 'info' | 'warning';
  message: string;
  actions: NoticeAction[];
}
