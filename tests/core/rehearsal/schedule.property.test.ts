import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PracticeRating } from '../../../src/core/model/practice-schema';
import { fsrsDue, nextDue, rehearsals, type Review } from '../../../src/core/rehearsal/schedule';
import { bankWith, loopAt, onDay, ownershipStory, practised } from './practice-fixtures';

/*
 * The schedule's promises, for any history of reviews: the loop bends practice toward its
 * day and never past it, a better answer never brings a card back sooner, and a story
 * planned for a loop nine days out is told several times before it.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.UTC(2026, 0, 1, 9);

const rating = fc.constantFrom<PracticeRating>(1, 2, 3, 4);
/** Reviews at increasing times: a minute to 60 days apart. */
const history = (minLength: number) =>
  fc
    .array(fc.record({ gap: fc.integer({ min: 1, max: 60 * 24 * 60 }), rating }), {
      minLength,
      maxLength: 12,
    })
    .map((steps) => {
      let time = START;
      return steps.map(({ gap, rating }): Review => {
        time += gap * MINUTE;
        return { at: new Date(time).toISOString(), rating };
      });
    });
const lastTime = (reviews: readonly Review[]) =>
  reviews.length ? Date.parse(reviews.at(-1)!.at) : START;

describe('nextDue', () => {
  it('nothing planned is first due after the loop date', () => {
    fc.assert(
      fc.property(
        history(1),
        fc.integer({ min: 1, max: 90 * 24 * 60 }),
        (reviews, minutesAhead) => {
          const last = lastTime(reviews);
          const loop = new Date(last + minutesAhead * MINUTE);
          const due = nextDue(reviews, loop)!;
          expect(due.getTime()).toBeLessThanOrEqual(loop.getTime());
          // Bent toward the loop, never later than FSRS alone, and never before the last review.
          expect(due.getTime()).toBeLessThanOrEqual(fsrsDue(reviews)!.getTime());
          expect(due.getTime()).toBeGreaterThan(last);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is spread up to the loop: at most halfway there while two days or more remain', () => {
    fc.assert(
      fc.property(history(1), fc.integer({ min: 2 * 24 * 60, max: 90 * 24 * 60 }), (reviews, m) => {
        const last = lastTime(reviews);
        const due = nextDue(reviews, new Date(last + m * MINUTE))!;
        expect(due.getTime()).toBeLessThanOrEqual(last + (m * MINUTE) / 2);
      }),
    );
  });

  it('is FSRS alone without a loop, or once the loop is past', () => {
    fc.assert(
      fc.property(history(1), fc.integer({ min: 0, max: 30 * 24 * 60 }), (reviews, minutes) => {
        const past = new Date(lastTime(reviews) - minutes * MINUTE);
        expect(nextDue(reviews, null)).toEqual(fsrsDue(reviews));
        expect(nextDue(reviews, past)).toEqual(fsrsDue(reviews));
      }),
    );
    expect(nextDue([], null)).toBeNull();
  });

  it('better ratings never shorten the interval, with or without a loop', () => {
    fc.assert(
      fc.property(
        history(0),
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.option(fc.integer({ min: 1, max: 90 * 24 * 60 })),
        (reviews, gap, loopMinutes) => {
          const next = lastTime(reviews) + gap * MINUTE;
          const loop = loopMinutes === null ? null : new Date(next + loopMinutes * MINUTE);
          const after = (r: PracticeRating) =>
            nextDue([...reviews, { at: new Date(next).toISOString(), rating: r }], loop)!.getTime();
          for (const r of [1, 2, 3] as const) {
            expect(after((r + 1) as PracticeRating)).toBeGreaterThanOrEqual(after(r));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts whole days: a card retold ten minutes later is not due sooner for it', () => {
    const first: Review = { at: new Date(START).toISOString(), rating: 3 };
    const once = fsrsDue([first])!;
    expect((once.getTime() - START) % DAY).toBe(0);
    expect(once.getTime()).toBeGreaterThanOrEqual(START + DAY);
  });
});

/**
 * Practises the story's card each day at `hour` whenever it is due, rated Good, until the
 * loop (or for nine days without one), checking each day that it is never due after the loop.
 */
function tellings(loopTime: Date | null, hour: number): Date[] {
  let bank = bankWith([ownershipStory('Planned')]);
  if (loopTime) bank = { ...bank, loops: [loopAt(bank, loopTime)] };
  const told: Date[] = [];
  for (let day = 0; day < 9; day++) {
    const now = onDay(day, hour);
    if (loopTime && now >= loopTime) break;
    const plan = rehearsals(bank, now);
    const card = [...plan.due, ...plan.more].find((item) => item.card.key === 'story:Planned')!;
    expect(card.card.forLoop).toBe(loopTime !== null);
    if (loopTime && card.dueAt) {
      expect(card.dueAt.getTime()).toBeLessThanOrEqual(loopTime.getTime());
    }
    if (!plan.due.includes(card)) continue;
    told.push(now);
    bank = { ...bank, practice: [...bank.practice, practised('Planned', 'story', now, 3)] };
  }
  return told;
}

describe('a story planned for a loop nine days ahead, rated Good each time it is due', () => {
  it('comes up at least three times before the loop, and is never due after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7, max: 20 }),
        fc.integer({ min: 7, max: 21 }),
        (loopHour, practiceHour) => {
          const loopTime = onDay(9, loopHour);
          const told = tellings(loopTime, practiceHour);
          expect(told.length).toBeGreaterThanOrEqual(3);
          // The last telling is close to the day, not a week before it.
          expect(loopTime.getTime() - told.at(-1)!.getTime()).toBeLessThanOrEqual(3 * DAY);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('comes up more often than FSRS alone would bring it back in those nine days', () => {
    const alone = tellings(null, 10);
    expect(alone.length).toBeGreaterThanOrEqual(1);
    expect(tellings(onDay(9, 10), 10).length).toBeGreaterThan(alone.length);
  });
});
