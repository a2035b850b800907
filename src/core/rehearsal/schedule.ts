import { createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import type { PracticeEntry, PracticeRating } from '../model/practice-schema';
import type { Bank } from '../model/schema';
import { plural } from '../quality/text';
import { inTimeOrder } from './practice-log';
import { buildDeck, cardKeyOf, loopStart, upcomingLoop, type Card } from './cards';

/**
 * When each card is next due: FSRS (ts-fsrs) on the card's own history, by whole days (a
 * story retold ten minutes later proves nothing), without fuzz so a schedule can be
 * explained and tested. Then bent toward the upcoming loop: a card of a story planned for it
 * is due at the latest halfway between its last rehearsal and the loop, and never after the
 * loop, so each planned story comes up several times before the day and none is left for
 * after it. Once the loop is past, FSRS alone decides again.
 */

const DAY = 86_400_000;
/** New cards a day, as flashcard apps do: a deck of 80 cards on day one helps nobody. */
export const NEW_CARDS_PER_DAY = 10;

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false, maximum_interval: 365 });

export interface Review {
  at: string;
  rating: PracticeRating;
}

/** FSRS's due date after the card's reviews, in the order they happened. */
export function fsrsDue(history: readonly Review[]): Date | null {
  if (history.length === 0) return null;
  let card = createEmptyCard(new Date(history[0]!.at));
  for (const review of history) {
    card = scheduler.next(card, new Date(review.at), review.rating as Grade).card;
  }
  return card.due;
}

/** `due` brought forward so that practice before the loop is spread up to its very day. */
export function bendTowardLoop(due: Date, last: Date, loopAt: Date | null): Date {
  if (!loopAt || last >= loopAt) return due;
  const gap = loopAt.getTime() - last.getTime();
  const cap = gap >= 2 * DAY ? last.getTime() + gap / 2 : loopAt.getTime();
  return due.getTime() <= cap ? due : new Date(cap);
}

/** When a card with this history is next due; for a card planned for the loop, bent toward it. */
export function nextDue(history: readonly Review[], loopAt: Date | null): Date | null {
  const due = fsrsDue(history);
  if (!due) return null;
  return bendTowardLoop(due, new Date(history.at(-1)!.at), loopAt);
}

export interface CardSchedule {
  card: Card;
  /** Rehearsals of this card so far. */
  reps: number;
  lastAt: Date | null;
  /** Null for a card never practised. */
  dueAt: Date | null;
}

export interface Rehearsals {
  /** Due today, in the order to practise: the loop's first, the most overdue first. */
  due: CardSchedule[];
  /** Everything else, least recently practised first: for practising when nothing is due. */
  more: CardSchedule[];
  /** New cards still to start today. */
  newLeft: number;
  loop: { name: string; at: Date; daysLeft: number } | null;
}

interface History {
  reviews: Review[];
  due: Date;
}

const histories = new WeakMap<readonly PracticeEntry[], Map<string, History>>();

/** Each card's reviews and FSRS due date, worked out once per version of the log. */
function historiesOf(practice: readonly PracticeEntry[]): Map<string, History> {
  const known = histories.get(practice);
  if (known) return known;
  const grouped = new Map<string, Review[]>();
  for (const entry of inTimeOrder(practice)) {
    const key = cardKeyOf(entry);
    const list = grouped.get(key) ?? [];
    list.push({ at: entry.at, rating: entry.rating });
    grouped.set(key, list);
  }
  const result = new Map<string, History>();
  for (const [key, reviews] of grouped) result.set(key, { reviews, due: fsrsDue(reviews)! });
  histories.set(practice, result);
  return result;
}

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
const endOfDay = (date: Date) =>
  new Date(new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime() - 1);
const KIND_ORDER = ['story', 'question', 'short-90', 'short-30', 'follow-ups'];

export function rehearsals(bank: Bank, now: Date): Rehearsals {
  const loop = upcomingLoop(bank, now);
  const loopAt = loop ? loopStart(loop) : null;
  const all = historiesOf(bank.practice);
  const deck = buildDeck(bank, now);
  const schedules = deck.map((card): CardSchedule => {
    const history = all.get(card.key);
    if (!history) return { card, reps: 0, lastAt: null, dueAt: null };
    const lastAt = new Date(history.reviews.at(-1)!.at);
    const dueAt = card.forLoop ? bendTowardLoop(history.due, lastAt, loopAt) : history.due;
    return { card, reps: history.reviews.length, lastAt, dueAt };
  });

  const today = startOfDay(now).getTime();
  const startedToday = [...all.values()].filter(
    (history) => new Date(history.reviews[0]!.at).getTime() >= today,
  ).length;
  const newLeft = Math.max(0, NEW_CARDS_PER_DAY - startedToday);
  const end = endOfDay(now).getTime();
  const reviews = schedules
    .filter((item) => item.dueAt && item.dueAt.getTime() <= end)
    .sort(
      (a, b) =>
        Number(b.card.forLoop) - Number(a.card.forLoop) || a.dueAt!.getTime() - b.dueAt!.getTime(),
    );
  const fresh = schedules
    .filter((item) => item.reps === 0)
    .sort(
      (a, b) =>
        Number(b.card.forLoop) - Number(a.card.forLoop) ||
        KIND_ORDER.indexOf(a.card.kind) - KIND_ORDER.indexOf(b.card.kind),
    );
  // The loop's new cards are never held back (each must come up before the day); they use
  // up the day's allowance first.
  const forLoop = fresh.filter((item) => item.card.forLoop);
  const freshToday = [
    ...forLoop,
    ...fresh.filter((item) => !item.card.forLoop).slice(0, Math.max(0, newLeft - forLoop.length)),
  ];
  const due = [...reviews, ...freshToday];
  const chosen = new Set(due);
  const more = schedules
    .filter((item) => !chosen.has(item))
    .sort((a, b) => (a.lastAt?.getTime() ?? -Infinity) - (b.lastAt?.getTime() ?? -Infinity));
  return {
    due,
    more,
    newLeft,
    loop:
      loop && loopAt
        ? {
            name: loop.name,
            at: loopAt,
            daysLeft: Math.round((startOfDay(loopAt).getTime() - today) / DAY),
          }
        : null,
  };
}

/** "Due today: 6 cards · loop in 9 days". */
export function dueSummary(plan: Pick<Rehearsals, 'due' | 'loop'>): string {
  const due = plan.due.length
    ? `Due today: ${plural(plan.due.length, 'card')}`
    : 'Nothing due today';
  if (!plan.loop) return due;
  const days = plan.loop.daysLeft;
  const when = days <= 0 ? 'loop today' : days === 1 ? 'loop tomorrow' : `loop in ${days} days`;
  return `${due} · ${when}`;
}
