import { useCallback, type RefObject } from 'react';
import type { Story } from '../../../../core/model/schema';
import { useBankApi } from '../../lib/bank-context';
import { countText, isFiltered, type LibraryQuery, type SortKey } from '../../lib/library-query';
import { useStoryActions } from '../../lib/story-actions';
import { ToastViewport } from '../toasts/ToastViewport';
import { SortSelect } from './FilterMenus';
import { LibraryFilters } from './LibraryFilters';
import { NewStoryForm } from './NewStoryForm';
import { shortcut } from './platform';
import { StoryListbox } from './StoryListbox';
import { useLibraryActions } from './use-library-actions';
import { useLibraryView } from './use-library-view';

interface StoriesPaneProps {
  stories: Story[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  query: LibraryQuery;
  onQueryChange: (changes: Partial<LibraryQuery>) => void;
  onClearFilters: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  titleRef: RefObject<HTMLInputElement | null>;
  trashButtonRef: RefObject<HTMLButtonElement | null>;
  trashCount: number;
  onShowTrash: () => void;
}

/** The library's main face: new story, search and filters, the list, and its toolbar. */
export function StoriesPane({
  stories,
  selectedId,
  onSelect,
  onOpen,
  query,
  onQueryChange,
  onClearFilters,
  searchRef,
  titleRef,
  trashButtonRef,
  trashCount,
  onShowTrash,
}: StoriesPaneProps) {
  const { bank } = useBankApi().view;
  const { create } = useStoryActions();
  const { activePrinciples, principlesOf, openChecksOf, visible, choices, total } = useLibraryView(
    bank,
    stories,
    query,
  );
  // Stable, so the memoized form, sort menu and list skip a search keystroke's render.
  const onCreate = useCallback(
    async (title: string) => onOpen((await create({ title })).id),
    [create, onOpen],
  );
  const onSort = useCallback((sort: SortKey) => onQueryChange({ sort }), [onQueryChange]);
  const { trash, duplicate, focusRequest } = useLibraryActions({ visible, onSelect, titleRef });
  const onTrash = useCallback((id: string) => void trash(id), [trash]);
  const onDuplicate = useCallback((id: string) => void duplicate(id), [duplicate]);

  return (
    <>
      <div className="library__head">
        <NewStoryForm titleRef={titleRef} onCreate={onCreate} />
        <LibraryFilters
          query={query}
          onChange={onQueryChange}
          principles={activePrinciples}
          tags={choices.tags}
          companies={choices.companies}
          searchRef={searchRef}
        />
        <div className="library__count-row">
          <p className="library__count" aria-live="polite">
            {countText(visible.length, total, isFiltered(query))}
          </p>
          <SortSelect value={query.sort} onChange={onSort} />
        </div>
      </div>
      <div className="library__body">
        {total === 0 ? (
          <p className="empty-state">
            No stories yet. Start with a working title — you can fill in the STAR parts later.
          </p>
        ) : visible.length === 0 ? (
          <div className="empty-state">
            <p>No stories match. Clear the search or filters.</p>
            <button type="button" className="button" onClick={onClearFilters}>
              Clear filters
            </button>
          </div>
        ) : (
          <StoryListbox
            stories={visible}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            onTrash={onTrash}
            onDuplicate={onDuplicate}
            focusRequest={focusRequest}
            principlesOf={principlesOf}
            openChecksOf={openChecksOf}
          />
        )}
      </div>
      <ToastViewport />
      <div className="library__footer">
        {/* Outside the listbox on purpose: a listbox's options may not hold buttons. */}
        <div className="library__actions" role="group" aria-label="Selected story">
          <button
            type="button"
            className="button button--small"
            disabled={selectedId === null}
            aria-keyshortcuts={shortcut('D')}
            onClick={() => selectedId && void duplicate(selectedId)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={selectedId === null}
            aria-keyshortcuts="Delete"
            onClick={() => selectedId && void trash(selectedId)}
          >
            Move to Trash
          </button>
        </div>
        <button
          ref={trashButtonRef}
          type="button"
          className="button button--small"
          onClick={onShowTrash}
        >
          Trash ({trashCount})
        </button>
      </div>
    </>
  );
}
