import { useEffect, useMemo, useState } from 'react';
import { filterChoices } from '../../../../core/model/story-filters';
import { isLive } from '../../../../core/model/story-list';
import type { Bank, Story } from '../../../../core/model/schema';
import { rehearsalCounts } from '../../../../core/rehearsal/practice-log';
import {
  filterStories,
  principleNames,
  sameStories,
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
  const haystackOf = useMemo(() => {
    const names = principleNames(bank.principleSets, bank.activeSetId);
    return rememberedPerStory('haystack', [bank.principleSets, bank.activeSetId], (story) =>
      storyHaystack(story, names),
    );
  }, [bank.principleSets, bank.activeSetId]);
  const principlesOf = useMemo(() => {
    const names = new Map(activePrinciples.map((principle) => [principle.id, principle.name]));
    return rememberedPerStory('principles', [activePrinciples], (story) =>
      principleSummary(story, names),
    );
  }, [activePrinciples]);
  const openChecksOf = useMemo(() => {
    const day = new Date(today);
    return rememberedPerStory('checks', [bank.settings, today], (story) =>
      openCheckCount(story, bank.settings, day),
    );
  }, [bank.settings, today]);

  const rehearsed = useMemo(() => rehearsalCounts(bank.practice), [bank.practice]);
  const live = useMemo(() => stories.filter(isLive), [stories]);
  // Sorted apart from the search, so a keystroke only filters.
  const sorted = useMemo(
    () => sortStories(live, query.sort, rehearsed),
    [live, query.sort, rehearsed],
  );
  // The same list object while a keystroke leaves the result as it was ("s", "st", "sto"…
  // all match every story), so the memoized list below skips the keystroke entirely.
  const [keep] = useState(keepWhileSame);
  const visible = useMemo(
    () => keep(filterStories(sorted, query, haystackOf, rehearsed)),
    [keep, sorted, query, haystackOf, rehearsed],
  );
  const choices = useMemo(() => filterChoices(stories), [stories]);

  // Worked out while the page is idle, a search keystroke only looks them up: otherwise the
  // first one would build 1,000 haystacks, and each narrowing one check the rows it reveals.
  // The haystacks first: they are quick, and searching is what people do first.
  useEffect(() => warmWhenIdle(live, haystackOf, openChecksOf), [live, haystackOf, openChecksOf]);

  return { activePrinciples, principlesOf, openChecksOf, visible, choices, total: live.length };
}

/** Returns the list it returned last time when `next` holds the same stories in order. */
function keepWhileSame() {
  let last: Story[] = [];
  return (next: Story[]) => (sameStories(last, next) ? last : (last = next));
}
