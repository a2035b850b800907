import { useRef, useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { MAX_DETAIL_CHARS } from '../../../../core/model/limits';
import type { StoryFormValues } from '../../lib/story-changes';
import { FieldMessage } from './Field';
import { FIELD_IDS } from './field-ids';
import { TagInput } from './TagInput';
import { TextField } from './WritingFields';
import {
  joinYearMonth,
  MONTH_OPTIONS,
  splitYearMonth,
  yearOptions,
  type YearMonthParts,
} from './year-month';

/**
 * Month and year as two selects: a month input shows "--------- ----" in Chromium when empty.
 * Not set is said in words; Clear sits where the STAR fields show their word count.
 */
function WhenField() {
  const { setValue } = useFormContext<StoryFormValues>();
  const { errors } = useFormState<StoryFormValues>({ name: 'when' });
  const value = useWatch<StoryFormValues, 'when'>({ name: 'when' });
  // The year list is fixed while the editor is open, so it never shifts under the pointer.
  const [now] = useState(() => new Date());
  const monthRef = useRef<HTMLSelectElement>(null);
  const parts = splitYearMonth(value);
  const error = errors.when?.message;
  const id = FIELD_IDS.when;
  // The half still to choose carries the message.
  const errorProps = (missing: boolean) =>
    error && missing ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const choose = (next: Partial<YearMonthParts>) =>
    setValue('when', joinYearMonth({ ...parts, ...next }), {
      shouldDirty: true,
      shouldValidate: true,
    });

  return (
    <div className="field field--when">
      <div className="field__top">
        <span id={`${id}-label`} className="field__label">
          When it happened
        </span>
        <span className="field__aside">
          {value ? (
            <button
              type="button"
              className="when__clear"
              aria-label="Clear when it happened"
              onClick={() => {
                choose({ year: '', month: '' });
                // The button goes away with the date: focus stays in the field.
                monthRef.current?.focus();
              }}
            >
              Clear
            </button>
          ) : (
            <span id={`${id}-state`}>Not set</span>
          )}
        </span>
      </div>
      <div
        id={id}
        role="group"
        className="when-row"
        aria-labelledby={`${id}-label`}
        aria-describedby={value ? undefined : `${id}-state`}
      >
        <select
          ref={monthRef}
          className="text-input when__month"
          aria-label="Month"
          value={parts.month}
          onChange={(event) => choose({ month: event.target.value })}
          {...errorProps(!parts.month)}
        >
          <option value="">—</option>
          {MONTH_OPTIONS.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </select>
        <select
          className="text-input when__year"
          aria-label="Year"
          value={parts.year}
          onChange={(event) => choose({ year: event.target.value })}
          {...errorProps(!parts.year)}
        >
          <option value="">—</option>
          {yearOptions(now, parts.year).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <FieldMessage id={id} error={error} />
    </div>
  );
}

/** The facts around the story: where, in which role, when, from which project, and tags. */
export function DetailsFields() {
  return (
    <fieldset className="form-section details">
      <legend className="form-section__title">Details</legend>
      <div className="details__grid">
        <TextField name="company" label="Company" maxLength={MAX_DETAIL_CHARS} />
        <TextField name="role" label="Role" maxLength={MAX_DETAIL_CHARS} />
        <WhenField />
        <TextField
          name="project"
          label="Project"
          hint="Stories from one piece of work count once"
          maxLength={MAX_DETAIL_CHARS}
          className="details__wide"
        />
      </div>
      <TagInput />
    </fieldset>
  );
}
