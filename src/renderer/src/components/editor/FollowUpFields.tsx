import { MAX_FOLLOW_UPS, MAX_QUESTION_CHARS } from '../../../../core/model/limits';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { MAX_FIELD_CHARS } from '../../../../core/model/limits';
import type { StoryFormValues } from '../../lib/story-changes';
import { FIELD_IDS } from './field-ids';

const questionId = (index: number) => `story-follow-up-${index}-question`;
const buttonId = (index: number, action: 'up' | 'down') => `story-follow-up-${index}-${action}`;

function focusLater(id: string): void {
  // After React has put the moved or new row in place.
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The questions an interviewer will drill with, each with the answer prepared for it. */
export function FollowUpFields() {
  const { register } = useFormContext<StoryFormValues>();
  const { fields, append, remove, swap } = useFieldArray<StoryFormValues, 'followUps'>({
    name: 'followUps',
  });

  function move(index: number, to: number, action: 'up' | 'down'): void {
    if (to < 0 || to >= fields.length) return;
    swap(index, to);
    // Focus follows the follow-up, so pressing Enter again keeps moving it.
    focusLater(buttonId(to, action));
  }

  function removeAt(index: number): void {
    remove(index);
    const next = index < fields.length - 1 ? index : index - 1;
    focusLater(next >= 0 ? questionId(next) : 'story-add-follow-up');
  }

  return (
    <fieldset className="form-section" id={FIELD_IDS.followUps}>
      <legend className="form-section__title">Follow-up questions</legend>
      <p className="form-section__hint">
        What an interviewer may drill into (“what exactly did you do?”, “who pushed back?”), with
        the answer you have ready.
      </p>
      {fields.length > 0 && (
        <ol className="follow-ups">
          {fields.map((item, index) => {
            const n = index + 1;
            return (
              <li key={item.id} className="follow-up">
                <div className="follow-up__head">
                  <span className="follow-up__number">Follow-up {n}</span>
                  <span className="follow-up__actions">
                    <button
                      type="button"
                      id={buttonId(index, 'up')}
                      className="button button--quiet button--small"
                      aria-label={`Move follow-up ${n} up`}
                      aria-disabled={index === 0}
                      onClick={() => move(index, index - 1, 'up')}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      id={buttonId(index, 'down')}
                      className="button button--quiet button--small"
                      aria-label={`Move follow-up ${n} down`}
                      aria-disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1, 'down')}
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={`Remove follow-up ${n}`}
                      onClick={() => removeAt(index)}
                    >
                      Remove
                    </button>
                  </span>
                </div>
                <label className="follow-up__label" htmlFor={questionId(index)}>
                  Question
                </label>
                <input
                  id={questionId(index)}
                  type="text"
                  className="text-input"
                  autoComplete="off"
                  maxLength={MAX_QUESTION_CHARS}
                  aria-label={`Follow-up ${n} question`}
                  {...register(`followUps.${index}.question`)}
                />
                <label className="follow-up__label" htmlFor={`story-follow-up-${index}-answer`}>
                  Prepared answer
                </label>
                <textarea
                  id={`story-follow-up-${index}-answer`}
                  className="text-input text-area"
                  rows={2}
                  maxLength={MAX_FIELD_CHARS}
                  aria-label={`Follow-up ${n} prepared answer`}
                  {...register(`followUps.${index}.answer`)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id="story-add-follow-up"
        className="button"
        aria-disabled={fields.length >= MAX_FOLLOW_UPS}
        onClick={() => {
          if (fields.length >= MAX_FOLLOW_UPS) return;
          append(
            { id: crypto.randomUUID(), question: '', answer: '' },
            { focusName: `followUps.${fields.length}.question` },
          );
        }}
      >
        Add follow-up
      </button>
    </fieldset>
  );
}
