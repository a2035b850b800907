import { useId } from 'react';
import { MAX_DETAIL_CHARS, MAX_TITLE_CHARS } from '../../../../core/model/limits';
import type { Loop } from '../../../../core/model/loop-schema';
import type { PrincipleSet } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useLoopActions } from '../../lib/use-loops';

interface LoopFieldsProps {
  loop: Loop;
  sets: readonly PrincipleSet[];
  onError: (message: string) => void;
}

type TextKey = 'name' | 'company' | 'role';

/** Name, company, role, date and principle set; each saved when the field is left. */
export function LoopFields({ loop, sets, onError }: LoopFieldsProps) {
  const { update } = useLoopActions();
  const id = useId();
  const save = (changes: Parameters<typeof update>[1]) =>
    update(loop.id, changes).catch((error: unknown) => onError(errorMessage(error)));

  const text = (key: TextKey, label: string, max: number) => (
    <div className="loop-field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="text-input"
        defaultValue={loop[key]}
        maxLength={max}
        onBlur={(event) => {
          const value = event.target.value.trim();
          if (value !== loop[key] && (key !== 'name' || value)) void save({ [key]: value });
        }}
      />
    </div>
  );

  return (
    <div className="loop-fields">
      {text('name', 'Loop name', MAX_TITLE_CHARS)}
      {text('company', 'Company', MAX_DETAIL_CHARS)}
      {text('role', 'Role applied for', MAX_DETAIL_CHARS)}
      <div className="loop-field">
        <label className="field-label" htmlFor={`${id}-at`}>
          Date and time
        </label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          className="text-input"
          defaultValue={loop.at ?? ''}
          onBlur={(event) => {
            const value = event.target.value.slice(0, 16) || null;
            if (value !== loop.at) void save({ at: value });
          }}
        />
      </div>
      <div className="loop-field">
        <label className="field-label" htmlFor={`${id}-set`}>
          Principle set
        </label>
        <select
          id={`${id}-set`}
          className="export-select"
          value={loop.setId}
          onChange={(event) => void save({ setId: event.target.value })}
        >
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
