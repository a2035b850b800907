import { isLive } from '../model/story-list';
import type { PrincipleSet, Settings, Story } from '../model/schema';
import { atCompany, hasTag } from '../model/story-filters';
import { plural } from '../quality/text';

export type CoverageState = 'gap' | 'thin' | 'covered';

export interface PrincipleCoverage {
  principleId: string;
  name: string;
  frequency: 1 | 2 | 3;
  state: CoverageState;
  /** Distinct examples: stories of one project count once. */
  examples: number;
  /** Distinct examples told with this principle as primary. */
  primaryExamples: number;
  /** The counted stories mapped to it, primary first. */
  storyIds: string[];
  /** At least one counted story happened within the recency window. */
  recent: boolean;
  /** At least one counted story says when it happened. */
  dated: boolean;
}

export interface BankGap {
  id: 'no-failure-story';
  message: string;
}

export interface CoverageReport {
  principles: PrincipleCoverage[];
  counts: Record<CoverageState, number>;
  /** "12 of 16 covered, 3 thin, 1 gap" */
  summary: string;
  /** Stories carried as primary by more principles than one story can credibly serve. */
  stretchedStoryIds: string[];
  bankGaps: BankGap[];
}

export interface CoverageFilter {
  readyOnly?: boolean;
  tag?: string;
  company?: string;
}

const FAILURE_TAGS = new Set(['failure', 'failed', 'mistake']);

/**
 * The story fields coverage reads besides the mappings (and the tags): a view that recounts
 * only what a change touched must recount everything when one of these changes.
 */
export const COVERAGE_FIELDS = ['id', 'deletedAt', 'status', 'company', 'project', 'when'] as const;

/** Whether a story counts: in the bank, not trashed, and through the person's filters. */
export function countsToward(story: Story, filter: CoverageFilter): boolean {
  if (!isLive(story)) return false;
  if (filter.readyOnly && story.status !== 'ready') return false;
  if (filter.tag && !hasTag(story, filter.tag)) return false;
  if (filter.company && !atCompany(story, filter.company)) return false;
  return true;
}

export const isFailureStory = (story: Story) =>
  story.tags.some((tag) => FAILURE_TAGS.has(tag.toLowerCase()));

/** A story with no project is its own piece of work; one project is one example. */
const exampleKey = (story: Story) =>
  story.project.trim() ? `project:${story.project.trim().toLowerCase()}` : `story:${story.id}`;

function monthsAgo(when: string, today: Date): number {
  const [year, month] = when.split('-').map(Number) as [number, number];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}

/**
 * Where the bank stands for each principle of a set: gap (no example), thin (below the
 * targets) or covered. Targets and the recency window come from settings.
 */
export function coverageOf(
  stories: readonly Story[],
  set: PrincipleSet,
  settings: Settings,
  today: Date,
  filter: CoverageFilter = { readyOnly: settings.coverageReadyOnly },
): CoverageReport {
  const counted = stories.filter((story) => countsToward(story, filter));
  const principles = set.principles.map((principle): PrincipleCoverage => {
    const examples = new Set<string>();
    const primary = new Set<string>();
    const mapped: { id: string; primary: boolean }[] = [];
    let recent = false;
    let dated = false;
    for (const story of counted) {
      const mapping = story.principles.find((m) => m.principleId === principle.id);
      if (!mapping) continue;
      examples.add(exampleKey(story));
      if (mapping.strength === 'primary') primary.add(exampleKey(story));
      mapped.push({ id: story.id, primary: mapping.strength === 'primary' });
      if (story.when) dated = true;
      if (story.when && monthsAgo(story.when, today) <= settings.maxStoryAgeYears * 12) {
        recent = true;
      }
    }
    const covered =
      examples.size >= settings.coverageTargetStories &&
      primary.size >= settings.coverageTargetPrimary;
    return {
      principleId: principle.id,
      name: principle.name,
      frequency: principle.frequency,
      state: examples.size === 0 ? 'gap' : covered ? 'covered' : 'thin',
      examples: examples.size,
      primaryExamples: primary.size,
      storyIds: [...mapped.filter((m) => m.primary), ...mapped.filter((m) => !m.primary)].map(
        (m) => m.id,
      ),
      recent,
      dated,
    };
  });

  const counts = { gap: 0, thin: 0, covered: 0 };
  for (const principle of principles) counts[principle.state]++;
  const ids = new Set(set.principles.map((principle) => principle.id));
  const stretchedStoryIds = counted
    .filter(
      (story) =>
        story.principles.filter((m) => m.strength === 'primary' && ids.has(m.principleId)).length >
        settings.maxPrimaryPrinciples,
    )
    .map((story) => story.id);
  const bankGaps: BankGap[] = counted.some(isFailureStory)
    ? []
    : [
        {
          id: 'no-failure-story',
          message:
            'No story is tagged “failure”. Interviewers ask for one: write a story about a ' +
            'mistake, what you learned, and what you now do differently.',
        },
      ];
  return {
    principles,
    counts,
    summary: summaryLine(counts, principles.length),
    stretchedStoryIds,
    bankGaps,
  };
}

function summaryLine(counts: Record<CoverageState, number>, total: number): string {
  return (
    `${counts.covered} of ${total} covered, ${counts.thin} thin, ` +
    plural(counts.gap, 'gap', 'gaps')
  );
}

const NEED: Record<CoverageState, number> = { gap: 0, thin: 1, covered: 2 };

/**
 * The neediest principles first: gaps, then thin, then covered; within one state the fewest
 * examples, then what interviewers ask most, then set order. The matrix's "gaps first" and
 * Write next both show this order.
 */
export function byNeed(report: CoverageReport): PrincipleCoverage[] {
  return report.principles
    .map((principle, index) => ({ principle, index }))
    .sort(
      (a, b) =>
        NEED[a.principle.state] - NEED[b.principle.state] ||
        a.principle.examples - b.principle.examples ||
        b.principle.frequency - a.principle.frequency ||
        a.index - b.index,
    )
    .map(({ principle }) => principle);
}

/** What to write next: the principles not yet covered, neediest first. */
export function writeNext(report: CoverageReport): PrincipleCoverage[] {
  return byNeed(report).filter((principle) => principle.state !== 'covered');
}
