import { useEffect, useRef } from 'react';

interface ReplaceConfirmProps {
  storyCount: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked inline before a replace, in the page rather than window.confirm: the person reads
 * what happens to their bank right where they chose. Escape or "Keep my bank" steps back.
 */
export function ReplaceConfirm({ storyCount, busy, onConfirm, onCancel }: ReplaceConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus, so Enter pressed by habit keeps the bank.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="replace-confirm-title"
      aria-describedby="replace-confirm-text"
      className="replace-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="replace-confirm-title" className="replace-confirm__title">
        Replace your whole bank with this file?
      </p>
      <p id="replace-confirm-text" className="replace-confirm__text">
        Your stories, principle sets and settings become the file’s ({storyCount}{' '}
        {storyCount === 1 ? 'story' : 'stories'}). Storybank takes a backup of your bank first, so
        you can restore it from Settings → Backups.
      </p>
      <div className="replace-confirm__actions">
        <button
          type="button"
          className="button button--danger"
          aria-disabled={busy}
          onClick={() => !busy && onConfirm()}
        >
          {busy ? 'Replacing…' : 'Yes, replace my bank'}
        </button>
        <button ref={keep} type="button" className="button" onClick={onCancel}>
          Keep my bank
        </button>
      </div>
    </div>
  );
}
