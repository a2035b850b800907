import { useEffect, useState } from 'react';
import type { Bank, Principle, PrincipleSet } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { isLive } from '../../../../core/model/story-list';
import { plural } from '../../../../core/quality/text';
import { storiesLosing } from '../../../../core/principles/set-edits';
import { movedOrder } from '../../lib/coverage-edits';
import { useSetsEdit } from '../../lib/coverage-sets';
import { AddPrincipleForm } from './AddPrincipleForm';
import { ConfirmDialog } from '../ConfirmDialog';
import { PrincipleEditor } from './PrincipleEditor';

interface PrincipleListProps {
  set: PrincipleSet;
  bank: Bank;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

const ASKED: Record<Principle['frequency'], string> = {
  3: 'asked very often',
  2: 'asked often',
  1: 'asked now and then',
};

const moveId = (principleId: string, step: -1 | 1) =>
  `move-${step < 0 ? 'up' : 'down'}-${principleId}`;

const storiesText = (count: number) => plural(count, 'story', 'stories');

/** What removing does to stories, said before it is done. */
function losingText(bank: Bank, set: PrincipleSet, principle: Principle): string {
  const elsewhere = bank.principleSets.some(
    (other) => other.id !== set.id && other.principles.some((p) => p.id === principle.id),
  );
  if (elsewhere) return 'Another set still has this principle, so no story loses its mapping.';
  const losing = storiesLosing(bank, set.id, principle.id);
  const count = losing.length;
  if (count === 0) return 'No story maps it.';
  const trashed = losing.filter((story) => !isLive(story)).length;
  const inTrash = trashed ? ` (${trashed} of them in the Trash)` : '';
  return `${storiesText(count)}${inTrash} will lose the mapping to it.`;
}

/** The active set's principles: read, edit, reorder (Move up / Move down), add, remove. */
export function PrincipleList({ set, bank, onDone, onError }: PrincipleListProps) {
  const edit = useSetsEdit();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Principle | null>(null);
  // After a move, focus follows the moved principle's button (React moves its DOM node).
  const [moved, setMoved] = useState<{ id: string; step: -1 | 1 } | null>(null);
  useEffect(() => {
    if (moved) document.getElementById(moveId(moved.id, moved.step))?.focus();
  }, [moved, set]);

  const ids = set.principles.map((p) => p.id);
  function move(principle: Principle, step: -1 | 1) {
    const order = movedOrder(ids, principle.id, step);
    if (order.every((id, index) => id === ids[index])) return;
    edit('principles:reorder', { setId: set.id, order }).then(
      () => setMoved({ id: principle.id, step }),
      (error: unknown) => onError(errorMessage(error)),
    );
  }

  return (
    <section aria-labelledby="principles-heading" className="cov-principles">
      <h2 id="principles-heading">Principles of “{set.name}”</h2>
      {set.principles.length === 0 && (
        <p className="muted">No principles yet: add the first below.</p>
      )}
      <ol className="cov-principles__list">
        {set.principles.map((principle, index) => (
          <li key={principle.id} className="cov-principle">
            {editingId === principle.id ? (
              <PrincipleEditor
                setId={set.id}
                principle={principle}
                onClose={(message) => {
                  setEditingId(null);
                  if (message) onDone(message);
                }}
              />
            ) : (
              <>
                <div className="cov-principle__head">
                  <h3 className="cov-principle__name">{principle.name}</h3>
                  <span className="muted">{ASKED[principle.frequency]}</span>
                  <span className="cov-principle__actions">
                    <button
                      type="button"
                      className="button cov-button--quiet"
                      onClick={() => setEditingId(principle.id)}
                    >
                      Edit<span className="visually-hidden"> “{principle.name}”</span>
                    </button>
                    {([-1, 1] as const).map((step) => {
                      const blocked = step < 0 ? index === 0 : index === ids.length - 1;
                      return (
                        <button
                          key={step}
                          id={moveId(principle.id, step)}
                          type="button"
                          className="button cov-button--quiet"
                          // aria-disabled, not disabled: focus stays on it at either end.
                          aria-disabled={blocked}
                          onClick={() => !blocked && move(principle, step)}
                        >
                          {step < 0 ? 'Move up' : 'Move down'}
                          <span className="visually-hidden"> “{principle.name}”</span>
                        </button>
                      );
                    })}
                    <button
                      type="button"
                      className="button cov-button--danger-quiet"
                      onClick={() => setRemoving(principle)}
                    >
                      Remove<span className="visually-hidden"> “{principle.name}”</span>
                    </button>
                  </span>
                </div>
                {principle.description && (
                  <p className="cov-principle__description">{principle.description}</p>
                )}
                {principle.questions.length > 0 && (
                  <ul
                    className="cov-principle__questions"
                    aria-label={`Questions for ${principle.name}`}
                  >
                    {principle.questions.map((question) => (
                      <li key={question.id}>{question.text}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <AddPrincipleForm setId={set.id} onDone={onDone} />
      {removing && (
        <ConfirmDialog
          title={`Remove “${removing.name}” from “${set.name}”?`}
          confirmLabel="Remove principle"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            const change = await edit('principles:remove', {
              setId: set.id,
              principleId: removing.id,
            });
            const lost = change.storiesChanged.length;
            onDone(`Removed “${removing.name}”; ${storiesText(lost)} lost the mapping.`);
          }}
        >
          {`${losingText(bank, set, removing)} Its description and questions go too.`}
        </ConfirmDialog>
      )}
    </section>
  );
}
