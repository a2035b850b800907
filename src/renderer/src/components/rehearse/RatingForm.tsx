import { useId, useState } from 'react';
import { MAX_PRACTICE_NOTE_CHARS } from '../../../../core/model/limits';
import type { PracticeRating } from '../../../../core/model/practice-schema';
import { RATING_WORDS } from '../../../../core/rehearsal/practice-log';

const HINTS: Record<PracticeRating, string> = {
  1: 'Lost the thread: again soon',
  2: 'Got through, with effort',
  3: 'Told it well',
  4: 'Effortless: not again for a while',
};

interface RatingFormProps {
  saving: boolean;
  onRate: (rating: PracticeRating, note: string) => void;
}

/** How it went, as in every flashcard app, with a note for next time; rating saves. */
export function RatingForm({ saving, onRate }: RatingFormProps) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const groupId = useId();
  return (
    <div className="rating">
      <label htmlFor={noteId} className="field-label">
        Note for next time (optional)
      </label>
      <textarea
        id={noteId}
        className="text-input rating__note"
        rows={2}
        maxLength={MAX_PRACTICE_NOTE_CHARS}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <p id={groupId} className="field-label">
        How did it go?
      </p>
      <div role="group" aria-labelledby={groupId} className="rating__buttons">
        {([1, 2, 3, 4] as const).map((rating) => (
          <button
            key={rating}
            type="button"
            className={`button rating__button${rating === 3 ? ' button--primary' : ''}`}
            disabled={saving}
            title={HINTS[rating]}
            onClick={() => onRate(rating, note)}
          >
            {RATING_WORDS[rating]}
          </button>
        ))}
      </div>
    </div>
  );
}
