import {
  MAX_DESCRIPTION_CHARS,
  MAX_PRINCIPLE_NAME_CHARS,
  MAX_QUESTION_CHARS,
} from '../../../../core/model/limits';
import { useId, useLayoutEffect, useState, type FormEvent } from 'react';
import type { Principle, Question } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useSetsEdit } from '../../lib/coverage-sets';

interface PrincipleEditorProps {
  setId: string;
  principle: Principle;
  onClose: (message?: string) => void;
}

const FREQUENCIES = [
  [3, 'Very often'],
  [2, 'Often'],
  [1, 'Now and then'],
] as const;

/**
 * Edits one principle: name, description, how often it is asked, and its questions. Saved as
 * one change; the whole questions array goes along, blank ones dropped.
 */
export function PrincipleEditor({ setId, principle, onClose }: PrincipleEditorProps) {
  const edit = useSetsEdit();
  const [name, setName] = useState(principle.name);
  const [description, setDescription] = useState(principle.description);
  const [frequency, setFrequency] = useState<Principle['frequency']>(principle.frequency);
  const [questions, setQuestions] = useState<Question[]>(principle.questions);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const nameMissing = failure !== null && !name.trim();
  // A question just added gets the focus as soon as its field exists, before the next key.
  const [focusId, setFocusId] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusId) document.getElementById(`${id}-q-${focusId}`)?.focus();
  }, [focusId, id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setFailure('A principle needs a name.');
    setBusy(true);
    setFailure(null);
    try {
      await edit('principles:update', {
        setId,
        principleId: principle.id,
        changes: {
          name: name.trim(),
          description: description.trim(),
          frequency,
          questions: questions
            .map((q) => ({ ...q, text: q.text.trim() }))
            .filter((q) => q.text.length > 0),
        },
      });
      onClose(`Saved “${name.trim()}”.`);
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }

  function addQuestion() {
    const question = { id: crypto.randomUUID(), text: '' };
    setQuestions((current) => [...current, question]);
    setFocusId(question.id);
  }

  return (
    <form
      className="cov-editor"
      onSubmit={(event) => void save(event)}
      aria-label={`Edit “${principle.name}”`}
    >
      <div className="cov-editor__row">
        <span className="cov-control cov-control--grow">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            maxLength={MAX_PRINCIPLE_NAME_CHARS}
            aria-invalid={nameMissing}
            onChange={(event) => setName(event.target.value)}
          />
        </span>
        <span className="cov-control">
          <label htmlFor={`${id}-frequency`}>Asked</label>
          <select
            id={`${id}-frequency`}
            className="cov-select"
            value={frequency}
            onChange={(event) => setFrequency(Number(event.target.value) as Principle['frequency'])}
          >
            {FREQUENCIES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </span>
      </div>
      <label htmlFor={`${id}-description`} className="field-label">
        Description
      </label>
      <textarea
        id={`${id}-description`}
        className="text-input cov-editor__description"
        rows={3}
        maxLength={MAX_DESCRIPTION_CHARS}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <fieldset className="cov-editor__questions">
        <legend>Questions</legend>
        <ol>
          {questions.map((question, index) => (
            <li key={question.id} className="cov-editor__question">
              <label htmlFor={`${id}-q-${question.id}`} className="visually-hidden">
                Question {index + 1}
              </label>
              <input
                id={`${id}-q-${question.id}`}
                className="text-input"
                value={question.text}
                maxLength={MAX_QUESTION_CHARS}
                onChange={(event) =>
                  setQuestions((current) =>
                    current.map((q) =>
                      q.id === question.id ? { ...q, text: event.target.value } : q,
                    ),
                  )
                }
              />
              <button
                type="button"
                className="button cov-button--quiet"
                onClick={() => {
                  setQuestions((current) => current.filter((q) => q !== question));
                  // The button goes with its question; focus lands on the one that adds.
                  document.getElementById(`${id}-add`)?.focus();
                }}
              >
                Remove<span className="visually-hidden"> question {index + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <button id={`${id}-add`} type="button" className="button" onClick={addQuestion}>
          Add a question
        </button>
      </fieldset>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
      <div className="cov-editor__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          Save principle
        </button>
        <button type="button" className="button" onClick={() => onClose()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
