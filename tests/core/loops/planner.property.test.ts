import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Story } from '../../../src/core/model/schema';
import {
  FILLED,
  planLoop,
  type LoopPlan,
  type PlanInput,
  type PlanPin,
  type PlanRound,
} from '../../../src/core/loops/planner';
import { storyScore } from '../../../src/core/loops/score';
import { testStory } from '../../story-factory';

const PRINCIPLES = ['a', 'b', 'c'];
const today = new Date('2026-06-01T00:00:00Z');

const storyArb = (i: number) =>
  fc
    .record({
      mapped: fc.subarray(PRINCIPLES),
      primary: fc.boolean(),
      ready: fc.boolean(),
      project: fc.constantFrom('', 'x', 'y'),
      when: fc.constantFrom(null, '2025-06', '2015-01'),
    })
    .map(({ mapped, primary, ready, project, when }): Story =>
      testStory(`s${i}`, {
        principles: mapped.map((principleId, k) => ({
          principleId,
          strength: primary && k === 0 ? 'primary' : 'secondary',
        })),
        status: ready ? 'ready' : 'draft',
        project,
        when,
      }),
    );

const instance = fc
  .record({
    rounds: fc.array(fc.subarray(PRINCIPLES, { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 3,
    }),
    count: fc.integer({ min: 0, max: 6 }),
    pin: fc.option(
      fc.record({ slot: fc.nat(), story: fc.nat(), role: fc.constantFrom('main', 'backup') }),
    ),
  })
  .chain(({ rounds, count, pin }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => storyArb(i))).map((stories) => {
      const planRounds: PlanRound[] = rounds.map((principleIds, i) => ({
        id: `r${i}`,
        name: `Round ${i + 1}`,
        principleIds,
      }));
      const input: PlanInput = {
        rounds: planRounds,
        stories,
        settings: DEFAULT_SETTINGS,
        today,
        principleName: (id) => id.toUpperCase(),
      };
      const slots = planRounds.flatMap((r) =>
        r.principleIds.map((p) => ({ roundId: r.id, principleId: p })),
      );
      const slot = pin ? slots[pin.slot % slots.length]! : null;
      const mapped = slot
        ? stories.filter((s) => storyScore(s, slot.principleId, input) !== null)
        : [];
      if (pin && slot && mapped.length) {
        const pinned: PlanPin = {
          ...slot,
          role: pin.role as 'main' | 'backup',
          storyId: mapped[pin.story % mapped.length]!.id,
        };
        return { ...input, pins: [pinned] };
      }
      return input;
    }),
  );

type Place = { round: number; principleId: string; pinned: string | null };

const places = (input: PlanInput, role: 'main' | 'backup'): Place[] =>
  input.rounds.flatMap((round, r) =>
    [...new Set(round.principleIds)].map((principleId) => ({
      round: r,
      principleId,
      pinned:
        input.pins?.find(
          (p) => p.roundId === round.id && p.principleId === principleId && p.role === role,
        )?.storyId ?? null,
    })),
  );

/** Every valid choice of mains: the best value of filled places plus their scores. */
function bestMains(input: PlanInput): number {
  const slots = places(input, 'main');
  const pinned = new Set(slots.map((s) => s.pinned).filter(Boolean));
  // A story pinned as a round's backup is not that round's main.
  const backupIn = (story: Story, round: number) =>
    places(input, 'backup').some((slot) => slot.round === round && slot.pinned === story.id);
  const chosen: (Story | null)[] = [];
  let best = -Infinity;
  const clash = (story: Story, round: number) =>
    story.project !== '' &&
    slots.some((slot, k) => {
      const other = slot.pinned ? input.stories.find((s) => s.id === slot.pinned)! : chosen[k];
      return (
        slot.round === round &&
        other &&
        other !== story &&
        other.project === story.project &&
        (slot.pinned || k < chosen.length)
      );
    });
  const walk = (k: number, value: number) => {
    if (k === slots.length) {
      best = Math.max(best, value);
      return;
    }
    const slot = slots[k]!;
    if (slot.pinned) {
      chosen.push(null);
      walk(k + 1, value);
      chosen.pop();
      return;
    }
    chosen.push(null);
    walk(k + 1, value);
    chosen.pop();
    for (const story of input.stories) {
      const score = storyScore(story, slot.principleId, input);
      if (
        score === null ||
        pinned.has(story.id) ||
        chosen.includes(story) ||
        clash(story, slot.round) ||
        backupIn(story, slot.round)
      )
        continue;
      chosen.push(story);
      walk(k + 1, value + FILLED + score);
      chosen.pop();
    }
  };
  walk(0, 0);
  return best;
}

function mainValue(input: PlanInput, plan: LoopPlan): number {
  return plan.slots.reduce((sum, slot) => {
    if (!slot.main || slot.pinned.includes('main')) return sum;
    const story = input.stories.find((s) => s.id === slot.main)!;
    return sum + FILLED + storyScore(story, slot.principleId, input)!;
  }, 0);
}

/** Given the plan's mains, every valid choice of backups in each round: the best value. */
function bestBackups(input: PlanInput, plan: LoopPlan): number {
  const mainRound = new Map<string, string>();
  for (const slot of plan.slots) if (slot.main) mainRound.set(slot.main, slot.roundId);
  let total = 0;
  for (const round of input.rounds) {
    const slots = plan.slots.filter((s) => s.roundId === round.id);
    const taken = new Set(
      slots.flatMap((s) => [s.main, s.pinned.includes('backup') ? s.backup : null]),
    );
    let best = -Infinity;
    const used = new Set<string>();
    const walk = (k: number, value: number) => {
      if (k === slots.length) {
        best = Math.max(best, value);
        return;
      }
      const slot = slots[k]!;
      if (slot.pinned.includes('backup')) return walk(k + 1, value);
      walk(k + 1, value);
      for (const story of input.stories) {
        const score = storyScore(story, slot.principleId, input);
        if (score === null || taken.has(story.id) || used.has(story.id)) continue;
        const elsewhere = mainRound.has(story.id) && mainRound.get(story.id) !== round.id ? -5 : 0;
        used.add(story.id);
        walk(k + 1, value + FILLED + score + elsewhere);
        used.delete(story.id);
      }
    };
    walk(0, 0);
    total += best;
  }
  return total;
}

function backupValue(input: PlanInput, plan: LoopPlan): number {
  const mainRound = new Map<string, string>();
  for (const slot of plan.slots) if (slot.main) mainRound.set(slot.main, slot.roundId);
  return plan.slots.reduce((sum, slot) => {
    if (!slot.backup || slot.pinned.includes('backup')) return sum;
    const story = input.stories.find((s) => s.id === slot.backup)!;
    const elsewhere = mainRound.has(story.id) && mainRound.get(story.id) !== slot.roundId ? -5 : 0;
    return sum + FILLED + storyScore(story, slot.principleId, input)! + elsewhere;
  }, 0);
}

describe('the loop planner, against every possible plan of small loops', () => {
  it('keeps the hard rules and finds the best mains, then the best backups', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const plan = planLoop(input);
        const mains = plan.slots.map((s) => s.main).filter((id): id is string => id !== null);
        expect(new Set(mains).size).toBe(mains.length);
        for (const slot of plan.slots) {
          const round = plan.slots.filter((s) => s.roundId === slot.roundId);
          if (slot.backup) expect(round.map((s) => s.main)).not.toContain(slot.backup);
          const projects = round
            .map((s) => input.stories.find((story) => story.id === s.main)?.project)
            .filter((p): p is string => Boolean(p));
          expect(new Set(projects).size).toBe(projects.length);
        }
        for (const pin of input.pins ?? []) {
          const slot = plan.slots.find(
            (s) => s.roundId === pin.roundId && s.principleId === pin.principleId,
          )!;
          expect(slot[pin.role]).toBe(pin.storyId);
        }
        expect(mainValue(input, plan)).toBe(bestMains(input));
        expect(backupValue(input, plan)).toBe(bestBackups(input, plan));
      }),
      { numRuns: 1_500 },
    );
  });
});
