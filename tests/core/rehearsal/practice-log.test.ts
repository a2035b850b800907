import { describe, expect, it } from 'vitest';
import type { PracticeRating } from '../../../src/core/model/practice-schema';
import {
  median,
  practiceDays,
  rehearsalCounts,
  storyPractice,
  trendOf,
} from '../../../src/core/rehearsal/practice-log';
import { testStory } from '../../story-factory';
import { onDay, practised } from './practice-fixtures';

describe('median', () => {
  it('is the middle value, or the rounded mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([42])).toBe(42);
    expect(median([130, 90, 110])).toBe(110);
    expect(median([90, 120, 100, 200])).toBe(110);
    expect(median([100, 101])).toBe(101);
    // The input is left as it was.
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('trendOf', () => {
  const trend = (...ratings: PracticeRating[]) => trendOf(ratings);

  it('needs two ratings', () => {
    expect(trend()).toBeNull();
    expect(trend(3)).toBeNull();
  });

  it('compares the last three with the three before them', () => {
    expect(trend(1, 1, 2, 3, 4, 4)).toBe('better');
    expect(trend(4, 4, 3, 2, 1, 1)).toBe('worse');
    expect(trend(3, 3, 3, 3, 3, 3)).toBe('steady');
    // Older ratings than the last six do not count.
    expect(trend(1, 1, 1, 1, 3, 3, 3, 3, 3, 3)).toBe('steady');
  });

  it('with fewer than four, compares the last with the very first', () => {
    expect(trend(1, 3)).toBe('better');
    expect(trend(4, 2, 3)).toBe('worse');
    expect(trend(3, 3)).toBe('steady');
    // A dip in between is not a trend.
    expect(trend(2, 4, 2)).toBe('steady');
  });

  it('calls a change of half a point a change', () => {
    // Means 1.5 → 2 and 1.5 → 1: exactly half a point.
    expect(trend(1, 2, 2, 2, 2)).toBe('better');
    expect(trend(2, 1, 1, 1, 1)).toBe('worse');
    expect(trend(1, 2, 2, 2, 1)).toBe('steady');
  });
});

describe('storyPractice', () => {
  const stories = [
    testStory('Alpha'),
    testStory('Beta'),
    testStory('Gamma'),
    testStory('Binned', { deletedAt: '2026-02-01T10:00:00.000Z' }),
  ];

  it('lists the stories out of the Trash, most practised first, then by title', () => {
    const practice = [
      practised('Beta', 'story', onDay(-2)),
      practised('Gamma', 'story', onDay(-2)),
      practised('Binned', 'story', onDay(-1)),
      practised('Binned', 'story', onDay(-1)),
    ];
    const lines = storyPractice({ stories, practice });
    expect(lines.map((line) => [line.id, line.rehearsals])).toEqual([
      ['Beta', 1],
      ['Gamma', 1],
      ['Alpha', 0],
    ]);
    expect(lines[2]).toEqual({
      id: 'Alpha',
      title: 'Alpha',
      rehearsals: 0,
      lastAt: null,
      medianSeconds: null,
      ratings: [],
      trend: null,
    });
  });

  it('reads each story’s log in time order, whatever order the bank keeps it in', () => {
    const ratings: PracticeRating[] = [1, 1, 2, 3, 4, 4];
    const inOrder = ratings.map((rating, day) =>
      practised('Alpha', 'story', onDay(day - 10), rating, { seconds: 100 + day * 10 }),
    );
    const drill = practised('Alpha', 'follow-ups', onDay(-12), 1, { seconds: 900 });
    const short = practised('Alpha', 'short-30', onDay(-11), 1, { seconds: 30 });
    const practice = [
      inOrder[3]!,
      inOrder[5]!,
      drill,
      inOrder[0]!,
      short,
      inOrder[4]!,
      ...inOrder.slice(1, 3),
    ];
    const [alpha] = storyPractice({ stories, practice });
    expect(alpha).toMatchObject({
      id: 'Alpha',
      rehearsals: 8,
      lastAt: inOrder[5]!.at,
      // Full tellings only: the drill and the 30-second version stay out of the median.
      medianSeconds: median(inOrder.map((entry) => entry.seconds)),
      // The last five, oldest first; the drill and the short one came first.
      ratings: ratings.slice(-5),
      trend: 'better',
    });
  });

  it('counts rehearsals per story, the Trash’s too', () => {
    const practice = [
      practised('Beta', 'story', onDay(-2)),
      practised('Binned', 'short-30', onDay(-1)),
      practised('Beta', 'question', onDay(-1), 3, { question: 'Why?' }),
    ];
    expect(Object.fromEntries(rehearsalCounts(practice))).toEqual({ Beta: 2, Binned: 1 });
  });
});

describe('practiceDays', () => {
  const now = onDay(0, 20);

  it('gives the last fourteen days, oldest first, empty ones included', () => {
    const days = practiceDays([], now);
    expect(days).toHaveLength(14);
    expect(days[0]!.day).toBe('2026-02-16');
    expect(days.at(-1)).toEqual({ day: '2026-03-01', count: 0, seconds: [] });
    expect(practiceDays([], now, 3).map((day) => day.day)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('counts each day’s rehearsals by local day, and the lengths of full tellings', () => {
    const practice = [
      practised('a', 'story', onDay(0, 0, 5), 3, { seconds: 100 }),
      practised('a', 'follow-ups', onDay(0, 23, 55), 3, { seconds: 300 }),
      practised('b', 'short-30', onDay(-1, 23, 59), 3, { seconds: 31 }),
      practised('b', 'question', onDay(-1, 7), 3, { seconds: 140, question: 'Why?' }),
      practised('b', 'story', onDay(-13, 9), 3, { seconds: 150 }),
      practised('b', 'story', onDay(-14, 9), 3, { seconds: 999 }),
      practised('b', 'story', onDay(1, 9), 3, { seconds: 999 }),
    ];
    const days = practiceDays(practice, now);
    expect(days.at(-1)).toEqual({ day: '2026-03-01', count: 2, seconds: [100] });
    expect(days.at(-2)).toEqual({ day: '2026-02-28', count: 2, seconds: [140] });
    expect(days[0]).toEqual({ day: '2026-02-16', count: 1, seconds: [150] });
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(5);
  });
});
