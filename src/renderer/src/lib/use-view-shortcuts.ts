import { useEffect } from 'react';
import { VIEWS, type ViewId } from './views';

/** Ctrl+1..6 (Cmd on macOS) switch views, like tabs in most desktop apps. */
export function useViewShortcuts(select: (view: ViewId) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      // `code` too: on layouts such as AZERTY the digit row does not produce "1" without Shift.
      const digit = /^[1-9]$/.test(event.key) ? event.key : /^Digit([1-9])$/.exec(event.code)?.[1];
      const view = digit ? VIEWS[Number(digit) - 1] : undefined;
      if (!view) return;
      event.preventDefault();
      select(view.id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [select]);
}
