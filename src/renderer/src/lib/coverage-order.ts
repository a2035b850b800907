import { byNeed, type CoverageReport } from '../../../core/coverage/coverage';
import type { Story } from '../../../core/model/schema';

/** How the matrix orders its principles and its stories; pure, so the rules are tested. */

export type PrincipleSort = 'gaps-first' | 'set-order';
export type StorySort = 'most-principles' | 'created' | 'least-rehearsed';

/** Principle ids: set order, or the neediest first (the order Write next uses too). */
export function principleOrder(report: CoverageReport, sort: PrincipleSort): string[] {
  const ordered = sort === 'gaps-first' ? byNeed(report) : report.principles;
  return ordered.map((principle) => principle.principleId);
}

/** How many principles of the set a story carries, and how many of them as primary. */
export function carried(story: Story, principleIds: ReadonlySet<string>) {
  let all = 0;
  let primary = 0;
  for (const mapping of story.principles) {
    if (!principleIds.has(mapping.principleId)) continue;
    all++;
    if (mapping.strength === 'primary') primary++;
  }
  return { all, primary };
}

/**
 * Story ids: as created (bank order), those carrying most principles first, or the least
 * rehearsed aloud first (`rehearsed`: rehearsals per story id).
 */
export function storyOrder(
  stories: readonly Story[],
  principleIds: ReadonlySet<string>,
  sort: StorySort,
  rehearsed: ReadonlyMap<string, number> = new Map(),
): string[] {
  if (sort === 'created') return stories.map((story) => story.id);
  if (sort === 'least-rehearsed') {
    return stories
      .map((story, index) => ({ story, index, times: rehearsed.get(story.id) ?? 0 }))
      .sort((a, b) => a.times - b.times || a.index - b.index)
      .map(({ story }) => story.id);
  }
  return stories
    .map((story, index) => ({ story, index, carries: carried(story, principleIds) }))
    .sort(
      (a, b) =>
        b.carries.all - a.carries.all || b.carries.primary - a.carries.primary || a.index - b.index,
    )
    .map(({ story }) => story.id);
}

/**
 * The order to show: the previous one while it still holds exactly the same ids, so a
 * toggled cell never makes its row or column jump away from the pointer; a fresh sort
 * once stories or principles come or go.
 */
export function keptOrder(
  previous: readonly string[] | null,
  ids: readonly string[],
  sorted: () => string[],
): readonly string[] {
  if (previous && previous.length === ids.length) {
    const known = new Set(previous);
    if (ids.every((id) => known.has(id))) return previous;
  }
  return sorted();
}
