import { describe, expect, it } from 'vitest';
import { newBank } from '../../src/core/model/bank';
import type { Loop } from '../../src/core/model/loop-schema';
import {
  initialChoices,
  nextLoopId,
  packRequest,
  storiesHint,
} from '../../src/renderer/src/components/export/pack-options';
import { TRASHED_AT, testStory } from '../story-factory';

const loop = (id: string, at: string | null): Loop => ({
  id,
  name: id,
  company: '',
  role: '',
  at,
  setId: 'amazon-lp',
  rounds: [],
  pins: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('the prep pack’s loop', () => {
  it('starts as the soonest loop still to come, and none when all are past or undated', () => {
    const today = new Date('2026-12-01T08:00:00Z');
    const loops = [
      loop('past', '2026-11-20T09:00'),
      loop('later', '2027-01-10T09:00'),
      loop('next', '2026-12-14T09:30'),
      loop('undated', null),
    ];
    expect(nextLoopId(loops, today)).toBe('next');
    expect(nextLoopId([loops[0]!, loops[3]!], today)).toBeNull();
  });

  it('is sent only while the bank still has it', () => {
    const bank = {
      ...newBank(),
      stories: [testStory('a', { status: 'ready' })],
      loops: [loop('next', null)],
    };
    const choices = initialChoices(bank.stories, 'next');
    expect(packRequest(choices, bank).input.loopId).toBe('next');
    expect(packRequest(choices, { ...bank, loops: [] }).input.loopId).toBeNull();
  });
});

describe('the prep pack’s “Still to fix”', () => {
  it('is on by default and sent as chosen, which the export channel accepts', async () => {
    const bank = { ...newBank(), stories: [testStory('a', { status: 'ready' })] };
    const choices = initialChoices(bank.stories);
    expect(packRequest(choices, bank).input.stillToFix).toBe(true);
    const off = packRequest({ ...choices, stillToFix: false }, bank).input;
    expect(off.stillToFix).toBe(false);
    const { contract } = await import('../../src/shared/contract');
    expect(contract['export:summary'].input.safeParse(off).success).toBe(true);
  });
});

describe('the prep pack’s stories', () => {
  const drafts = [testStory('a'), testStory('b'), testStory('c')];

  it('start from the ready ones when there are some', () => {
    const stories = [...drafts, testStory('r', { status: 'ready' })];
    const choices = initialChoices(stories);
    expect(choices.storyChoice).toBe('ready');
    expect([...choices.chosen]).toEqual(['r']);
    expect(storiesHint(stories, 'ready')).toBe('1 of 4 stories is marked ready.');
  });

  it('start from all of them when none is ready, so a first pack is never blocked', () => {
    const bank = { ...newBank(), stories: drafts };
    const choices = initialChoices(bank.stories);
    expect(choices.storyChoice).toBe('all');
    expect([...choices.chosen]).toEqual(['a', 'b', 'c']);
    expect(packRequest(choices, bank)).toMatchObject({ input: { stories: 'all' }, blocked: null });
    expect(storiesHint(bank.stories, 'all')).toBe(
      'None of your 3 stories is marked ready yet, so the pack holds all of them.',
    );
    // Asked for ready ones after all: the hint stops promising, the button says why it is off.
    expect(storiesHint(bank.stories, 'ready')).toBe('None of your 3 stories is marked ready yet.');
    expect(packRequest({ ...choices, storyChoice: 'ready' }, bank).blocked).toMatch(
      /^None of your stories is marked ready yet/,
    );
  });

  it('count a trashed ready story as gone', () => {
    const trashed = testStory('t', { status: 'ready', deletedAt: TRASHED_AT });
    const stories = [testStory('a'), trashed];
    expect(initialChoices(stories).storyChoice).toBe('all');
    expect([...initialChoices(stories).chosen]).toEqual(['a']);
    expect(storiesHint(stories, 'all')).toBe(
      'Your story is not marked ready yet, so the pack holds it as a draft.',
    );
  });

  it('say so when the bank is empty', () => {
    expect(storiesHint([], 'all')).toBe('Your bank has no stories yet.');
    expect(packRequest(initialChoices([]), newBank()).blocked).toBe(
      'Your bank has no stories yet: write one first.',
    );
  });
});
