import type { ReactNode } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { NumberKey, SettingsFormInput, TextKey } from './settings-form';

const hintId = (name: string) => `setting-${name}-hint`;
const errorId = (name: string) => `setting-${name}-error`;

interface RowProps {
  name: NumberKey | TextKey;
  label: string;
  hint: string;
  /** After the control: the unit, and the value in words when that helps. */
  unit?: ReactNode;
  /** Saves the section; called when the field is left or Enter is pressed in it. */
  onLeave: () => void;
  kind: 'number' | 'text';
  range?: { min: number; max: number; step: number };
}

/** One setting: label and hint on the left, the control and its unit on the right. */
export function SettingRow({ name, label, hint, unit, onLeave, kind, range }: RowProps) {
  const { register } = useFormContext<SettingsFormInput>();
  const { errors } = useFormState<SettingsFormInput>({ name });
  const error = errors[name]?.message;
  const id = `setting-${name}`;
  return (
    <div className={`setting-row setting-row--${kind}`}>
      <div className="setting-row__text">
        <label htmlFor={id} className="setting-row__label">
          {label}
        </label>
        <p id={hintId(name)} className="setting-row__hint">
          {hint}
        </p>
      </div>
      <div className="setting-row__control">
        <input
          id={id}
          className="text-input setting-row__input"
          type={kind}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          min={range?.min}
          max={range?.max}
          step={range?.step}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId(name)} ${errorId(name)}` : hintId(name)}
          {...register(name, { onBlur: onLeave })}
          onKeyDown={(event) => {
            // A form of many fields and no submit button is not submitted by Enter; save here.
            if (event.key === 'Enter') {
              event.preventDefault();
              onLeave();
            }
          }}
        />
        {unit && <span className="setting-row__unit">{unit}</span>}
      </div>
      {error && (
        <p id={errorId(name)} className="setting-row__error">
          {error}
        </p>
      )}
    </div>
  );
}
