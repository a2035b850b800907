import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useToasts, type Toast } from './toast-context';

/** Long enough to read the message and reach Undo by Tab; paused while pointed at or focused. */
const SHOW_MS = 8_000;

/**
 * Where the toast appears. The live region is always in the page so screen readers notice
 * the message; the toast itself (role="status") exists only while shown.
 */
export function ToastViewport() {
  const { current, dismiss } = useToasts();
  return (
    <div className="toast-viewport" aria-live="polite">
      {current && (
        <ToastCard key={current.id} toast={current} onClose={() => dismiss(current.id)} />
      )}
    </div>
  );
}

function ToastCard({ toast, onClose }: { toast: Toast; onClose: () => void }) {
  const card = useRef<HTMLDivElement>(null);
  // Where focus was before it entered the toast, to give it back when the toast closes.
  const returnFocus = useRef<HTMLElement | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [busy, setBusy] = useState(false);

  const close = useCallback(() => {
    const back = returnFocus.current;
    if (card.current?.contains(document.activeElement) && back?.isConnected) back.focus();
    onClose();
  }, [onClose]);

  useEffect(() => {
    if (hovered || focused || busy) return;
    const timer = setTimeout(close, SHOW_MS);
    return () => clearTimeout(timer);
  }, [hovered, focused, busy, close]);

  async function act() {
    if (!toast.action || busy) return;
    setBusy(true);
    try {
      await toast.action.run();
    } finally {
      close();
    }
  }

  // Ctrl/Cmd+Z answers an Undo toast, as it would in any desktop app; in a text field the
  // keys stay the field's own undo.
  useEffect(() => {
    if (toast.action?.label !== 'Undo') return;
    function onUndoKey(event: globalThis.KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      ) {
        return;
      }
      event.preventDefault();
      void act();
    }
    window.addEventListener('keydown', onUndoKey);
    return () => window.removeEventListener('keydown', onUndoKey);
  });

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  }

  return (
    <div
      ref={card}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className={`toast toast--${toast.tone ?? 'info'}`}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !card.current?.contains(from))
          returnFocus.current = from;
        setFocused(true);
      }}
      onBlur={(event) => {
        if (!card.current?.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p className="toast__message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="button toast__action"
          aria-disabled={busy}
          onClick={() => void act()}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label="Dismiss message" onClick={close}>
        ×
      </button>
    </div>
  );
}
