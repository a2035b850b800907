import { MAX_SET_NAME_CHARS } from '../../../../core/model/limits';
import { useId, useState, type FormEvent } from 'react';
import type { PrincipleSet } from '../../../../core/model/schema';
import { storiesLosingSet } from '../../../../core/principles/set-edits';
import { plural } from '../../../../core/quality/text';
import { useBankApi } from '../../lib/bank-context';
import { AMAZON_SET_ID } from '../../../../core/principles/amazon-seed';
import { call, errorMessage } from '../../lib/api';
import { useSetsEdit } from '../../lib/coverage-sets';
import { downloadText } from '../../lib/download';
import { ConfirmDialog } from '../ConfirmDialog';
import { ImportSetControl } from './ImportSetControl';

interface SetsManagerProps {
  sets: readonly PrincipleSet[];
  activeSetId: string;
  /** Tells the page what happened, in words (shown in its status line). */
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

type Asking = { kind: 'delete' | 'restore'; set: PrincipleSet } | null;

/** Every principle set in the bank: switch, create, copy, import, export, delete, restore. */
const losingSetText = (count: number) =>
  count === 0
    ? 'No story loses a mapping: another set (a copy) holds every principle stories map.'
    : `${plural(count, 'story', 'stories')} will lose their mappings to its principles.`;

export function SetsManager({ sets, activeSetId, onDone, onError }: SetsManagerProps) {
  const edit = useSetsEdit();
  const [asking, setAsking] = useState<Asking>(null);
  const { bank } = useBankApi().view;
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const nameId = useId();
  const sourceId = useId();

  const run = (action: () => Promise<void>) => {
    action().catch((error: unknown) => onError(errorMessage(error)));
  };

  function create(event: FormEvent) {
    event.preventDefault();
    const copyOf = source || null;
    const wanted =
      name.trim() || (copyOf ? `${sets.find((s) => s.id === copyOf)?.name} (copy)` : '');
    if (!wanted) return onError('Give the new set a name.');
    run(async () => {
      const change = await edit('principleSets:create', { name: wanted, copyOf });
      setName('');
      const created = change.sets.find((set) => set.id === change.createdId);
      onDone(`Created “${created?.name ?? wanted}”. Make it active to use it in the matrix.`);
    });
  }

  return (
    <section aria-labelledby="sets-heading" className="cov-sets">
      <h2 id="sets-heading">Principle sets</h2>
      <ul className="cov-sets__list" aria-label="Principle sets">
        {sets.map((set) => {
          const active = set.id === activeSetId;
          return (
            <li key={set.id} className="cov-sets__item">
              <span className="cov-sets__name">
                {set.name}
                {active && <span className="cov-badge">Active</span>}
              </span>
              <span className="muted">{set.principles.length} principles</span>
              <span className="cov-sets__actions">
                {!active && (
                  <button
                    type="button"
                    className="button"
                    aria-label={`Make “${set.name}” active`}
                    onClick={() =>
                      run(async () => {
                        await edit('principleSets:setActive', { setId: set.id });
                        onDone(`“${set.name}” is now the active set.`);
                      })
                    }
                  >
                    Make active
                  </button>
                )}
                <button
                  type="button"
                  className="button"
                  aria-label={`Export “${set.name}”`}
                  onClick={() =>
                    run(async () => {
                      const file = await call('principleSets:export', { setId: set.id });
                      downloadText(file.fileName, file.text, 'application/json');
                      onDone(`Exported “${set.name}” as ${file.fileName}.`);
                    })
                  }
                >
                  Export
                </button>
                {set.id === AMAZON_SET_ID && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => setAsking({ kind: 'restore', set })}
                  >
                    Restore original text
                  </button>
                )}
                {!active && (
                  <button
                    type="button"
                    className="button cov-button--danger-quiet"
                    aria-label={`Delete “${set.name}”`}
                    onClick={() => setAsking({ kind: 'delete', set })}
                  >
                    Delete
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>

      <form className="cov-sets__create" onSubmit={create} aria-label="Create a set">
        <span className="cov-control">
          <label htmlFor={nameId}>New set name</label>
          <input
            id={nameId}
            className="text-input"
            value={name}
            maxLength={MAX_SET_NAME_CHARS}
            onChange={(event) => setName(event.target.value)}
          />
        </span>
        <span className="cov-control">
          <label htmlFor={sourceId}>Start from</label>
          <select
            id={sourceId}
            className="cov-select"
            value={source}
            onChange={(event) => setSource(event.target.value)}
          >
            <option value="">Blank</option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                Copy of {set.name}
              </option>
            ))}
          </select>
        </span>
        <button type="submit" className="button">
          Create set
        </button>
      </form>
      <ImportSetControl onDone={onDone} />

      {asking && (
        <ConfirmDialog
          title={
            asking.kind === 'delete' ? `Delete “${asking.set.name}”?` : 'Restore the original text?'
          }
          confirmLabel={asking.kind === 'delete' ? 'Delete set' : 'Restore original text'}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const { kind, set } = asking;
            if (kind === 'delete') {
              const change = await edit('principleSets:delete', { setId: set.id });
              const lost = change.storiesChanged.length;
              onDone(
                `Deleted “${set.name}”.` +
                  (lost
                    ? ` ${plural(lost, 'story', 'stories')} lost mappings no other set holds.`
                    : ''),
              );
            } else {
              await edit('principleSets:restoreBuiltIn', { setId: set.id });
              onDone(`Restored the original text of “${set.name}”.`);
            }
          }}
        >
          {asking.kind === 'delete'
            ? `The set and its questions leave the bank. ${losingSetText(storiesLosingSet(bank, asking.set.id).length)}`
            : `Names, descriptions and questions of the shipped principles go back to Storybank's text; your edits to them are lost. Principles you added stay.`}
        </ConfirmDialog>
      )}
    </section>
  );
}
