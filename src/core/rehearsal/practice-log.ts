import type { PracticeEntry, PracticeRating } from '../model/practice-schema';
import type { Bank } from '../model/schema';

/** What the practice log says per story and per day; shared by the view, the CLI and the pack. */

export const RATING_WORDS: Record<PracticeRating, string> = {
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy',
};

export type Trend = 'better' | 'steady' | 'worse';

export interface StoryPractice {
  id: string;
  title: string;
  rehearsals: number;
  lastAt: string | null;
  medianSeconds: number | null;
  /** The last few ratings, oldest first. */
  ratings: PracticeRating[];
  /** Recent ratings against the ones before; null with fewer than two. */
  trend: Trend | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]!
    : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * The last three ratings against the (up to) three before them; with fewer than four, the
 * last against the first.
 */
export function trendOf(ratings: readonly PracticeRating[]): Trend | null {
  if (ratings.length < 2) return null;
  const short = ratings.length < 4;
  const recent = short ? ratings.slice(-1) : ratings.slice(-3);
  const earlier = short ? ratings.slice(0, 1) : ratings.slice(-6, -3);
  const mean = (list: readonly number[]) => list.reduce((sum, r) => sum + r, 0) / list.length;
  const change = mean(recent) - mean(earlier);
  if (change >= 0.5) return 'better';
  return change <= -0.5 ? 'worse' : 'steady';
}

/** Told in full against the story band: a story card, or a question answered with a story. */
export const isFullTelling = (entry: Pick<PracticeEntry, 'card'>) =>
  entry.card === 'story' || entry.card === 'question';

/** Oldest first, by the instant (times from another computer may carry another offset). */
export function inTimeOrder(practice: readonly PracticeEntry[]): PracticeEntry[] {
  return practice
    .map((entry) => ({ entry, at: Date.parse(entry.at) }))
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => entry);
}

const logsByStory = new WeakMap<readonly PracticeEntry[], Map<string, PracticeEntry[]>>();

/** Each story's entries in time order, worked out once per version of the log. */
export function entriesByStory(practice: readonly PracticeEntry[]): Map<string, PracticeEntry[]> {
  const known = logsByStory.get(practice);
  if (known) return known;
  const grouped = new Map<string, PracticeEntry[]>();
  for (const entry of inTimeOrder(practice)) {
    const list = grouped.get(entry.storyId) ?? [];
    list.push(entry);
    grouped.set(entry.storyId, list);
  }
  logsByStory.set(practice, grouped);
  return grouped;
}

/** One line per story in the bank (out of the Trash), most practised first. */
export function storyPractice(bank: Pick<Bank, 'stories' | 'practice'>): StoryPractice[] {
  const grouped = entriesByStory(bank.practice);
  return bank.stories
    .filter((story) => story.deletedAt === null)
    .map((story) => {
      const entries = grouped.get(story.id) ?? [];
      const ratings = entries.map((entry) => entry.rating);
      return {
        id: story.id,
        title: story.title,
        rehearsals: entries.length,
        lastAt: entries.at(-1)?.at ?? null,
        // Full tellings only: a 30-second version is short on purpose.
        medianSeconds: median(entries.filter(isFullTelling).map((entry) => entry.seconds)),
        ratings: ratings.slice(-5),
        trend: trendOf(ratings),
      };
    })
    .sort((a, b) => b.rehearsals - a.rehearsals || a.title.localeCompare(b.title));
}

/** How many rehearsals a story has had: what the library and the matrix show. */
export function rehearsalCounts(practice: readonly PracticeEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, entries] of entriesByStory(practice)) counts.set(id, entries.length);
  return counts;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export interface PracticeDay {
  day: string;
  count: number;
  /** Durations of that day's full tellings, in seconds. */
  seconds: number[];
}

/** The last `days` days up to `now`, oldest first, empty days included. */
export function practiceDays(
  practice: readonly PracticeEntry[],
  now: Date,
  days = 14,
): PracticeDay[] {
  const result: PracticeDay[] = [];
  const index = new Map<string, PracticeDay>();
  for (let back = days - 1; back >= 0; back--) {
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    const day: PracticeDay = { day: localDay(date), count: 0, seconds: [] };
    result.push(day);
    index.set(day.day, day);
  }
  for (const entry of practice) {
    const day = index.get(localDay(new Date(entry.at)));
    if (!day) continue;
    day.count++;
    if (isFullTelling(entry)) day.seconds.push(entry.seconds);
  }
  return result;
}
