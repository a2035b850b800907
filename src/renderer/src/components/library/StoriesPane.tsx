import { isLive } from '../../../../core/model/story-list';
import { filterChoices } from '../../../../core/model/story-filters';
import { useMemo, useState, type RefObject } from 'react';
import type { Story } from '../../../../core/model/schema';
import { useBankApi } from '../../lib/bank-context';
import {
  countText,
  isFiltered,
  principleNames,
  queryStories,
  storyHaystack,
  type LibraryQuery,
} from '../../lib/library-query';
import { openCheckCount } from '../../lib/quality-badge';
import { useStoryActions } from '../../lib/story-actions';
import { ToastViewport } from '../toasts/ToastViewport';
import { LibraryFilters, SortSelect } from './LibraryFilters';
import { NewStoryForm } from './NewStoryForm';
import { principleSummary } from './principle-summary';
import { shortcut } from './platform';
import { perStory } from './story-cache';
import { StoryListbox } from './StoryListbox';
import { useLibraryActions } from './use-library-actions';
import { rehearsalCounts } from '../../../../core/rehearsal/practice-log';

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
  const [today] = useState(() => new Date());

  const activeSet = bank.principleSets.find((set) => set.id === bank.activeSetId);
  const activePrinciples = useMemo(() => activeSet?.principles ?? [], [activeSet]);
  const activeNames = useMemo(
    () => new Map(activePrinciples.map((principle) => [principle.id, principle.name])),
    [activePrinciples],
  );
  // Per-story caches: typing in the editor replaces one story, so only it is recomputed.
  const haystackOf = useMemo(() => {
    const names = principleNames(bank.principleSets, bank.activeSetId);
    return perStory((story) => storyHaystack(story, names));
  }, [bank.principleSets, bank.activeSetId]);
  const principlesOf = useMemo(
    () => perStory((story) => principleSummary(story, activeNames)),
    [activeNames],
  );
  const openChecksOf = useMemo(
    () => perStory((story) => openCheckCount(story, bank.settings, today)),
    [bank.settings, today],
  );

  const rehearsed = useMemo(() => rehearsalCounts(bank.practice), [bank.practice]);
  const visible = useMemo(
    () => queryStories(stories, query, haystackOf, rehearsed),
    [stories, query, haystackOf, rehearsed],
  );
  const choices = useMemo(() => filterChoices(stories), [stories]);
  const total = useMemo(() => stories.filter(isLive).length, [stories]);
  const { trash, duplicate, focusRequest } = useLibraryActions({ visible, onSelect, titleRef });

  return (
    <>
      <div className="library__head">
        <NewStoryForm
          titleRef={titleRef}
          onCreate={async (title) => onOpen((await create({ title })).id)}
        />
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
          <SortSelect value={query.sort} onChange={(sort) => onQueryChange({ sort })} />
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
            onTrash={(id) => void trash(id)}
            onDuplicate={(id) => void duplicate(id)}
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
