import { MAX_SET_NAME_CHARS } from '../../../../core/model/limits';
import { useId, useState, type FormEvent } from 'react';
import type { PrincipleSet } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useSetsEdit } from '../../lib/coverage-sets';

interface SetRenameFormProps {
  set: PrincipleSet;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

/** Renames the active set (a company's values are often adapted from another list). */
export function SetRenameForm({ set, onDone, onError }: SetRenameFormProps) {
  const edit = useSetsEdit();
  const [name, setName] = useState(set.name);
  const id = useId();

  function rename(event: FormEvent) {
    event.preventDefault();
    const wanted = name.trim();
    if (!wanted) return onError('A principle set needs a name.');
    if (wanted === set.name) return;
    edit('principleSets:rename', { setId: set.id, name: wanted }).then(
      () => onDone(`Renamed the set to “${wanted}”.`),
      (error: unknown) => onError(errorMessage(error)),
    );
  }

  return (
    <form className="cov-rename" aria-label="Rename the active set" onSubmit={rename}>
      <span className="cov-control cov-control--grow">
        <label htmlFor={id}>Active set name</label>
        <input
          id={id}
          className="text-input"
          value={name}
          maxLength={MAX_SET_NAME_CHARS}
          onChange={(event) => setName(event.target.value)}
        />
      </span>
      <button type="submit" className="button">
        Rename set
      </button>
    </form>
  );
}
