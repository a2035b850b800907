import { useId, useState, type FormEvent } from 'react';
import type { Loop } from '../../../../core/model/loop-schema';
import { MAX_TITLE_CHARS } from '../../../../core/model/limits';
import { errorMessage } from '../../lib/api';
import { useLoopActions } from '../../lib/use-loops';
import { countdown } from './loop-words';

interface LoopListProps {
  loops: readonly Loop[];
  chosenId: string | null;
  onChoose: (id: string) => void;
}

/** The loops, newest plans first as created, and the form that starts a new one. */
export function LoopList({ loops, chosenId, onChoose }: LoopListProps) {
  const { create } = useLoopActions();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<'amazon-pm' | 'blank'>('amazon-pm');
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!name.trim()) {
      setFailure('Give the loop a name, such as “Amazon PM, December”.');
      return;
    }
    try {
      const loop = await create({ name, template });
      setName('');
      onChoose(loop.id);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <div className="loops-list">
      <nav aria-label="Loops">
        <ul>
          {loops.map((loop) => (
            <li key={loop.id}>
              <button
                type="button"
                className="loops-list__item"
                aria-current={loop.id === chosenId ? 'true' : undefined}
                onClick={() => onChoose(loop.id)}
              >
                <span className="loops-list__name">{loop.name}</span>
                <span className="loops-list__when">{countdown(loop.at, new Date())}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <form className="loops-new" onSubmit={(event) => void submit(event)} noValidate>
        <label className="field-label" htmlFor={`${id}-name`}>
          New loop
        </label>
        <input
          id={`${id}-name`}
          className="text-input"
          value={name}
          maxLength={MAX_TITLE_CHARS}
          placeholder="Amazon PM, December"
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? `${id}-failure` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="field-label" htmlFor={`${id}-template`}>
          Start from
        </label>
        <select
          id={`${id}-template`}
          className="export-select"
          value={template}
          onChange={(event) => setTemplate(event.target.value as 'amazon-pm' | 'blank')}
        >
          <option value="amazon-pm">Amazon PM loop (5 interviews)</option>
          <option value="blank">No rounds yet</option>
        </select>
        <button type="submit" className="button button--primary">
          Create loop
        </button>
        {failure && (
          <p id={`${id}-failure`} role="alert" className="field-message">
            {failure}
          </p>
        )}
      </form>
    </div>
  );
}
