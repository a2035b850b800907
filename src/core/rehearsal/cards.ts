import { askedFirst, askedKey, askedQuestions } from '../loops/debrief';
import { planOfLoop, planRounds } from '../loops/loops';
import { storyScore } from '../loops/score';
import type { Loop } from '../model/loop-schema';
import type { CardKind, PracticeEntry } from '../model/practice-schema';
import type { Bank, Story } from '../model/schema';
import { isLive } from '../model/story-list';
import { isBlank } from '../quality/text';

/**
 * The deck a rehearsal draws from, made fresh from the bank: nothing about cards is stored
 * but the practice log, so a story edited, trashed or planned into a loop changes its cards
 * at once. Rules, in the order a candidate meets them:
 * - every story with an Action written (or marked ready) is a "tell it in 2 minutes" card;
 * - once told in full, its 90- and 30-second versions and its follow-up drill join;
 * - questions: each round of the upcoming loop asks for its planned story; a story's own
 *   target questions ask for it; and the question bank asks, for every principle a story
 *   answers, up to three questions (those asked in real loops first) for the best story.
 */

export interface Card {
  /** Which practice entries belong to it (see cardKeyOf). */
  key: string;
  kind: CardKind;
  /** The story to tell: for a question, the planned one, kept hidden until revealed. */
  storyId: string;
  question?: string;
  principleId?: string;
  /** Where a question comes from, in words ("Round 2 · Bar Raiser", "Asked at Amazon"). */
  source?: string;
  /** Planned for the upcoming loop: comes up several times before it. */
  forLoop: boolean;
}

export const QUESTIONS_PER_PRINCIPLE = 3;

const questionKey = (text: string) => `question:${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** The card a practice entry was a rehearsal of. */
export function cardKeyOf(entry: Pick<PracticeEntry, 'card' | 'storyId' | 'question'>): string {
  return entry.card === 'question' && entry.question
    ? questionKey(entry.question)
    : `${entry.card}:${entry.storyId}`;
}

export function cardKey(kind: CardKind, storyId: string, question?: string): string {
  return cardKeyOf({ card: kind, storyId, question });
}

/** A story worth telling aloud: something done is written, or the person calls it ready. */
export const tellable = (story: Story) =>
  isLive(story) && (story.status === 'ready' || !isBlank(story.action));

/** The next loop with a date still ahead, or null. Its time is the wall clock where it happens. */
export function upcomingLoop(bank: Pick<Bank, 'loops'>, now: Date): Loop | null {
  let next: Loop | null = null;
  for (const loop of bank.loops) {
    if (!loop.at || loopStart(loop)! <= now) continue;
    if (!next || loop.at < next.at!) next = loop;
  }
  return next;
}

export function loopStart(loop: Pick<Loop, 'at'>): Date | null {
  return loop.at ? new Date(`${loop.at}:00`) : null;
}

/** Stories the loop's plan tells or keeps as a backup. */
export function loopStoryIds(bank: Bank, loop: Loop, now: Date): Set<string> {
  const plan = planOfLoop(bank, loop, now);
  return new Set(
    plan.slots.flatMap((slot) => [slot.main, slot.backup]).filter((id): id is string => !!id),
  );
}

export function buildDeck(bank: Bank, now: Date): Card[] {
  const stories = bank.stories.filter(tellable);
  const byId = new Map(stories.map((story) => [story.id, story]));
  const loop = upcomingLoop(bank, now);
  const planned = loop ? loopStoryIds(bank, loop, now) : new Set<string>();
  const toldInFull = new Set(
    bank.practice.filter((entry) => entry.card === 'story').map((entry) => entry.storyId),
  );
  const cards: Card[] = [];
  const questions = new Set<string>();
  const addQuestion: AddQuestion = (card, forLoop = false) => {
    const key = questionKey(card.question!);
    if (questions.has(key) || !byId.has(card.storyId)) return;
    questions.add(key);
    cards.push({ ...card, key, kind: 'question', forLoop });
  };

  for (const story of stories) {
    const forLoop = planned.has(story.id);
    const kinds: CardKind[] = toldInFull.has(story.id)
      ? ['story', 'short-90', 'short-30', 'follow-ups']
      : ['story'];
    for (const kind of kinds)
      cards.push({ key: cardKey(kind, story.id), kind, storyId: story.id, forLoop });
  }

  if (loop) addLoopQuestions(bank, loop, now, addQuestion);
  for (const story of stories) {
    for (const question of story.targetQuestions) {
      addQuestion({ storyId: story.id, question, source: 'Your target question' });
    }
  }
  addBankQuestions(bank, stories, now, planned, addQuestion);
  return cards;
}

/** `forLoop` for the loop's own questions; the question bank's are everyday practice. */
type AddQuestion = (card: Omit<Card, 'key' | 'kind' | 'forLoop'>, forLoop?: boolean) => void;

function addLoopQuestions(bank: Bank, loop: Loop, now: Date, add: AddQuestion): void {
  const set = bank.principleSets.find((candidate) => candidate.id === loop.setId);
  if (!set) return;
  const plan = planOfLoop(bank, loop, now);
  const rounds = new Map(planRounds(loop, set).map((round) => [round.id, round.name]));
  const asked = askedQuestions(bank);
  for (const slot of plan.slots) {
    const principle = set.principles.find((candidate) => candidate.id === slot.principleId);
    if (!slot.main || !principle) continue;
    const question =
      askedFirst(principle.id, principle.questions, asked)[0]?.text ??
      `Tell me about a time you showed ${principle.name}.`;
    add(
      {
        storyId: slot.main,
        question,
        principleId: principle.id,
        source: `${loop.name}: ${rounds.get(slot.roundId) ?? 'a round'}`,
      },
      true,
    );
  }
}

function addBankQuestions(
  bank: Bank,
  stories: readonly Story[],
  now: Date,
  planned: ReadonlySet<string>,
  add: AddQuestion,
): void {
  const set = bank.principleSets.find((candidate) => candidate.id === bank.activeSetId);
  if (!set) return;
  const asked = askedQuestions(bank);
  const practised = new Set(bank.practice.map((entry) => entry.storyId));
  const context = { settings: bank.settings, today: now, practised };
  for (const principle of set.principles) {
    let best: Story | null = null;
    let bestScore = -Infinity;
    for (const story of stories) {
      const score = storyScore(story, principle.id, context);
      // Between equals, the story planned for the loop: one more telling of it.
      const total = score === null ? null : score + (planned.has(story.id) ? 0.5 : 0);
      if (total !== null && total > bestScore) [best, bestScore] = [story, total];
    }
    if (!best) continue;
    for (const question of askedFirst(principle.id, principle.questions, asked).slice(
      0,
      QUESTIONS_PER_PRINCIPLE,
    )) {
      const where = asked.get(askedKey(principle.id, question.text))?.[0];
      add({
        storyId: best.id,
        question: question.text,
        principleId: principle.id,
        source: where?.company ? `Asked at ${where.company}` : principle.name,
      });
    }
  }
}
