import { useState } from 'react';
import type { Notice, NoticeAction } from '../../../core/model/notice';
import type { BankView } from '../../../shared/contract';
import { call, errorMessage } from '../lib/api';

interface NoticeListProps {
  notices: Notice[];
  /** Every notice action answers a fresh BankView; it replaces what the app holds. */
  onView: (view: BankView) => void;
  onDismiss: (notice: Notice) => void;
}

export function NoticeList({ notices, onView, onDismiss }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <NoticeBanner
          key={`${notice.kind}-${index}`}
          notice={notice}
          onView={onView}
          onDismiss={onDismiss}
        />
      ))}
    </div>
  );
}

function runAction(action: NoticeAction): Promise<BankView> {
  switch (action.kind) {
    case 'restore-backup':
      return call('backups:restore', { backupId: action.backupId });
    case 'use-theirs':
    case 'keep-mine':
      return call('bank:resolveConflict', { choice: action.kind });
  }
}

interface NoticeBannerProps {
  notice: Notice;
  onView: (view: BankView) => void;
  onDismiss: (notice: Notice) => void;
}

function NoticeBanner({ notice, onView, onDismiss }: NoticeBannerProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function act(action: NoticeAction) {
    setBusy(true);
    setFailure(null);
    try {
      onView(await runAction(action));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      role={notice.severity === 'warning' ? 'alert' : 'status'}
      className={`notice notice--${notice.severity}`}
    >
      <div className="notice__body">
        <p className="notice__message">{notice.message}</p>
        {failure && <p className="notice__failure">{failure}</p>}
      </div>
      {notice.actions.length > 0 && (
        <div className="notice__actions">
          {notice.actions.map((action, index) => (
            <button
              key={`${action.kind}-${index}`}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(action)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      {notice.severity === 'info' && (
        <button
          type="button"
          className="notice__dismiss"
          aria-label="Dismiss notice"
          onClick={() => onDismiss(notice)}
        >
          ×
        </button>
      )}
    </div>
  );
}
