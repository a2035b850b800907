import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import type { StoryFormValues } from '../../lib/story-changes';
import { MAX_TAG_CHARS, MAX_TAGS } from '../../../../core/model/limits';
import { sameTag } from '../../../../core/model/story-filters';
import { FieldMessage } from './Field';
import { FIELD_IDS } from './field-ids';

const INPUT_ID = 'story-tag-input';

/**
 * Tags as chips. Enter or a comma adds what was typed, Backspace in the empty input takes the
 * last one back; leaving the input adds it too, so a typed tag is never dropped.
 */
export function TagInput() {
  const { field } = useController<StoryFormValues, 'tags'>({ name: 'tags' });
  const tags = field.value;
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  function add(raw: string[]): void {
    let next = tags;
    let refused: string | undefined;
    for (const candidate of raw.map((tag) => tag.trim()).filter(Boolean)) {
      const same = next.find((tag) => sameTag(tag, candidate));
      if (same) refused = `“${same}” is already a tag.`;
      else if (next.length >= MAX_TAGS) refused = `A story holds at most ${MAX_TAGS} tags.`;
      else next = [...next, candidate];
    }
    if (next !== tags) field.onChange(next);
    setNote(refused);
  }

  function remove(index: number): void {
    field.onChange(tags.filter((_, i) => i !== index));
    setNote(undefined);
  }

  function onChange(event: ChangeEvent<HTMLInputElement>): void {
    // A pasted "growth, pricing" becomes two tags; the text after the last comma stays typed.
    const parts = event.target.value.split(',');
    const rest = parts.pop() ?? '';
    if (parts.length > 0) add(parts);
    setText(rest);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      add([text]);
      setText('');
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      remove(tags.length - 1);
    }
  }

  return (
    <div className="field" id={FIELD_IDS.tags}>
      <div className="field__top">
        <label htmlFor={INPUT_ID} className="field__label">
          Add tag
        </label>
        <span className="field__hint" id={`${INPUT_ID}-hint`}>
          Enter or comma adds one
        </span>
      </div>
      <div className="tag-box" onClick={() => input.current?.focus()}>
        {tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {tags.map((tag, index) => (
              <li key={tag} className="chip">
                <span className="chip__text">{tag}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove(index);
                    input.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={input}
          id={INPUT_ID}
          type="text"
          className="tag-box__input"
          autoComplete="off"
          maxLength={MAX_TAG_CHARS}
          aria-describedby={note ? `${INPUT_ID}-hint ${INPUT_ID}-error` : `${INPUT_ID}-hint`}
          value={text}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onBlur={() => {
            add([text]);
            setText('');
            field.onBlur();
          }}
        />
      </div>
      <FieldMessage id={INPUT_ID} error={note} />
    </div>
  );
}
