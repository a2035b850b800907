import { MAX_HEADLINE_CHARS, MAX_TITLE_CHARS } from '../../../../core/model/limits';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { MAX_FIELD_CHARS } from '../../../../core/model/limits';
import { countWords } from '../../../../core/quality/text';
import type { StoryFormValues } from '../../lib/story-changes';
import { described, Field } from './Field';
import { FIELD_IDS } from './field-ids';

type TextName = 'title' | 'headline' | 'company' | 'role' | 'project';
type LongName = 'situation' | 'task' | 'action' | 'result' | 'metrics' | 'learnings';

function useFieldError(name: keyof StoryFormValues): string | undefined {
  const { errors } = useFormState<StoryFormValues>({ name });
  return errors[name]?.message;
}

interface TextFieldProps {
  name: TextName;
  label: string;
  hint?: string;
  maxLength: number;
  className?: string;
  /** One sentence that may run longer than the field is wide: it wraps instead of scrolling. */
  wraps?: boolean;
}

/** A one-line field; its limit is the bank's, so what fits here always saves. */
export function TextField({ name, label, hint, maxLength, className, wraps }: TextFieldProps) {
  const { register } = useFormContext<StoryFormValues>();
  const error = useFieldError(name);
  const id = FIELD_IDS[name];
  const common = { id, maxLength, ...described(id, hint, error), ...register(name) };
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {wraps ? (
        <textarea
          className="text-input text-area text-area--line"
          rows={1}
          spellCheck
          // Still one line of meaning: Enter does not start a new paragraph.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          {...common}
        />
      ) : (
        <input type="text" className="text-input" autoComplete="off" {...common} />
      )}
    </Field>
  );
}

function WordCount({ name }: { name: LongName }) {
  const text = useWatch<StoryFormValues, LongName>({ name });
  const words = countWords(text ?? '');
  return (
    <>
      {words} {words === 1 ? 'word' : 'words'}
    </>
  );
}

interface LongFieldProps {
  name: LongName;
  label: string;
  hint: string;
  /** The S, T, A or R in front of a STAR part's label. */
  marker?: string;
}

/** A textarea that grows with its text (no inner scrollbar), with a live word count. */
export function LongField({ name, label, hint, marker }: LongFieldProps) {
  const { register } = useFormContext<StoryFormValues>();
  const error = useFieldError(name);
  const id = FIELD_IDS[name];
  return (
    <Field
      id={id}
      className={marker ? 'field--star' : 'field--long'}
      label={
        <>
          {marker && (
            <span className="star-marker" aria-hidden="true">
              {marker}
            </span>
          )}
          {label}
        </>
      }
      hint={hint}
      error={error}
      aside={<WordCount name={name} />}
    >
      <textarea
        id={id}
        className="text-input text-area"
        rows={marker ? 3 : 2}
        maxLength={MAX_FIELD_CHARS}
        spellCheck
        {...described(id, hint, error)}
        {...register(name)}
      />
    </Field>
  );
}

/** What the candidate writes first and most: the title, the headline and the STAR parts. */
export function WritingFields() {
  return (
    <div className="writing">
      <TextField
        name="title"
        label="Title"
        maxLength={MAX_TITLE_CHARS}
        className="field--title"
        wraps
      />
      <TextField
        name="headline"
        label="One-line headline"
        hint="The sentence you lead with"
        maxLength={MAX_HEADLINE_CHARS}
        wraps
      />
      <LongField
        name="situation"
        marker="S"
        label="Situation"
        hint="Where you were, what was at stake"
      />
      <LongField name="task" marker="T" label="Task" hint="What you were responsible for" />
      <LongField
        name="action"
        marker="A"
        label="Action"
        hint="What you did yourself, step by step"
      />
      <LongField name="result" marker="R" label="Result" hint="What changed, with numbers" />
      <LongField name="metrics" label="Metrics" hint="Before and after, scale, money, time" />
      <LongField
        name="learnings"
        label="Learnings"
        hint="What you learned / would do differently"
      />
    </div>
  );
}
