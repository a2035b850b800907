import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useStoryActions } from '../../lib/story-actions';
import { useToasts } from '../toasts/toast-context';
import { ToastViewport } from '../toasts/ToastViewport';
import { EmptyTrashDialog } from './EmptyTrashDialog';

interface TrashPaneProps {
  /** Every story; this pane shows the trashed ones. */
  stories: Story[];
  onBack: () => void;
}

/** The trash: restore one story, or empty it after a confirm step. */
export function TrashPane({ stories, onBack }: TrashPaneProps) {
  const { restore, emptyTrash } = useStoryActions();
  const { show } = useToasts();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const trashed = useMemo(
    () =>
      stories
        .filter((story): story is Story & { deletedAt: string } => story.deletedAt !== null)
        .sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt)),
    [stories],
  );

  // Arriving here moves focus to the heading, so a screen reader says where the person is.
  useEffect(() => heading.current?.focus(), []);

  async function onRestore(id: string, index: number) {
    try {
      await restore(id);
    } catch (error) {
      show({ message: errorMessage(error), tone: 'error' });
      return;
    }
    // The row and its button are gone: keep focus on the neighbouring Restore, or go back.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.trash-row button');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (next) next.focus();
    else back.current?.focus();
  }

  return (
    <>
      <div className="library__head trash__head">
        <h2 ref={heading} tabIndex={-1} className="trash__title">
          Trash
        </h2>
        <button ref={back} type="button" className="button button--small" onClick={onBack}>
          Back to stories
        </button>
      </div>
      <div className="library__body">
        {trashed.length === 0 ? (
          <p className="empty-state">Trash is empty.</p>
        ) : (
          <ul ref={list} aria-label="Trashed stories" className="trash-list">
            {trashed.map((story, index) => (
              <li key={story.id} className="trash-row">
                <div className="trash-row__text">
                  <span className="trash-row__title">{story.title}</span>
                  <span className="trash-row__when">Deleted {formatDateTime(story.deletedAt)}</span>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Restore ${story.title}`}
                  onClick={() => void onRestore(story.id, index)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ToastViewport />
      <div className="library__footer">
        <span className="library__count">
          {trashed.length === 0 ? '' : `${trashed.length} in the Trash`}
        </span>
        {trashed.length > 0 && (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            onClick={() => setConfirming(true)}
          >
            Empty Trash
          </button>
        )}
      </div>
      {confirming && (
        <EmptyTrashDialog
          count={trashed.length}
          onConfirm={async () => {
            await emptyTrash();
            // Close the modal first: while it is open the rest of the pane cannot take focus.
            flushSync(() => setConfirming(false));
            back.current?.focus();
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
