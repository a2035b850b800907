import { useFormContext } from 'react-hook-form';
import type { StoryFormValues } from '../../lib/story-changes';
import { FIELD_IDS } from './field-ids';

const OPTIONS = [
  { value: 'draft', label: 'Draft', hint: 'still being written' },
  { value: 'ready', label: 'Ready', hint: 'rehearsed, ready to tell' },
] as const;

/** Draft or Ready: a radio group, so arrow keys switch it. */
export function StatusField() {
  const { register } = useFormContext<StoryFormValues>();
  return (
    <fieldset className="form-section" id={FIELD_IDS.status}>
      <legend className="form-section__title">Status</legend>
      <div className="status-options">
        {OPTIONS.map((option) => (
          <div key={option.value} className="status-option">
            <label className="status-option__label">
              <input
                type="radio"
                value={option.value}
                aria-describedby={`story-status-${option.value}-hint`}
                {...register('status')}
              />
              {option.label}
            </label>
            <span id={`story-status-${option.value}-hint`} className="status-option__hint">
              {option.hint}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
