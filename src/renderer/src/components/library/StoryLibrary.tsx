import { isLive } from '../../../../core/model/story-list';
import { useCallback, useRef } from 'react';
import { useRemembered } from '../../lib/use-remembered';
import { flushSync } from 'react-dom';
import type { Story } from '../../../../core/model/schema';
import { EMPTY_QUERY, type LibraryQuery } from '../../lib/library-query';
import { ToastProvider } from '../toasts/ToastProvider';
import { StoriesPane } from './StoriesPane';
import { TrashPane } from './TrashPane';
import { useLibraryShortcuts } from './use-library-shortcuts';

export interface StoryLibraryProps {
  /** Every story, the trashed ones too (the library shows the trash). */
  stories: Story[];
  selectedId: string | null;
  /** Highlights a story (arrow keys, a click); the editor shows it. */
  onSelect: (id: string) => void;
  /** Opens a story for writing (Enter, a new story): the editor takes focus. */
  onOpen: (id: string) => void;
}

/**
 * The left pane of the Stories view: the story list with its search and filters, or the
 * trash. The Undo toast lives here too, since only the library's actions offer an Undo.
 */
export function StoryLibrary(props: StoryLibraryProps) {
  return (
    <ToastProvider>
      <Library {...props} />
    </ToastProvider>
  );
}

function Library({ stories, selectedId, onSelect, onOpen }: StoryLibraryProps) {
  const [mode, setMode] = useRemembered<'stories' | 'trash'>('library.mode', 'stories');
  // Kept here, not in the stories pane, so a visit to the trash does not clear the search.
  const [query, setQuery] = useRemembered<LibraryQuery>('library.query', EMPTY_QUERY);
  const searchRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const trashButtonRef = useRef<HTMLButtonElement>(null);

  // Shortcuts from the trash first bring the story list back, then focus its field.
  const find = useCallback(() => {
    flushSync(() => setMode('stories'));
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [setMode]);
  const newStory = useCallback(() => {
    flushSync(() => setMode('stories'));
    titleRef.current?.focus();
  }, [setMode]);
  useLibraryShortcuts({ find, newStory });

  const onQueryChange = useCallback(
    (changes: Partial<LibraryQuery>) => setQuery((current) => ({ ...current, ...changes })),
    [setQuery],
  );

  return (
    <div className="library">
      {mode === 'stories' ? (
        <StoriesPane
          stories={stories}
          selectedId={selectedId}
          onSelect={onSelect}
          onOpen={onOpen}
          query={query}
          onQueryChange={onQueryChange}
          onClearFilters={() => {
            setQuery((current) => ({ ...EMPTY_QUERY, sort: current.sort }));
            searchRef.current?.focus();
          }}
          searchRef={searchRef}
          titleRef={titleRef}
          trashButtonRef={trashButtonRef}
          trashCount={stories.filter((story) => !isLive(story)).length}
          onShowTrash={() => setMode('trash')}
        />
      ) : (
        <TrashPane
          stories={stories}
          onBack={() => {
            // Back where the person left: on the Trash button that led here.
            flushSync(() => setMode('stories'));
            trashButtonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
