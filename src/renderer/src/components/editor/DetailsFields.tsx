import { MAX_DETAIL_CHARS } from '../../../../core/model/limits';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { StoryFormValues } from '../../lib/story-changes';
import { described, Field } from './Field';
import { FIELD_IDS } from './field-ids';
import { TagInput } from './TagInput';
import { TextField } from './WritingFields';

function WhenField() {
  const { register, setValue } = useFormContext<StoryFormValues>();
  const { errors } = useFormState<StoryFormValues>({ name: 'when' });
  const when = useWatch<StoryFormValues, 'when'>({ name: 'when' });
  const error = errors.when?.message;
  const id = FIELD_IDS.when;
  return (
    <Field id={id} label="When it happened" error={error}>
      <div className="when-row">
        <input
          id={id}
          type="month"
          className="text-input"
          {...described(id, undefined, error)}
          {...register('when')}
        />
        {/* Invisible rather than removed when empty, so the row never shifts. */}
        <button
          type="button"
          className={`button button--quiet button--small${when ? '' : ' is-invisible'}`}
          aria-label="Clear when it happened"
          onClick={() => setValue('when', '', { shouldDirty: true, shouldValidate: true })}
        >
          Clear
        </button>
      </div>
    </Field>
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
