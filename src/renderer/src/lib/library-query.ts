import { isLive } from '../../../core/model/story-list';
import { atCompany, hasTag } from '../../../core/model/story-filters';
import type { PrincipleSet, Story, StoryStatus } from '../../../core/model/schema';
import { toldParts } from '../../../core/model/told-parts';

/**
 * Search, filters and sort for the story library. Pure functions, no DOM, so they are unit
 * tested in node and stay fast for a bank of 1,000 stories.
 */

export type SortKey = 'edited' | 'title' | 'when' | 'practised';

/** Rehearsals per story id (core/rehearsal/practice-log.ts rehearsalCounts). */
export type Rehearsed = ReadonlyMap<string, number>;
const NONE: Rehearsed = new Map();

export interface LibraryQuery {
  search: string;
  /** null means "Any". */
  principleId: string | null;
  status: StoryStatus | null;
  tag: string | null;
  company: string | null;
  /** Rehearsed aloud at least once ('yes') or never ('no'). */
  practised: 'yes' | 'no' | null;
  sort: SortKey;
}

export const EMPTY_QUERY: LibraryQuery = {
  search: '',
  principleId: null,
  status: null,
  tag: null,
  company: null,
  practised: null,
  sort: 'edited',
};

/** Lowercase without accents, so "resume" finds "Résumé" and "Ñandú" finds "nandu". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Principle id → name over every set, the active set last so its names win. */
export function principleNames(sets: PrincipleSet[], activeSetId: string): Map<string, string> {
  const names = new Map<string, string>();
  const ordered = [...sets].sort(
    (a, b) => Number(a.id === activeSetId) - Number(b.id === activeSetId),
  );
  for (const set of ordered) {
    for (const principle of set.principles) names.set(principle.id, principle.name);
  }
  return names;
}

/** Every field a person may remember a story by, normalized once and joined. */
export function storyHaystack(story: Story, names: ReadonlyMap<string, string>): string {
  const parts = [
    story.title,
    ...toldParts(story),
    story.metrics,
    story.company,
    story.role,
    story.project,
    story.when ?? '',
    ...story.tags,
    ...story.targetQuestions,
    ...story.followUps.flatMap((followUp) => [followUp.question, followUp.answer]),
    ...story.principles.map((mapping) => names.get(mapping.principleId) ?? ''),
  ];
  // A newline between fields keeps a word from matching across two of them.
  return normalize(parts.join('\n'));
}

/** The words of a search, normalized; every one must appear (AND). */
export function searchWords(search: string): string[] {
  return normalize(search).split(/\s+/).filter(Boolean);
}

export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

/** How many of the folded filter menus are set: the number on the Filters button. */
export function activeFilterCount(query: LibraryQuery): number {
  return [query.principleId, query.status, query.tag, query.company, query.practised].filter(
    (value) => value !== null,
  ).length;
}

export function isFiltered(query: LibraryQuery): boolean {
  return query.search.trim() !== '' || activeFilterCount(query) > 0;
}

export function matchesFilters(
  story: Story,
  query: LibraryQuery,
  rehearsed: Rehearsed = NONE,
): boolean {
  if (query.status !== null && story.status !== query.status) return false;
  if (query.practised !== null && rehearsed.has(story.id) !== (query.practised === 'yes')) {
    return false;
  }
  if (query.company !== null && !atCompany(story, query.company)) return false;
  if (query.tag !== null && !hasTag(story, query.tag)) return false;
  if (
    query.principleId !== null &&
    !story.principles.some((mapping) => mapping.principleId === query.principleId)
  ) {
    return false;
  }
  return true;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** What a sort reads of each story, worked out once per story rather than per comparison. */
interface SortKeys {
  story: Story;
  edited: number;
  rehearsals: number;
}

const byTitle = (a: SortKeys, b: SortKeys) => collator.compare(a.story.title, b.story.title);
const byEdited = (a: SortKeys, b: SortKeys) => b.edited - a.edited;
// "2024-03" strings sort as dates; undated stories go last whatever the direction.
const byWhen = ({ story: a }: SortKeys, { story: b }: SortKeys) =>
  a.when === b.when ? 0 : a.when === null ? 1 : b.when === null ? -1 : a.when < b.when ? 1 : -1;
const byId = ({ story: a }: SortKeys, { story: b }: SortKeys) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const COMPARE: Record<SortKey, (a: SortKeys, b: SortKeys) => number> = {
  edited: (a, b) => byEdited(a, b) || byTitle(a, b),
  title: (a, b) => byTitle(a, b) || byEdited(a, b),
  when: (a, b) => byWhen(a, b) || byEdited(a, b),
  // Least rehearsed first: the stories that most need telling aloud.
  practised: (a, b) => a.rehearsals - b.rehearsals || byTitle(a, b),
};

/** A sorted copy; ties fall back to the id so the order never flickers between renders. */
export function sortStories(
  stories: readonly Story[],
  sort: SortKey,
  rehearsed: Rehearsed = NONE,
): Story[] {
  const by = COMPARE[sort];
  return stories
    .map((story) => ({
      story,
      edited: Date.parse(story.updatedAt),
      rehearsals: rehearsed.get(story.id) ?? 0,
    }))
    .sort((a, b) => by(a, b) || byId(a, b))
    .map((keys) => keys.story);
}

/**
 * The stories of `sorted` that match every search word and every filter, in their order.
 * Sorting apart from this lets a search keystroke filter the sorted list and never sort.
 */
export function filterStories(
  sorted: readonly Story[],
  query: LibraryQuery,
  haystackOf: (story: Story) => string,
  rehearsed: Rehearsed = NONE,
): Story[] {
  const words = searchWords(query.search);
  return sorted.filter(
    (story) =>
      isLive(story) &&
      matchesFilters(story, query, rehearsed) &&
      (words.length === 0 || matchesWords(haystackOf(story), words)),
  );
}

/**
 * The library's visible list: stories that are not in the trash, match every search word and
 * every filter, in the chosen order. `haystackOf` lets the caller cache haystacks per story.
 */
export function queryStories(
  stories: readonly Story[],
  query: LibraryQuery,
  haystackOf: (story: Story) => string,
  rehearsed: Rehearsed = NONE,
): Story[] {
  return filterStories(sortStories(stories, query.sort, rehearsed), query, haystackOf, rehearsed);
}

/** Whether two lists hold the same stories in the same order (the same objects). */
export function sameStories(a: readonly Story[], b: readonly Story[]): boolean {
  return a.length === b.length && a.every((story, index) => story === b[index]);
}

/** "12 stories", or "3 of 12 stories match" while a search or filter narrows the list. */
export function countText(shown: number, total: number, filtered: boolean): string {
  const stories = `${total} ${total === 1 ? 'story' : 'stories'}`;
  if (!filtered) return stories;
  return `${shown} of ${stories} ${shown === 1 ? 'matches' : 'match'}`;
}
