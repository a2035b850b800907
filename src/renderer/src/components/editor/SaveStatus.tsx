import type { SaveState } from '../../lib/autosave';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function savedWhen(at: number | null): string {
  if (at === null || Number.isNaN(at)) return '';
  const date = new Date(at);
  const today = new Date().toDateString() === date.toDateString();
  return (today ? time : dayAndTime).format(date);
}

/** The save state in words, announced politely; its width is reserved so nothing jumps. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p
      className={`save-status save-status--${state.kind}`}
      role="status"
      aria-live="polite"
      title={state.kind === 'failed' ? `Not saved — ${state.message}` : undefined}
    >
      {state.kind === 'saved' && (
        <>
          Saved
          {savedWhen(state.at) && (
            <span className="save-status__time"> · {savedWhen(state.at)}</span>
          )}
        </>
      )}
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'unsaved' && 'Unsaved changes'}
      {state.kind === 'failed' && `Not saved — ${state.message}`}
    </p>
  );
}

/** The whole message, what it means for the person and what to do; the text stays put. */
export function SaveFailure({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="save-failure">
      <p className="save-failure__text">
        <strong>{message}</strong> Your text is safe in this window and kept on this computer until
        the bank takes it. Storybank tries again with your next change, or now with Try again.
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
