import { useEffect } from 'react';

interface LibraryShortcuts {
  /** Ctrl/Cmd+F: the search field. */
  find: () => void;
  /** Ctrl/Cmd+N: the new story's title field. */
  newStory: () => void;
}

/**
 * The library's two global shortcuts, live while the Stories view is shown. They work even
 * from inside a text field (that is where people press them), but not under a modal dialog.
 */
export function useLibraryShortcuts({ find, newStory }: LibraryShortcuts): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'n') return;
      // The browser's own find bar and new window would hide what the person asked for.
      event.preventDefault();
      if (key === 'f') find();
      else newStory();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [find, newStory]);
}
