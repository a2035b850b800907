import type { ReactNode } from 'react';

interface OptionRowProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Set for a single control (select, textarea): the label is its <label>. */
  controlId?: string;
  children: ReactNode;
  /** A full-width part under the row, such as the story checklist. */
  below?: ReactNode;
}

/**
 * One option laid out like a Settings row (label and hint | control), with the same classes.
 * Settings' own SettingRow is bound to its form, so the Export view has this plain one.
 * A group (radios, checkboxes) names itself with `${id}-label` and `${id}-hint`.
 */
export function OptionRow({ id, label, hint, controlId, children, below }: OptionRowProps) {
  return (
    <div className="setting-row export-row">
      <div className="setting-row__text">
        {controlId ? (
          <label htmlFor={controlId} id={`${id}-label`} className="setting-row__label">
            {label}
          </label>
        ) : (
          <span id={`${id}-label`} className="setting-row__label">
            {label}
          </span>
        )}
        {hint && (
          <p id={`${id}-hint`} className="setting-row__hint">
            {hint}
          </p>
        )}
      </div>
      <div className="setting-row__control">{children}</div>
      {below && <div className="export-row__below">{below}</div>}
    </div>
  );
}
