import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/core/rehearsal/cards';
import {
  dueSummary,
  fsrsDue,
  NEW_CARDS_PER_DAY,
  rehearsals,
} from '../../../src/core/rehearsal/schedule';
import type { Bank } from '../../../src/core/model/schema';
import { bankWith, loopAt, onDay, ownershipStory, practised, toldStory } from './practice-fixtures';

const now = onDay(0, 10);
const keys = (items: readonly { card: { key: string } }[]) => items.map((item) => item.card.key);
const unplanned = (count: number) =>
  Array.from({ length: count }, (_, i) => toldStory(`Story ${String(i + 1).padStart(2, '0')}`));

/** A bank with a loop nine days ahead that plans Planned (main) and Backup for Ownership. */
function withLoop(extra = unplanned(14)): Bank {
  const bank = bankWith([
    ownershipStory('Planned'),
    ownershipStory('Backup', 'secondary'),
    ...extra,
  ]);
  return { ...bank, loops: [loopAt(bank, onDay(9))] };
}

describe('new cards today', () => {
  const loopCardsOf = (bank: Bank) => buildDeck(bank, now).filter((card) => card.forLoop);

  it('are NEW_CARDS_PER_DAY a day, the loop’s first, taking their share of them', () => {
    const bank = withLoop();
    const plan = rehearsals(bank, now);
    const loopCards = loopCardsOf(bank);
    expect(loopCards.map((card) => card.storyId)).toEqual(
      expect.arrayContaining(['Planned', 'Backup']),
    );
    expect(plan.newLeft).toBe(NEW_CARDS_PER_DAY);
    expect(plan.due).toHaveLength(NEW_CARDS_PER_DAY);
    expect(keys(plan.due).slice(0, loopCards.length).sort()).toEqual(
      loopCards.map((card) => card.key).sort(),
    );
    // The unplanned cards over the limit wait, untouched; every card is in one list or the other.
    expect(plan.more.every((item) => item.reps === 0 && !item.card.forLoop)).toBe(true);
    expect(plan.due.length + plan.more.length).toBe(buildDeck(bank, now).length);
  });

  it('count down with the cards started today, not with those started yesterday', () => {
    const bank = withLoop();
    const early = onDay(0, 8);
    const today = ['Story 01', 'Story 02', 'Story 03', 'Story 04'].map((id) =>
      practised(id, 'story', early),
    );
    const plan = rehearsals({ ...bank, practice: today }, now);
    expect(plan.newLeft).toBe(NEW_CARDS_PER_DAY - 4);
    const others = plan.due.filter((item) => !item.card.forLoop);
    expect(others).toHaveLength(NEW_CARDS_PER_DAY - 4 - loopCardsOf(bank).length);
    expect(others.every((item) => item.reps === 0)).toBe(true);
    // Told in full today, so not due again today.
    expect(keys(plan.due)).not.toContain('story:Story 01');

    const yesterday = today.map((entry) => ({ ...entry, at: onDay(-1, 8).toISOString() }));
    expect(rehearsals({ ...bank, practice: yesterday }, now).newLeft).toBe(NEW_CARDS_PER_DAY);
  });

  it('never go below zero, and the loop’s are never held back', () => {
    const bank = withLoop(unplanned(12));
    const practice = unplanned(12).map((story) => practised(story.id, 'story', onDay(0, 8)));
    const plan = rehearsals({ ...bank, practice }, now);
    expect(plan.newLeft).toBe(0);
    const fresh = plan.due.filter((item) => item.reps === 0);
    expect(keys(fresh).sort()).toEqual(
      loopCardsOf(bank)
        .map((card) => card.key)
        .sort(),
    );
    expect(rehearsals(bankWith(unplanned(12), { practice }), now).due).toEqual([]);
  });
});

describe('cards due today', () => {
  it('come the loop’s first, then the most overdue first, then the new ones', () => {
    const bank = withLoop(unplanned(2));
    // Again each time: due the next day, so all three are overdue now.
    const practice = [
      practised('Story 01', 'story', onDay(-10), 1),
      practised('Story 02', 'story', onDay(-5), 1),
      practised('Planned', 'story', onDay(-3), 1),
    ];
    const plan = rehearsals({ ...bank, practice }, now);
    const reviews = plan.due.filter((item) => item.reps > 0);
    expect(keys(reviews)).toEqual(['story:Planned', 'story:Story 01', 'story:Story 02']);
    expect(reviews[1]!.dueAt!.getTime()).toBeLessThan(reviews[2]!.dueAt!.getTime());
    expect(reviews[0]!.dueAt!.getTime()).toBeGreaterThan(reviews[2]!.dueAt!.getTime());
    // Reviews before new cards, and among new cards the loop's first.
    const firstNew = plan.due.findIndex((item) => item.reps === 0);
    expect(plan.due.slice(firstNew).every((item) => item.reps === 0)).toBe(true);
    const fresh = plan.due.slice(firstNew).map((item) => item.card.forLoop);
    expect(fresh).toEqual([...fresh].sort((a, b) => Number(b) - Number(a)));
    expect(fresh).toContain(false);
  });

  it('include a card due later today, not one due tomorrow', () => {
    const story = toldStory('Solo');
    const practice = [practised('Solo', 'story', onDay(-3, 9), 3)];
    const due = fsrsDue([{ at: practice[0]!.at, rating: 3 }])!;
    const dueDay = Math.round((due.getTime() - onDay(-3, 9).getTime()) / 86_400_000);
    const bank = bankWith([story], { practice });
    const onTheDay = rehearsals(bank, onDay(-3 + dueDay, 6));
    expect(keys(onTheDay.due)).toContain('story:Solo');
    const dayBefore = rehearsals(bank, onDay(-3 + dueDay - 1, 23, 59));
    expect(keys(dayBefore.due)).not.toContain('story:Solo');
    expect(keys(dayBefore.more)).toContain('story:Solo');
  });
});

describe('more cards, for when nothing is due', () => {
  it('come least recently practised first', () => {
    // Easy: not due for weeks. Their short cards are new and fit today's limit.
    const stories = ['Recent', 'Middle', 'Oldest'].map((title) => toldStory(title));
    const practice = [
      practised('Recent', 'story', onDay(-1), 4),
      practised('Oldest', 'story', onDay(-3), 4),
      practised('Middle', 'story', onDay(-2), 4),
    ];
    const plan = rehearsals(bankWith(stories, { practice }), now);
    expect(keys(plan.more)).toEqual(['story:Oldest', 'story:Middle', 'story:Recent']);
    expect(plan.due.every((item) => item.reps === 0)).toBe(true);
  });

  it('put cards never practised before any practised one', () => {
    const stories = unplanned(NEW_CARDS_PER_DAY + 1);
    const practice = [practised('Story 01', 'story', onDay(-1), 4)];
    const plan = rehearsals(bankWith(stories, { practice }), now);
    expect(plan.more.map((item) => item.lastAt === null)).toEqual([
      ...Array.from({ length: plan.more.length - 1 }, () => true),
      false,
    ]);
    expect(plan.more.at(-1)!.card.key).toBe('story:Story 01');
  });
});

describe('dueSummary', () => {
  it('says the cards due and the days to the loop', () => {
    const bank = bankWith(unplanned(6));
    const plan = rehearsals({ ...bank, loops: [loopAt(bank, onDay(9, 9), [])] }, now);
    expect(plan.loop).toMatchObject({ name: 'Acme PM', daysLeft: 9 });
    expect(dueSummary(plan)).toBe('Due today: 6 cards · loop in 9 days');
  });

  it('says when nothing is due, and when there is no loop says nothing of one', () => {
    const plan = rehearsals(bankWith([]), now);
    expect(plan.loop).toBeNull();
    expect(dueSummary(plan)).toBe('Nothing due today');
    expect(dueSummary(rehearsals(bankWith(unplanned(1)), now))).toBe('Due today: 1 card');
  });

  it('counts the loop’s days by the calendar: tomorrow at 8 is tomorrow from 23:00', () => {
    const bank = bankWith([]);
    const late = onDay(0, 23);
    const tomorrow = rehearsals({ ...bank, loops: [loopAt(bank, onDay(1, 8), [])] }, late);
    expect(dueSummary(tomorrow)).toBe('Nothing due today · loop tomorrow');
    const today = rehearsals({ ...bank, loops: [loopAt(bank, onDay(0, 18), [])] }, onDay(0, 8));
    expect(dueSummary(today)).toBe('Nothing due today · loop today');
  });

  it('forgets a loop once it has begun, and takes the nearest of several', () => {
    const bank = bankWith([]);
    const loops = [
      loopAt(bank, onDay(0, 9), [], 'Begun'),
      loopAt(bank, onDay(20), [], 'Later'),
      loopAt(bank, onDay(5), [], 'Next'),
      loopAt(bank, null, [], 'Undated'),
    ];
    const plan = rehearsals({ ...bank, loops }, now);
    expect(plan.loop).toMatchObject({ name: 'Next', daysLeft: 5 });
  });
});
