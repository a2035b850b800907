import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Story } from '../../../../core/model/schema';
import { withPinned } from '../../lib/library-rows';
import { isMac } from './platform';
import type { PrincipleSummary } from './principle-summary';
import { optionId, StoryOption } from './StoryOption';

/** Asks the list to focus a row once it is rendered; a new object each time, even for one id. */
export interface FocusRequest {
  id: string;
}

interface StoryListboxProps {
  /** The visible stories, in order. */
  stories: readonly Story[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onTrash: (id: string) => void;
  onDuplicate: (id: string) => void;
  focusRequest: FocusRequest | null;
  principlesOf: (story: Story) => PrincipleSummary;
  openChecksOf: (story: Story) => number;
}

/** A row with a one-line title; two-line titles are measured as they are drawn. */
const ROW_ESTIMATE = 76;

/**
 * The stories as a single-select listbox with roving focus: the focused row is the selected
 * one, so ↑/↓ move both and the editor follows. Enter opens, Delete moves to the Trash.
 * Virtualized: only the rows in view (and the one Tab lands on) exist, each with its
 * position in the whole list, so 1,000 stories cost what 20 do. Memoized: a search keystroke
 * that leaves the list as it was does not render it.
 */
export const StoryListbox = memo(function StoryListbox(props: StoryListboxProps) {
  const { stories, selectedId, onSelect, onOpen, onTrash, onDuplicate, focusRequest } = props;
  const selectedIndex = stories.findIndex((story) => story.id === selectedId);
  // When the selected story is filtered out, Tab still lands on a row: the first.
  const tabbableIndex = selectedIndex >= 0 ? selectedIndex : 0;
  const tabbableId = stories[tabbableIndex]?.id ?? null;

  // The list scrolls in an element of its own: the virtualizer reads it in a layout effect,
  // which runs before a parent's ref is set.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    // Stable while the list is, so the virtualizer keeps its row offsets between renders.
    getItemKey: useCallback((index: number) => stories[index]?.id ?? index, [stories]),
    overscan: 4,
    // The window's height until the pane is measured: the first render then draws every row
    // in view, and no second pass adds the rest.
    initialRect: { width: 0, height: window.innerHeight },
    rangeExtractor: useCallback(
      (range: Range) => withPinned(defaultRangeExtractor(range), tabbableIndex, range.count),
      [tabbableIndex],
    ),
  });

  // The row to focus once it is drawn: a row far from view exists only after the render
  // that pins it (it became the selected one) or the scroll that brings it in.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusRequest) pendingFocus.current = focusRequest.id;
  }, [focusRequest]);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id !== null) focusRow(id);
  });

  function focusRow(id: string) {
    const index = stories.findIndex((story) => story.id === id);
    if (index < 0) {
      pendingFocus.current = null;
      return;
    }
    // Nearest, not centred: the list should not jump as the selection walks.
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = document.getElementById(optionId(id));
    if (!row) {
      pendingFocus.current = id;
      return;
    }
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  }

  function select(index: number) {
    const story = stories[Math.max(0, Math.min(stories.length - 1, index))];
    if (!story) return;
    onSelect(story.id);
    focusRow(story.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const id = rowId(event.target);
    if (id && handleKey(event, id)) event.preventDefault();
  }

  /** Acts on a key pressed on row `id`; true when the key was ours. */
  function handleKey(event: KeyboardEvent, id: string): boolean {
    const index = stories.findIndex((story) => story.id === id);
    // An arrow from a focused row that is not selected yet selects that row first.
    const step = (delta: number) => (id === selectedId ? index + delta : index);
    switch (event.key) {
      case 'ArrowDown':
        select(step(1));
        return true;
      case 'ArrowUp':
        select(step(-1));
        return true;
      case 'Home':
        select(0);
        return true;
      case 'End':
        select(stories.length - 1);
        return true;
      case ' ':
        select(index);
        return true;
      case 'Enter':
        onOpen(id);
        return true;
      case 'Delete':
        onTrash(id);
        return true;
      case 'Backspace':
        // Cmd+Backspace is "Move to Trash" in macOS's Finder.
        if (!isMac || !event.metaKey) return false;
        onTrash(id);
        return true;
      case 'd':
      case 'D':
        // Ctrl/Cmd+D duplicates, as in Finder and most file lists.
        if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
        onDuplicate(id);
        return true;
      default:
        return false;
    }
  }

  return (
    <div ref={scrollRef} className="story-listbox__scroller">
      <ul
        role="listbox"
        aria-label="Stories"
        className="story-listbox"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const id = rowId(event.target);
          if (id) onSelect(id);
        }}
        onDoubleClick={(event) => {
          const id = rowId(event.target);
          if (id) onOpen(id);
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const story = stories[item.index];
          if (!story) return null;
          return (
            <StoryOption
              key={story.id}
              ref={virtualizer.measureElement}
              story={story}
              selected={story.id === selectedId}
              tabbable={story.id === tabbableId}
              principles={props.principlesOf(story)}
              openChecks={props.openChecksOf(story)}
              position={item.index + 1}
              setSize={stories.length}
              start={item.start}
            />
          );
        })}
      </ul>
    </div>
  );
});

/** The story id of the row an event happened in. */
function rowId(target: EventTarget): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>('[role="option"]')?.dataset.storyId;
}
