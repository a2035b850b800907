import type { ReactNode } from 'react';

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

/** The aria wiring of a control that has an optional hint and error line. */
export function described(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ');
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids || undefined,
  } as const;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string | undefined;
  /** Shown at the right of the label row (a word count). */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A label row (label, hint, aside), the control, and a reserved line for its message. */
export function Field({ id, label, hint, error, aside, className, children }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field__top">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {hint && (
          <span id={hintId(id)} className="field__hint">
            {hint}
          </span>
        )}
        {aside && <span className="field__aside">{aside}</span>}
      </div>
      {children}
      <FieldMessage id={id} error={error} />
    </div>
  );
}

/** Always one line tall, empty or not, so a message never moves the fields below. */
export function FieldMessage({ id, error }: { id: string; error: string | undefined }) {
  return (
    <div className="field-message">
      {error && (
        <p id={errorId(id)} className="field-message__error">
          {error}
        </p>
      )}
    </div>
  );
}
