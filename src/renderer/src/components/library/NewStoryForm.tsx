import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useState, type FormEvent, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../../lib/api';
import { shortcut } from './platform';

// The bank allows the same 200 characters; these messages speak to the person typing.
const NewStorySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the story a title.')
    .max(200, 'Keep the title under 200 characters.'),
});

type NewStoryInput = z.input<typeof NewStorySchema>;
type NewStoryValues = z.output<typeof NewStorySchema>;

interface NewStoryFormProps {
  /** Creates the story; a rejection's message is shown next to the form. */
  onCreate: (title: string) => Promise<void>;
  /** Lets Ctrl/Cmd+N put the cursor in the title field. */
  titleRef: RefObject<HTMLInputElement | null>;
}

/** Memoized: the library renders on every search keystroke, this form need not. */
export const NewStoryForm = memo(function NewStoryForm({ onCreate, titleRef }: NewStoryFormProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NewStoryInput, unknown, NewStoryValues>({
    resolver: zodResolver(NewStorySchema),
    defaultValues: { title: '' },
  });

  const submit = handleSubmit(async ({ title }) => {
    setFailure(null);
    try {
      await onCreate(title);
    } catch (error) {
      // The typed title stays in the field, so nothing is lost when the bank refuses.
      setFailure(errorMessage(error));
      return;
    }
    // No focus back here: the new story opens in the editor, which takes the keyboard.
    reset();
  });

  // A second Enter while the first create is on its way would make the story twice.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (isSubmitting) event.preventDefault();
    else void submit(event);
  }

  const { ref: registerRef, ...titleField } = register('title');
  const invalid = errors.title?.message;
  const messageId = invalid ? 'new-story-title-error' : failure ? 'new-story-failure' : undefined;

  return (
    <form className="new-story" noValidate onSubmit={onSubmit}>
      {/* The placeholder and the button beside it say what the field is for; the label is
          for screen readers, and saves the library a line above its list. */}
      <label htmlFor="new-story-title" className="visually-hidden">
        Story title
      </label>
      <div className="new-story__row">
        <input
          id="new-story-title"
          type="text"
          className="text-input"
          placeholder="New story title"
          autoComplete="off"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={messageId}
          aria-keyshortcuts={shortcut('N')}
          {...titleField}
          ref={(element) => {
            registerRef(element);
            titleRef.current = element;
          }}
        />
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
          Create story
        </button>
      </div>
      {/* One reserved line for either message, so the list below never jumps. */}
      <div className="field-message">
        {invalid ? (
          <p id="new-story-title-error" className="field-message__error">
            {invalid}
          </p>
        ) : failure ? (
          <p id="new-story-failure" role="alert" className="field-message__error">
            {failure}
          </p>
        ) : null}
      </div>
    </form>
  );
});
