import { describe, expect, it } from 'vitest';
import { coverageOf, writeNext } from '../../../src/core/coverage/coverage';
import { newBank } from '../../../src/core/model/bank';
import type { PrincipleSet, Settings, Story } from '../../../src/core/model/schema';
import { testStory } from '../../helpers';

const TODAY = new Date('2026-06-15T12:00:00Z');
const bank = newBank();
const settings: Settings = bank.settings;
const amazon = bank.principleSets[0]!;

const set: PrincipleSet = {
  id: 'mini',
  name: 'Mini',
  builtIn: false,
  principles: [
    { id: 'p1', name: 'Customer Obsession', description: '', frequency: 3, questions: [] },
    { id: 'p2', name: 'Frugality', description: '', frequency: 1, questions: [] },
    { id: 'p3', name: 'Dive Deep', description: '', frequency: 3, questions: [] },
    { id: 'p4', name: 'Think Big', description: '', frequency: 2, questions: [] },
  ],
};

let n = 0;
function story(
  principles: Record<string, 'primary' | 'secondary'>,
  overrides: Partial<Story> = {},
): Story {
  n++;
  return testStory(`Story ${n}`, {
    id: `s${n}`,
    status: 'ready',
    when: '2025-05',
    principles: Object.entries(principles).map(([principleId, strength]) => ({
      principleId,
      strength,
    })),
    ...overrides,
  });
}

const stateOf = (stories: Story[], id: string, s: Settings = settings, readyOnly = false) =>
  coverageOf(stories, set, s, TODAY, { readyOnly }).principles.find((p) => p.principleId === id);

describe('a principle', () => {
  it('is a gap with no story, thin below the target, covered at it', () => {
    expect(stateOf([], 'p1')?.state).toBe('gap');
    expect(stateOf([story({ p1: 'primary' })], 'p1')?.state).toBe('thin');
    expect(stateOf([story({ p1: 'primary' }), story({ p1: 'secondary' })], 'p1')).toMatchObject({
      state: 'covered',
      examples: 2,
      primaryExamples: 1,
    });
  });

  it('stays thin with two examples when none of them is primary', () => {
    expect(stateOf([story({ p1: 'secondary' }), story({ p1: 'secondary' })], 'p1')?.state).toBe(
      'thin',
    );
  });

  it('counts two stories from the same project once', () => {
    const variants = [
      story({ p1: 'primary' }, { project: 'Billing migration' }),
      story({ p1: 'secondary' }, { project: 'billing migration ' }),
    ];
    expect(stateOf(variants, 'p1')).toMatchObject({ state: 'thin', examples: 1 });
    const distinct = [...variants, story({ p1: 'secondary' }, { project: '' })];
    expect(stateOf(distinct, 'p1')).toMatchObject({ state: 'covered', examples: 2 });
  });

  it('counts only ready stories when "ready only" is on', () => {
    const stories = [story({ p1: 'primary' }), story({ p1: 'primary' }, { status: 'draft' })];
    expect(stateOf(stories, 'p1', settings, false)?.state).toBe('covered');
    expect(stateOf(stories, 'p1', settings, true)).toMatchObject({ state: 'thin', examples: 1 });
  });

  it('never counts a story in the trash', () => {
    const binned = story({ p1: 'primary' }, { deletedAt: '2026-01-01T00:00:00.000Z' });
    expect(stateOf([binned], 'p1')?.state).toBe('gap');
  });

  it('follows the targets in settings', () => {
    const strict = { ...settings, coverageTargetStories: 3, coverageTargetPrimary: 2 };
    const stories = [
      story({ p1: 'primary' }),
      story({ p1: 'primary' }),
      story({ p1: 'secondary' }),
    ];
    expect(stateOf(stories, 'p1', strict)?.state).toBe('covered');
    expect(stateOf(stories.slice(1), 'p1', strict)?.state).toBe('thin');
  });

  it('notes when none of its stories is recent', () => {
    expect(stateOf([story({ p1: 'primary' }, { when: '2021-01' })], 'p1')?.recent).toBe(false);
    expect(stateOf([story({ p1: 'primary' }, { when: '2023-06' })], 'p1')?.recent).toBe(true);
    expect(stateOf([story({ p1: 'primary' }, { when: null })], 'p1')?.recent).toBe(false);
  });

  it('lists its stories primary first', () => {
    const a = story({ p1: 'secondary' });
    const b = story({ p1: 'primary' });
    expect(stateOf([a, b], 'p1')?.storyIds).toEqual([b.id, a.id]);
  });
});

describe('the bank', () => {
  it('sums up in one line', () => {
    const stories = [story({ p1: 'primary', p3: 'secondary' }), story({ p1: 'primary' })];
    const report = coverageOf(stories, set, settings, TODAY, {});
    expect(report.counts).toEqual({ covered: 1, thin: 1, gap: 2 });
    expect(report.summary).toBe('1 of 4 covered, 1 thin, 2 gaps');
  });

  it('flags a story carried as primary by more than three principles as stretched', () => {
    const stretched = story({ p1: 'primary', p2: 'primary', p3: 'primary', p4: 'primary' });
    const fine = story({ p1: 'primary', p2: 'primary', p3: 'primary', p4: 'secondary' });
    expect(coverageOf([stretched, fine], set, settings, TODAY, {}).stretchedStoryIds).toEqual([
      stretched.id,
    ]);
  });

  it('has a gap when no story is about a failure', () => {
    expect(coverageOf([story({ p1: 'primary' })], set, settings, TODAY, {}).bankGaps).toEqual([
      expect.objectContaining({ id: 'no-failure-story' }),
    ]);
    const failure = story({ p1: 'primary' }, { tags: ['Failure'] });
    expect(coverageOf([failure], set, settings, TODAY, {}).bankGaps).toEqual([]);
  });

  it('filters by tag and company', () => {
    const stories = [
      story({ p1: 'primary' }, { company: 'Acme', tags: ['launch'] }),
      story({ p1: 'primary' }, { company: 'Globex' }),
    ];
    expect(
      coverageOf(stories, set, settings, TODAY, { company: 'Acme' }).principles[0]?.examples,
    ).toBe(1);
    expect(
      coverageOf(stories, set, settings, TODAY, { tag: 'LAUNCH' }).principles[0]?.examples,
    ).toBe(1);
  });

  it('covers the built-in Amazon set too', () => {
    const report = coverageOf([], amazon, settings, TODAY);
    expect(report.summary).toBe('0 of 16 covered, 0 thin, 16 gaps');
  });
});

describe('write next', () => {
  it('orders gaps before thin, then by how often the principle is asked, then set order', () => {
    const report = coverageOf([story({ p4: 'primary' })], set, settings, TODAY, {});
    expect(writeNext(report).map((p) => p.name)).toEqual([
      'Customer Obsession',
      'Dive Deep',
      'Frugality',
      'Think Big',
    ]);
  });
});
