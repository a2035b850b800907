import { describe, expect, it } from 'vitest';
import { amazonPrincipleSet } from '../../../src/core/principles/amazon-set';
import { DEFAULT_SETTINGS, type Story } from '../../../src/core/model/schema';
import { planLoop, type PlanInput, type PlanRound } from '../../../src/core/loops/planner';
import { testStory } from '../../story-factory';

const names = new Map(amazonPrincipleSet().principles.map((p) => [p.id, p.name]));
const today = new Date('2026-06-01T00:00:00Z');

const story = (id: string, principleId: string, fields: Partial<Story> = {}) =>
  testStory(id, {
    principles: [{ principleId, strength: 'primary' }],
    status: 'ready',
    when: '2025-09',
    ...fields,
  });

const round = (i: number, ...principleIds: string[]): PlanRound => ({
  id: `r${i}`,
  name: `Round ${i}`,
  principleIds,
});

const plan = (rounds: PlanRound[], stories: Story[], extra: Partial<PlanInput> = {}) =>
  planLoop({
    rounds,
    stories,
    settings: DEFAULT_SETTINGS,
    today,
    principleName: (id) => names.get(id) ?? id,
    ...extra,
  });

const mainOf = (result: ReturnType<typeof plan>, roundId: string, principleId: string) =>
  result.slots.find((s) => s.roundId === roundId && s.principleId === principleId)?.main;

describe('planning a loop', () => {
  it('gives every round a main and a backup, telling no story twice as a main', () => {
    const stories = [
      'ownership',
      'ownership',
      'dive-deep',
      'dive-deep',
      'ownership',
      'dive-deep',
    ].map((p, i) => story(`s${i}`, p));
    const result = plan([round(1, 'ownership', 'dive-deep'), round(2, 'ownership')], stories);
    expect(result.shortfalls).toEqual([]);
    const mains = result.slots.map((s) => s.main);
    expect(new Set(mains).size).toBe(3);
    for (const slot of result.slots) expect(slot.backup).not.toBeNull();
  });

  it('says exactly what is missing when a round runs out of stories', () => {
    const stories = [story('a', 'ownership'), story('b', 'ownership')];
    const result = plan(
      [round(1, 'ownership'), round(2, 'ownership'), round(3, 'ownership')],
      stories,
    );
    // One round goes without; the reason names it and the rounds that took the stories.
    expect(result.shortfalls).toHaveLength(1);
    const [missing] = result.shortfalls;
    const others = ['r1', 'r2', 'r3'].filter((id) => id !== missing!.roundId);
    const name = (id: string) => `Round ${id.slice(1)}`;
    expect(missing).toEqual({
      roundId: missing!.roundId,
      principleId: 'ownership',
      role: 'main',
      reason:
        `${name(missing!.roundId)} needs one more Ownership story: every Ownership story is ` +
        `already a main (${others.map(name).join(', ')}).`,
    });
    const none = plan([round(1, 'frugality')], stories);
    expect(none.shortfalls[0]?.reason).toBe(
      'No story is mapped to Frugality yet: write one (Write next has questions for it).',
    );
  });

  it('prefers primary, ready, recent stories, and avoids one told to this company before', () => {
    const strong = story('strong', 'ownership');
    const weak = story('weak', 'ownership', {
      principles: [{ principleId: 'ownership', strength: 'secondary' }],
      status: 'draft',
      when: '2012-01',
    });
    expect(mainOf(plan([round(1, 'ownership')], [weak, strong]), 'r1', 'ownership')).toBe('strong');
    const told = plan([round(1, 'ownership')], [weak, strong], { toldBefore: new Set(['strong']) });
    expect(mainOf(told, 'r1', 'ownership')).toBe('weak');
  });

  it('never gives one round two mains from the same project', () => {
    const stories = [
      story('billing-1', 'ownership', { project: 'Billing' }),
      story('billing-2', 'dive-deep', { project: 'billing' }),
      story('other', 'dive-deep', { status: 'draft' }),
    ];
    const result = plan([round(1, 'ownership', 'dive-deep')], stories);
    expect(mainOf(result, 'r1', 'ownership')).toBe('billing-1');
    expect(mainOf(result, 'r1', 'dive-deep')).toBe('other');
  });

  it('keeps what the person pinned and plans the rest around it', () => {
    const stories = [story('a', 'ownership'), story('b', 'ownership'), story('c', 'ownership')];
    const result = plan([round(1, 'ownership'), round(2, 'ownership')], stories, {
      pins: [{ roundId: 'r2', principleId: 'ownership', role: 'main', storyId: 'a' }],
    });
    expect(mainOf(result, 'r2', 'ownership')).toBe('a');
    expect(mainOf(result, 'r1', 'ownership')).not.toBe('a');
    expect(result.slots.find((s) => s.roundId === 'r2')?.pinned).toEqual(['main']);
  });
});
