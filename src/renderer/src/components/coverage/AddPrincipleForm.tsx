import { MAX_DESCRIPTION_CHARS, MAX_PRINCIPLE_NAME_CHARS } from '../../../../core/model/limits';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../lib/api';
import { useSetsEdit } from '../../lib/coverage-sets';

interface AddPrincipleFormProps {
  setId: string;
  onDone: (message: string) => void;
}

/** Adds a principle at the end of the active set; questions are added by editing it. */
export function AddPrincipleForm({ setId, onDone }: AddPrincipleFormProps) {
  const edit = useSetsEdit();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setFailure('Give the principle a name.');
    setFailure(null);
    try {
      await edit('principles:add', { setId, name: name.trim(), description: description.trim() });
      onDone(`Added “${name.trim()}”. Edit it to add its questions.`);
      setName('');
      setDescription('');
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <form className="cov-add" aria-label="Add a principle" onSubmit={(event) => void add(event)}>
      <h3 className="cov-add__title">Add a principle</h3>
      <div className="cov-editor__row">
        <span className="cov-control">
          <label htmlFor={`${id}-name`}>Principle name</label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            maxLength={MAX_PRINCIPLE_NAME_CHARS}
            aria-invalid={failure !== null && !name.trim()}
            onChange={(event) => setName(event.target.value)}
          />
        </span>
        <span className="cov-control cov-control--grow">
          <label htmlFor={`${id}-description`}>What it asks for (optional)</label>
          <input
            id={`${id}-description`}
            className="text-input"
            value={description}
            maxLength={MAX_DESCRIPTION_CHARS}
            onChange={(event) => setDescription(event.target.value)}
          />
        </span>
        <button type="submit" className="button">
          Add principle
        </button>
      </div>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
    </form>
  );
}
