import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/api';

interface EmptyTrashDialogProps {
  count: number;
  /** Deletes the trashed stories for good; a rejection's message is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

/**
 * The one step that cannot be undone asks first, in a modal <dialog>: the browser keeps
 * focus inside, Escape cancels, and focus returns to the button that opened it.
 * Cancel has the initial focus so a stray Enter deletes nothing.
 */
export function EmptyTrashDialog({ count, onConfirm, onClose }: EmptyTrashDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="confirm-dialog"
      aria-labelledby="empty-trash-title"
      aria-describedby="empty-trash-text"
      // Escape fires `cancel`, then the dialog closes itself; `close` tells the owner.
      onClose={onClose}
    >
      <h2 id="empty-trash-title" className="confirm-dialog__title">
        Empty the Trash?
      </h2>
      <p id="empty-trash-text">{stories(count)} will be deleted forever. This cannot be undone.</p>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
      <div className="confirm-dialog__actions">
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-disabled={busy}
          onClick={() => void confirm()}
        >
          Delete {stories(count)} forever
        </button>
      </div>
    </dialog>
  );
}
