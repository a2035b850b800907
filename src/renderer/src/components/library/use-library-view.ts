import { useEffect, useMemo, useState } from 'react';
import { filterChoices } from '../../../../core/model/story-filters';
import { isLive } from '../../../../core/model/story-list';
import type { Bank, Story } from '../../../../core/model/schema';
import { rehearsalCounts } from '../../../../core/rehearsal/practice-log';
import {
  filterStories,
  principleNames,
  sortStories,
  storyHaystack,
  type LibraryQuery,
} from '../../lib/library-query';
import { openCheckCount } from '../../lib/quality-badge';
import { principleSummary } from './principle-summary';
import { rememberedPerStory } from './story-cache';
import { warmWhenIdle } from './warm-when-idle';

/**
 * What the library shows of the bank: the visible stories in order, the filter choices, and
 * per-story caches for a row's principles, open checks and search text. Typing in the editor
 * replaces one story, so only it is worked out again; so does a return to the view.
 */
export function useLibraryView(bank: Bank, stories: Story[], query: LibraryQuery) {
  // The day, not the moment: the checks' "recent" rule changes at midnight, not every mount.
  const [today] = useState(() => new Date().toDateString());

  const activeSet = bank.principleSets.find((set) => set.id === bank.activeSetId);
  const activePrinciples = useMemo(() => activeSet?.principles ?? [], [activeSet]);
  const haystackOf = useMemo(
    () =>
      rememberedPerStory('haystack', [bank.principleSets, bank.activeSetId], (story) =>
        storyHaystack(story, principleNames(bank.principleSets, bank.activeSetId)),
      ),
    [bank.principleSets, bank.activeSetId],
  );
  const principlesOf = useMemo(() => {
    const names = new Map(activePrinciples.map((principle) => [principle.id, principle.name]));
    return rememberedPerStory('principles', [activePrinciples], (story) =>
      principleSummary(story, names),
    );
  }, [activePrinciples]);
  const openChecksOf = useMemo(
    () =>
      rememberedPerStory('checks', [bank.settings, today], (story) =>
        openCheckCount(story, bank.settings, new Date(today)),
      ),
    [bank.settings, today],
  );

  const rehearsed = useMemo(() => rehearsalCounts(bank.practice), [bank.practice]);
  const live = useMemo(() => stories.filter(isLive), [stories]);
  // Sorted apart from the search, so a keystroke only filters.
  const sorted = useMemo(
    () => sortStories(live, query.sort, rehearsed),
    [live, query.sort, rehearsed],
  );
  const visible = useMemo(
    () => filterStories(sorted, query, haystackOf, rehearsed),
    [sorted, query, haystackOf, rehearsed],
  );
  const choices = useMemo(() => filterChoices(stories), [stories]);

  // Worked out while the page is idle, a search keystroke only looks them up: otherwise the
  // first one would build 1,000 haystacks, and each narrowing one check the rows it reveals.
  useEffect(
    () =>
      warmWhenIdle(live, (story) => {
        haystackOf(story);
        openChecksOf(story);
      }),
    [live, haystackOf, openChecksOf],
  );

  return { activePrinciples, principlesOf, openChecksOf, visible, choices, total: live.length };
}
