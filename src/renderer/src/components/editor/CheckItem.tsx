import type { CheckResult } from '../../../../core/quality';
import { focusField } from './field-ids';

interface CheckItemProps {
  result: CheckResult;
  onDismiss?: () => void;
  onRestore?: () => void;
}

const SEVERITY_TEXT = { problem: 'Problem', suggestion: 'Suggestion' } as const;
const ICON = { waiting: '–', passed: '✓', problem: '!', suggestion: '•' } as const;

/** One check: a failing one's label jumps to its field and it can be dismissed ("I know"). */
export function CheckItem({ result, onDismiss, onRestore }: CheckItemProps) {
  const { id, label, severity, field, passed, judged, message } = result;
  // Nothing to judge yet is not a pass: shown as waiting, never with a tick.
  const state = !judged ? 'waiting' : passed ? 'passed' : result.dismissed ? 'dismissed' : severity;
  const canJump = !passed && field !== null;
  return (
    <li className={`check check--${state}`}>
      <span className="check__icon" aria-hidden="true">
        {ICON[state === 'dismissed' ? severity : state]}
      </span>
      <div className="check__body">
        <span className="check__head">
          {canJump ? (
            <button
              type="button"
              className="check__label check__label--link"
              onClick={() => focusField(field)}
            >
              {label}
            </button>
          ) : (
            <span className="check__label">{label}</span>
          )}
          {!passed && !result.dismissed && (
            <span className="visually-hidden"> ({SEVERITY_TEXT[severity]})</span>
          )}
          {!judged && <span className="visually-hidden"> (not judged yet)</span>}
          {onDismiss && (
            <button
              type="button"
              id={`check-dismiss-${id}`}
              className="button button--quiet button--small check__action"
              aria-label={`Dismiss: ${label}`}
              onClick={onDismiss}
            >
              Dismiss
            </button>
          )}
          {onRestore && (
            <button
              type="button"
              id={`check-restore-${id}`}
              className="button button--quiet button--small check__action"
              aria-label={`Restore: ${label}`}
              onClick={onRestore}
            >
              Restore
            </button>
          )}
        </span>
        <span className="check__message">{message}</span>
      </div>
    </li>
  );
}
