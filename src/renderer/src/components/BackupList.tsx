import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../core/model/notice';
import type { BankView } from '../../../shared/contract';
import { call, errorMessage } from '../lib/api';
import { BACKUP_REASON_TEXT, formatBytes, formatDateTime } from '../lib/format';

type Backups =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; list: BackupInfo[] };

/** Never rejects: a failure to list is a state to show, not an error to throw. */
async function fetchBackups(): Promise<Backups> {
  try {
    return { status: 'ready', list: await call('backups:list') };
  } catch (error) {
    return { status: 'failed', message: errorMessage(error) };
  }
}

interface BackupListProps {
  /** A restore answers the restored bank; it replaces what the app holds. */
  onView: (view: BankView) => void;
}

export function BackupList({ onView }: BackupListProps) {
  const [backups, setBackups] = useState<Backups>({ status: 'loading' });
  const [restoring, setRestoring] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void fetchBackups().then((found) => current && setBackups(found));
    return () => {
      current = false;
    };
  }, []);

  async function restore(backup: BackupInfo) {
    setRestoring(backup.id);
    setFailure(null);
    try {
      onView(await call('backups:restore', { backupId: backup.id }));
      // The restore saved the bank it replaced as a new backup; show it.
      setBackups(await fetchBackups());
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setRestoring(null);
    }
  }

  return (
    <>
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">
        Storybank keeps copies of your bank as you work. Restoring one first saves the bank you have
        now, so a restore can be undone.
      </p>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
      {backups.status === 'loading' && <p className="muted">Looking for backups…</p>}
      {backups.status === 'failed' && (
        <p role="alert" className="inline-error">
          {backups.message}
        </p>
      )}
      {backups.status === 'ready' && backups.list.length === 0 && (
        <p className="muted">
          No backups yet. Storybank makes one as soon as you change something.
        </p>
      )}
      {backups.status === 'ready' && backups.list.length > 0 && (
        <ul aria-labelledby="backups-heading" className="backup-list">
          {backups.list.map((backup) => {
            const whenId = `backup-${backup.id}`;
            return (
              <li key={backup.id} className="backup-row">
                <span id={whenId} className="backup-row__when">
                  {formatDateTime(backup.createdAt)}
                </span>
                <span className="muted">{BACKUP_REASON_TEXT[backup.reason]}</span>
                <span className="muted">{formatBytes(backup.bytes)}</span>
                <button
                  type="button"
                  className="button"
                  aria-describedby={whenId}
                  disabled={restoring !== null}
                  onClick={() => void restore(backup)}
                >
                  {restoring === backup.id ? 'Restoring…' : 'Restore'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
