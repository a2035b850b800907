import { useCallback, useEffect, useState } from 'react';
import type { RecordingsInfo } from '../../../../shared/contract';
import { call, errorMessage } from '../../lib/api';
import { formatBytes } from '../../lib/format';
import { usePracticeActions } from '../../lib/use-practice';
import { ConfirmDialog } from '../ConfirmDialog';
import { SettingsSection } from './SettingsSection';

/** Where rehearsal recordings are, how much room they take, and a way to delete them all. */
export function RecordingsSection() {
  const actions = usePracticeActions();
  const [info, setInfo] = useState<RecordingsInfo | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const refresh = useCallback(
    () => call('recordings:info').then(setInfo, (error: unknown) => setStatus(errorMessage(error))),
    [],
  );
  useEffect(() => {
    let current = true;
    call('recordings:info').then(
      (found) => current && setInfo(found),
      (error: unknown) => current && setStatus(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <SettingsSection
      id="recordings"
      title="Recordings"
      intro="Rehearsals you chose to record. They stay in your data folder and are never sent anywhere; a story's recordings are deleted when the story leaves the Trash."
    >
      <div className="settings-card storage">
        <dl className="facts">
          <dt>Recordings</dt>
          <dd>
            {info
              ? info.count === 0
                ? 'None'
                : `${info.count} ${info.count === 1 ? 'recording' : 'recordings'}, ${formatBytes(info.bytes)}`
              : '…'}
          </dd>
          <dt>Folder</dt>
          <dd>
            <code>{info?.folder ?? ''}</code>
          </dd>
        </dl>
        <div className="storage__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={!info || info.count === 0}
            onClick={() => setConfirming(true)}
          >
            Delete all recordings
          </button>
          <p className="storage__outcome" role="status">
            {status}
          </p>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete all recordings?"
          confirmLabel="Delete all recordings"
          onConfirm={async () => {
            const removed = await actions.deleteAllRecordings();
            setStatus(`Deleted ${removed} ${removed === 1 ? 'recording' : 'recordings'}.`);
            await refresh();
          }}
          onClose={() => setConfirming(false)}
        >
          Every recording of every rehearsal is deleted from this computer. The practice log keeps
          the rehearsals themselves: dates, times and ratings.
        </ConfirmDialog>
      )}
    </SettingsSection>
  );
}
