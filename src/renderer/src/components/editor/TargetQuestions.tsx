import { MAX_QUESTION_CHARS, MAX_TARGET_QUESTIONS } from '../../../../core/model/limits';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import type { StoryFormValues } from '../../lib/story-changes';
import { FieldMessage } from './Field';
import { FIELD_IDS } from './field-ids';

const INPUT_ID = 'story-target-question-input';

/** The interview questions this story is meant to answer; Enter adds one. */
export function TargetQuestions() {
  const { field } = useController<StoryFormValues, 'targetQuestions'>({ name: 'targetQuestions' });
  const questions = field.value;
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | undefined>();

  function add(): void {
    const question = text.trim();
    if (!question) return;
    if (questions.some((other) => other.toLowerCase() === question.toLowerCase())) {
      setNote('That question is already on the list.');
    } else if (questions.length >= MAX_TARGET_QUESTIONS) {
      setNote(`A story answers at most ${MAX_TARGET_QUESTIONS} questions here.`);
    } else {
      field.onChange([...questions, question]);
      setNote(undefined);
    }
    setText('');
  }

  return (
    <fieldset className="form-section" id={FIELD_IDS.targetQuestions}>
      <legend className="form-section__title">Questions it answers</legend>
      {questions.length > 0 && (
        <ul className="target-questions">
          {questions.map((question, index) => (
            <li key={question} className="target-question">
              <span className="target-question__text">{question}</span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove question: ${question}`}
                onClick={() => {
                  field.onChange(questions.filter((_, i) => i !== index));
                  document.getElementById(INPUT_ID)?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={INPUT_ID} className="visually-hidden">
        Add a question it answers
      </label>
      <input
        id={INPUT_ID}
        type="text"
        className="text-input target-questions__input"
        autoComplete="off"
        maxLength={MAX_QUESTION_CHARS}
        placeholder="Add a question it answers, then Enter"
        aria-describedby={note ? `${INPUT_ID}-error` : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          add();
        }}
        onBlur={add}
      />
      <FieldMessage id={INPUT_ID} error={note} />
    </fieldset>
  );
}
