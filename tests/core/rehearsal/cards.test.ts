import { describe, expect, it } from 'vitest';
import type { Loop } from '../../../src/core/model/loop-schema';
import type { Bank } from '../../../src/core/model/schema';
import {
  buildDeck,
  cardKey,
  cardKeyOf,
  loopStart,
  QUESTIONS_PER_PRINCIPLE,
  tellable,
  upcomingLoop,
  type Card,
} from '../../../src/core/rehearsal/cards';
import { testStory } from '../../story-factory';
import { bankWith, loopAt, onDay, ownershipStory, practised, toldStory } from './practice-fixtures';

const now = onDay(0);
const ownershipQuestions = (bank: Bank) =>
  bank.principleSets[0]!.principles.find((p) => p.id === 'ownership')!.questions.map((q) => q.text);
const questionCards = (deck: Card[]) => deck.filter((card) => card.kind === 'question');
const kindsOf = (deck: Card[], storyId: string) =>
  deck.filter((card) => card.storyId === storyId && card.kind !== 'question').map((c) => c.kind);

describe('the deck’s story cards', () => {
  const stories = [
    toldStory('Written'),
    testStory('Ready', { status: 'ready' }),
    testStory('Blank', { action: '   ' }),
    toldStory('Trashed', { deletedAt: '2026-02-01T10:00:00.000Z' }),
  ];

  it('are the stories with an Action written or marked ready, out of the Trash', () => {
    expect(stories.map(tellable)).toEqual([true, true, false, false]);
    const deck = buildDeck(bankWith(stories), now);
    expect(deck.map((card) => card.key)).toEqual(['story:Written', 'story:Ready']);
    expect(deck.every((card) => card.kind === 'story' && !card.forLoop)).toBe(true);
  });

  it('add the short versions and the drill once the story was told in full', () => {
    const practice = [
      practised('Written', 'story', onDay(-1)),
      practised('Ready', 'short-90', onDay(-1)),
      practised('Trashed', 'story', onDay(-1)),
    ];
    const deck = buildDeck(bankWith(stories, { practice }), now);
    expect(kindsOf(deck, 'Written')).toEqual(['story', 'short-90', 'short-30', 'follow-ups']);
    expect(kindsOf(deck, 'Ready')).toEqual(['story']);
    expect(kindsOf(deck, 'Trashed')).toEqual([]);
    for (const card of deck) expect(card.key).toBe(cardKey(card.kind, card.storyId, card.question));
  });
});

describe('question cards', () => {
  it('ask a story’s own target questions, once each however they are spaced or cased', () => {
    const bank = bankWith([
      toldStory('First', { targetQuestions: ['Tell me about a deadline you missed.'] }),
      toldStory('Second', {
        targetQuestions: ['  tell me about a DEADLINE   you missed. ', 'Why this role?'],
      }),
      testStory('Unwritten', { targetQuestions: ['What is your biggest weakness?'] }),
    ]);
    expect(questionCards(buildDeck(bank, now))).toEqual([
      {
        key: cardKeyOf({
          card: 'question',
          storyId: 'Second',
          question: 'Tell me about a deadline you missed.',
        }),
        kind: 'question',
        storyId: 'First',
        question: 'Tell me about a deadline you missed.',
        source: 'Your target question',
        forLoop: false,
      },
      expect.objectContaining({ storyId: 'Second', question: 'Why this role?' }),
    ]);
  });

  it(`ask up to ${QUESTIONS_PER_PRINCIPLE} of the bank’s questions per principle, of its best story`, () => {
    const bank = bankWith([
      ownershipStory('Weaker', 'secondary'),
      ownershipStory('Best'),
      toldStory('Unmapped'),
    ]);
    const cards = questionCards(buildDeck(bank, now));
    expect(cards.map((card) => card.question)).toEqual(
      ownershipQuestions(bank).slice(0, QUESTIONS_PER_PRINCIPLE),
    );
    for (const card of cards) {
      expect(card).toMatchObject({
        storyId: 'Best',
        principleId: 'ownership',
        source: 'Ownership',
      });
    }
  });

  it('put the questions asked in real loops first, saying where', () => {
    const bank = bankWith([ownershipStory('Best')]);
    const askedText = ownershipQuestions(bank)[4]!;
    const past = loopAt(bank, onDay(-30));
    past.company = 'Amazon';
    past.rounds[0]!.debrief = {
      asked: [{ principleId: 'ownership', text: askedText, storyId: null }],
      rating: 3,
      notes: '',
    };
    const cards = questionCards(buildDeck({ ...bank, loops: [past] }, now));
    expect(cards).toHaveLength(QUESTIONS_PER_PRINCIPLE);
    expect(cards[0]).toMatchObject({ question: askedText, source: 'Asked at Amazon' });
    expect(cards.slice(1).map((card) => card.question)).toEqual(
      ownershipQuestions(bank).slice(0, QUESTIONS_PER_PRINCIPLE - 1),
    );
  });
});

describe('the upcoming loop', () => {
  function planned(): { bank: Bank; loop: Loop } {
    const bank = bankWith([
      toldStory('Other'),
      ownershipStory('Backup', 'secondary'),
      ownershipStory('Main'),
    ]);
    const loop = loopAt(bank, onDay(9));
    return { bank: { ...bank, loops: [loop] }, loop };
  }

  it('asks each round’s question of its planned story, ahead of the bank’s copy of it', () => {
    const { bank } = planned();
    const cards = questionCards(buildDeck(bank, now));
    const first = ownershipQuestions(bank)[0]!;
    expect(cards.filter((card) => card.question === first)).toEqual([
      {
        key: cardKey('question', 'Main', first),
        kind: 'question',
        storyId: 'Main',
        question: first,
        principleId: 'ownership',
        source: 'Acme PM: Round 1 · Hiring manager',
        forLoop: true,
      },
    ]);
    // The question bank's others go to the same story, as everyday practice.
    expect(cards).toHaveLength(QUESTIONS_PER_PRINCIPLE);
    expect(cards.every((card) => card.storyId === 'Main')).toBe(true);
    expect(cards.filter((card) => card.forLoop).map((card) => card.question)).toEqual([first]);
  });

  it('marks the cards of its main and backup stories, and no others', () => {
    const { bank } = planned();
    const deck = buildDeck(bank, now);
    const forLoop = new Set(deck.filter((card) => card.forLoop).map((card) => card.storyId));
    expect([...forLoop].sort()).toEqual(['Backup', 'Main']);
    expect(deck.find((card) => card.key === 'story:Other')!.forLoop).toBe(false);
  });

  it('is ignored once it has begun, and a loop without a date never is one', () => {
    const { bank, loop } = planned();
    expect(upcomingLoop(bank, now)).toBe(loop);
    expect(loopStart(loop)).toEqual(onDay(9));
    expect(upcomingLoop(bank, onDay(9))).toBeNull();
    expect(buildDeck(bank, onDay(9, 11)).some((card) => card.forLoop)).toBe(false);
    const undated = { ...bank, loops: [{ ...loop, at: null }] };
    expect(upcomingLoop(undated, now)).toBeNull();
    expect(loopStart({ at: null })).toBeNull();
  });

  it('gives the bank’s questions to the planned story between equals', () => {
    const frugal = [{ principleId: 'frugality', strength: 'primary' as const }];
    const bank = bankWith([
      toldStory('Unplanned', { principles: frugal, status: 'ready' }),
      toldStory('Planned', {
        principles: [{ principleId: 'ownership', strength: 'primary' }, ...frugal],
        status: 'ready',
      }),
    ]);
    const frugality = (deck: Card[]) =>
      new Set(deck.filter((c) => c.principleId === 'frugality').map((c) => c.storyId));
    expect([...frugality(buildDeck(bank, now))]).toEqual(['Unplanned']);
    const withLoop = { ...bank, loops: [loopAt(bank, onDay(9))] };
    expect([...frugality(buildDeck(withLoop, now))]).toEqual(['Planned']);
  });
});

describe('cardKeyOf', () => {
  it('keys a question by its words, whoever tells it, and a story card by kind and story', () => {
    const asked = (storyId: string, question: string) =>
      cardKeyOf({ card: 'question', storyId, question });
    expect(asked('a', 'Why this role?')).toBe(asked('b', '  why  THIS role? '));
    expect(asked('a', 'Why this role?')).not.toBe(asked('a', 'Why this company?'));
    expect(cardKeyOf({ card: 'short-30', storyId: 'a' })).toBe('short-30:a');
    expect(cardKeyOf({ card: 'short-30', storyId: 'a' })).not.toBe(
      cardKeyOf({ card: 'short-90', storyId: 'a' }),
    );
    // A story card never shares a key with a question, even one worded like its id.
    expect(cardKeyOf({ card: 'story', storyId: 'a' })).not.toBe(asked('a', 'a'));
  });
});
