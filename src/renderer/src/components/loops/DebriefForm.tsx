import { useId, useState } from 'react';
import { MAX_FIELD_CHARS, MAX_QUESTION_CHARS } from '../../../../core/model/limits';
import type { AskedQuestion, Debrief, Loop, Round } from '../../../../core/model/loop-schema';
import type { PrincipleSet } from '../../../../core/model/schema';
import { isLive } from '../../../../core/model/story-list';
import { errorMessage } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';
import { useLoopActions } from '../../lib/use-loops';

interface DebriefFormProps {
  loop: Loop;
  round: Round;
  name: string;
  set: PrincipleSet;
  onDone: (message: string) => void;
}

const RATINGS = [
  { value: 1, label: 'Badly' },
  { value: 2, label: 'So-so' },
  { value: 3, label: 'Well' },
  { value: 4, label: 'Very well' },
] as const;

function summaryOf(saved: Debrief | null): string {
  if (!saved) return 'not debriefed yet';
  const rating = RATINGS.find((option) => option.value === saved.rating);
  return rating ? `debriefed, went ${rating.label.toLowerCase()}` : 'debriefed';
}

const emptyQuestion = (principleId: string | null): AskedQuestion => ({
  principleId,
  text: '',
  storyId: null,
});

/** After the round: the questions asked, the story told for each, how it went, notes. */
export function DebriefForm({ loop, round, name, set, onDone }: DebriefFormProps) {
  const { stories } = useBankApi().view.bank;
  const { debrief } = useLoopActions();
  const saved = round.debrief;
  const [asked, setAsked] = useState<AskedQuestion[]>(
    saved?.asked.length ? saved.asked : [emptyQuestion(round.principleIds[0] ?? null)],
  );
  const [rating, setRating] = useState<Debrief['rating']>(saved?.rating ?? null);
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const live = stories.filter(isLive);
  const edit = (index: number, changes: Partial<AskedQuestion>) =>
    setAsked(asked.map((question, i) => (i === index ? { ...question, ...changes } : question)));

  async function save() {
    setFailure(null);
    const filled = asked.filter((question) => question.text.trim());
    try {
      await debrief(loop.id, round.id, { asked: filled, rating, notes });
      onDone(`Saved the debrief of ${name}.`);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <details className="loop-debrief">
      <summary>
        {name} — {summaryOf(saved)}
      </summary>
      {asked.map((question, index) => (
        <fieldset key={index} className="loop-debrief__question">
          <legend>Question {index + 1}</legend>
          <label className="field-label">
            What was asked
            <input
              className="text-input"
              value={question.text}
              maxLength={MAX_QUESTION_CHARS}
              onChange={(event) => edit(index, { text: event.target.value })}
            />
          </label>
          <label className="field-label">
            Principle
            <select
              className="export-select"
              value={question.principleId ?? ''}
              onChange={(event) => edit(index, { principleId: event.target.value || null })}
            >
              <option value="">Not sure</option>
              {set.principles.map((principle) => (
                <option key={principle.id} value={principle.id}>
                  {principle.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field-label">
            Story told
            <select
              className="export-select"
              value={question.storyId ?? ''}
              onChange={(event) => edit(index, { storyId: event.target.value || null })}
            >
              <option value="">None from the bank</option>
              {live.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.title}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ))}
      {asked.length < 20 && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setAsked([...asked, emptyQuestion(round.principleIds[0] ?? null)])}
        >
          Add a question
        </button>
      )}
      <div role="radiogroup" aria-label={`How ${name} went`} className="loop-debrief__rating">
        {RATINGS.map((option) => (
          <label key={option.value} className="export-check">
            <input
              type="radio"
              name={`${id}-rating`}
              checked={rating === option.value}
              onChange={() => setRating(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <label className="field-label">
        Notes
        <textarea
          className="text-input"
          rows={3}
          value={notes}
          maxLength={MAX_FIELD_CHARS}
          onChange={(event) => setNotes(event.target.value)}
        />
      </label>
      <button type="button" className="button button--primary" onClick={() => void save()}>
        Save debrief
      </button>
      {failure && (
        <p role="alert" className="field-message">
          {failure}
        </p>
      )}
    </details>
  );
}
