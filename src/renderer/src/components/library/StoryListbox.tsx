import { useEffect, type KeyboardEvent } from 'react';
import type { Story } from '../../../../core/model/schema';
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

/**
 * The stories as a single-select listbox with roving focus: the focused row is the selected
 * one, so ↑/↓ move both and the editor follows. Enter opens, Delete moves to the Trash.
 */
export function StoryListbox(props: StoryListboxProps) {
  const { stories, selectedId, onSelect, onOpen, onTrash, onDuplicate, focusRequest } = props;
  const selectedIndex = stories.findIndex((story) => story.id === selectedId);
  // When the selected story is filtered out, Tab still lands on a row: the first.
  const tabbableId = selectedIndex >= 0 ? selectedId : (stories[0]?.id ?? null);

  useEffect(() => {
    if (focusRequest) focusRow(focusRequest.id);
  }, [focusRequest]);

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
    <ul
      role="listbox"
      aria-label="Stories"
      className="story-listbox"
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
      {stories.map((story) => (
        <StoryOption
          key={story.id}
          story={story}
          selected={story.id === selectedId}
          tabbable={story.id === tabbableId}
          principles={props.principlesOf(story)}
          openChecks={props.openChecksOf(story)}
        />
      ))}
    </ul>
  );
}

/** The story id of the row an event happened in. */
function rowId(target: EventTarget): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>('[role="option"]')?.dataset.storyId;
}

function focusRow(id: string) {
  const row = document.getElementById(optionId(id));
  if (!row) return;
  // Nearest, not the default centring: the list should not jump as the selection walks.
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}
