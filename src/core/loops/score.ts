import type { Settings, Story } from '../model/schema';
import { openChecks, runChecks } from '../quality';

/**
 * How good a story is as the answer to one principle, for the loop planner. The weights are
 * small whole numbers on purpose: each preference can be read off and explained.
 */
export const WEIGHTS = {
  primary: 10,
  secondary: 6,
  ready: 3,
  /** Per open quality problem, at most three counted. */
  problem: -1,
  recent: 2,
  /** Older than the recency window (a story without a date is neither). */
  dated: -1,
  /** Already told to this company in an earlier loop: outweighs every other preference. */
  toldBefore: -20,
  practised: 1,
} as const;

export interface ScoreContext {
  settings: Settings;
  today: Date;
  /** Stories told to this company before: avoided, not forbidden. */
  toldBefore?: ReadonlySet<string>;
  /** Stories rehearsed aloud: preferred. */
  practised?: ReadonlySet<string>;
}

// Checking a story costs ~40 µs; a plan asks about every story, and asks again after an edit.
const problemCache = new WeakMap<Story, { settings: Settings; day: string; count: number }>();

/** Open quality problems of a story (suggestions aside), remembered per story and settings. */
export function openProblems(story: Story, settings: Settings, today: Date): number {
  const day = today.toISOString().slice(0, 10);
  const known = problemCache.get(story);
  if (known && known.settings === settings && known.day === day) return known.count;
  const count = openChecks(runChecks(story, settings, today)).filter(
    (check) => check.severity === 'problem',
  ).length;
  problemCache.set(story, { settings, day, count });
  return count;
}

function monthsAgo(when: string, today: Date): number {
  const [year, month] = when.split('-').map(Number) as [number, number];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}

/** What a story's mapping to the principle is worth, or null when it is not mapped. */
export function mappingWeight(story: Story, principleId: string): number | null {
  const mapping = story.principles.find((m) => m.principleId === principleId);
  if (!mapping) return null;
  return mapping.strength === 'primary' ? WEIGHTS.primary : WEIGHTS.secondary;
}

/** What the story is worth whatever principle it answers: ready, sound, recent, untold. */
export function storyWeight(story: Story, context: ScoreContext): number {
  const { settings, today } = context;
  let score = story.status === 'ready' ? WEIGHTS.ready : 0;
  score += WEIGHTS.problem * Math.min(openProblems(story, settings, today), 3);
  if (story.when) {
    const recent = monthsAgo(story.when, today) <= settings.maxStoryAgeYears * 12;
    score += recent ? WEIGHTS.recent : WEIGHTS.dated;
  }
  if (context.toldBefore?.has(story.id)) score += WEIGHTS.toldBefore;
  if (context.practised?.has(story.id)) score += WEIGHTS.practised;
  return score;
}

/** The story's score for the principle, or null when the story is not mapped to it. */
export function storyScore(
  story: Story,
  principleId: string,
  context: ScoreContext,
): number | null {
  const weight = mappingWeight(story, principleId);
  return weight === null ? null : weight + storyWeight(story, context);
}
