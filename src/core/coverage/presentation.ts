import type { Settings, Story, Strength } from '../model/schema';
import { plural } from '../quality/text';
import type { CoverageReport, CoverageState, PrincipleCoverage } from './coverage';

/**
 * How coverage is said and marked, in one place: the Coverage view, `storybank coverage` and
 * the prep pack all show these words and marks.
 */

export const STATE_WORD: Record<CoverageState, string> = {
  gap: 'Gap',
  thin: 'Thin',
  covered: 'Covered',
};

export const STRENGTH_MARK: Record<Strength, 'P' | 'S'> = { primary: 'P', secondary: 'S' };

/**
 * The mark a story shows in a principle's row of a report: P or S where the story counts
 * toward it (a draft left out by "ready stories only" does not), '' elsewhere.
 */
export function countedMark(principle: PrincipleCoverage, story: Story): 'P' | 'S' | '' {
  if (!principle.storyIds.includes(story.id)) return '';
  const mapping = story.principles.find((m) => m.principleId === principle.principleId);
  return mapping ? STRENGTH_MARK[mapping.strength] : '';
}

/** "3 stories", or "3 stories (2 distinct)" when stories of one project count once. */
export function storiesText(principle: PrincipleCoverage): string {
  const mapped = principle.storyIds.length;
  const text = plural(mapped, 'story', 'stories');
  return principle.examples < mapped ? `${text} (${principle.examples} distinct)` : text;
}

/** What a principle still lacks to count as covered, in words; '' when it is covered. */
export function missingText(
  principle: PrincipleCoverage,
  settings: Pick<Settings, 'coverageTargetStories' | 'coverageTargetPrimary'>,
): string {
  const needs: string[] = [];
  const more = settings.coverageTargetStories - principle.examples;
  if (more > 0) needs.push(`${plural(more, 'more story', 'more stories')}`);
  const primary = settings.coverageTargetPrimary - principle.primaryExamples;
  if (primary > 0) needs.push(`${plural(primary, 'story', 'stories')} told with it as primary`);
  return needs.length ? `Needs ${needs.join(' and ')}.` : '';
}

/**
 * "No story from the last 3 years: Dive Deep, Frugality." — and for principles whose stories
 * say nothing of when, "Add when it happened to the stories for Ownership." Null when every
 * covered principle has a recent story.
 */
export function recencyNote(report: CoverageReport, years: number): string | null {
  const stale = report.principles.filter((p) => p.examples > 0 && !p.recent);
  const old = stale.filter((p) => p.dated).map((p) => p.name);
  const undated = stale.filter((p) => !p.dated).map((p) => p.name);
  const notes = [
    old.length
      ? `No story from the last ${plural(years, 'year', 'years')}: ${old.join(', ')}.`
      : '',
    undated.length ? `Add when it happened to the stories for ${undated.join(', ')}.` : '',
  ].filter(Boolean);
  return notes.length ? notes.join(' ') : null;
}
