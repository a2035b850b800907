import type { Story } from '../model/schema';
import { isLive } from '../model/story-list';
import { assign } from './assignment';
import { mappingWeight, storyWeight, type ScoreContext } from './score';

/**
 * The loop planner: for every round × principle a main story and a backup.
 *
 * Hard rules: a story is a main once in the whole loop (interviewers compare notes), two mains
 * of one round never come from the same project (one project retold reads as thin), and a
 * backup is never a main of its own round. Within those, the plan is the exact optimum of:
 * first as many principles with a main as possible, then the highest total score of the mains
 * (`score.ts`); then, with those mains, the same for the backups of each round. Mains are an
 * assignment problem solved exactly (Hungarian method); the project rule is kept by branch and
 * bound over it; each round's backups are one more assignment.
 */

export interface PlanRound {
  id: string;
  name: string;
  principleIds: readonly string[];
}

export type PlanRole = 'main' | 'backup';

/** The person's own choice for one place of the plan, kept when the rest is planned again. */
export interface PlanPin {
  roundId: string;
  principleId: string;
  role: PlanRole;
  storyId: string;
}

export interface PlannedSlot {
  roundId: string;
  principleId: string;
  main: string | null;
  backup: string | null;
  pinned: PlanRole[];
}

export interface Shortfall {
  roundId: string;
  principleId: string;
  role: PlanRole;
  reason: string;
}

export interface LoopPlan {
  slots: PlannedSlot[];
  shortfalls: Shortfall[];
  /** The mains' and backups' scores summed (a filled place counts by its score). */
  score: number;
}

export interface PlanInput extends ScoreContext {
  rounds: readonly PlanRound[];
  stories: readonly Story[];
  /** Names of the principles, for the reasons given in words. */
  principleName: (principleId: string) => string;
  pins?: readonly PlanPin[];
}

/** Filling one more place always beats any difference of scores (at most ~20 a place). */
export const FILLED = 10_000;
/** A backup that is a main in another round may be told twice: allowed, but avoided. */
const BACKUP_IS_MAIN_ELSEWHERE = -5;
/** Branch and bound stops here; realistic loops need a handful of nodes. */
const MAX_NODES = 5_000;

interface Slot {
  index: number;
  roundId: string;
  round: number;
  principleId: string;
}

const projectOf = (story: Story) => story.project.trim().toLowerCase();

export function planLoop(input: PlanInput): LoopPlan {
  const stories = input.stories.filter(isLive);
  const byId = new Map(stories.map((story) => [story.id, story]));
  const slots = slotsOf(input.rounds);
  const pins = (input.pins ?? []).filter((pin) => byId.has(pin.storyId));
  const pinOf = (slot: Slot, role: PlanRole) =>
    pins.find(
      (p) => p.roundId === slot.roundId && p.principleId === slot.principleId && p.role === role,
    );

  // The part of a score that does not depend on the principle, worked out once a story.
  const weights = new Map(stories.map((story) => [story, storyWeight(story, input)]));
  const score: Scorer = (story, principleId) => {
    const mapping = mappingWeight(story, principleId);
    return mapping === null ? null : mapping + weights.get(story)!;
  };

  const mains = planMains(slots, stories, byId, score, pinOf);
  const backups = planBackups(slots, stories, score, pinOf, mains);

  const planned = slots.map((slot): PlannedSlot => ({
    roundId: slot.roundId,
    principleId: slot.principleId,
    main: mains[slot.index] ?? null,
    backup: backups[slot.index] ?? null,
    pinned: (['main', 'backup'] as const).filter((role) => pinOf(slot, role)),
  }));
  let total = 0;
  for (const slot of slots) {
    for (const id of [mains[slot.index], backups[slot.index]]) {
      const story = id ? byId.get(id) : undefined;
      if (story) total += score(story, slot.principleId) ?? 0;
    }
  }
  return {
    slots: planned,
    shortfalls: shortfalls(input, slots, stories, score, mains, backups),
    score: total,
  };
}

function slotsOf(rounds: readonly PlanRound[]): Slot[] {
  const slots: Slot[] = [];
  rounds.forEach((round, index) => {
    for (const principleId of new Set(round.principleIds)) {
      slots.push({ index: slots.length, roundId: round.id, round: index, principleId });
    }
  });
  return slots;
}

type Scorer = (story: Story, principleId: string) => number | null;
type PinFinder = (slot: Slot, role: PlanRole) => PlanPin | undefined;

/** The mains: pinned ones kept, the rest by branch and bound over exact assignments. */
function planMains(
  slots: Slot[],
  stories: Story[],
  byId: Map<string, Story>,
  score: Scorer,
  pinOf: PinFinder,
): (string | null)[] {
  const fixed: (string | null)[] = slots.map((slot) => pinOf(slot, 'main')?.storyId ?? null);
  const pinnedIds = new Set(fixed.filter((id): id is string => id !== null));
  const free = slots.filter((slot) => fixed[slot.index] === null);
  const candidates = stories.filter(
    (story) =>
      !pinnedIds.has(story.id) && free.some((slot) => score(story, slot.principleId) !== null),
  );
  // Projects a pinned main already takes in its round.
  const pinnedProjects = new Set<string>();
  for (const slot of slots) {
    const story = fixed[slot.index] ? byId.get(fixed[slot.index]!) : undefined;
    if (story && projectOf(story)) pinnedProjects.add(`${slot.round}\u0000${projectOf(story)}`);
  }

  let best: { value: number; picks: (number | null)[] } | null = null;
  let nodes = 0;
  const search = (forbidden: ReadonlySet<string>) => {
    if (++nodes > MAX_NODES) return;
    const allowed = (story: Story, slot: Slot) =>
      !forbidden.has(`${story.id}\u0000${slot.round}`) &&
      !pinnedProjects.has(`${slot.round}\u0000${projectOf(story)}`);
    const costs = costMatrix(free, candidates, (slot, story) => {
      const value = score(story, slot.principleId);
      return value === null || !allowed(story, slot) ? null : -(FILLED + value);
    });
    const picks = assign(free.length, candidates.length, costs);
    const value = picks.reduce<number>((sum, j, i) => {
      if (j === null) return sum;
      return sum + FILLED + score(candidates[j]!, free[i]!.principleId)!;
    }, 0);
    if (best && value <= best.value) return; // the relaxation cannot beat what is known
    const clash = projectClash(picks, free, candidates);
    if (!clash) {
      best = { value, picks };
      return;
    }
    // Two mains of one round share a project: in any valid plan one of them is elsewhere.
    for (const storyId of clash.storyIds) {
      search(new Set([...forbidden, `${storyId}\u0000${clash.round}`]));
    }
  };
  // A story pinned as a round's backup is kept out of that round's mains.
  const pinnedBackups = slots.flatMap((slot) => {
    const pin = pinOf(slot, 'backup');
    return pin ? [`${pin.storyId}\u0000${slot.round}`] : [];
  });
  search(new Set(pinnedBackups));

  const mains = [...fixed];
  const found = best as { picks: (number | null)[] } | null;
  found?.picks.forEach((j, i) => {
    if (j !== null) mains[free[i]!.index] = candidates[j]!.id;
  });
  return mains;
}

/** Costs worked out once: the solver asks for each many times. */
function costMatrix(
  slots: Slot[],
  stories: Story[],
  cost: (slot: Slot, story: Story) => number | null,
): (row: number, column: number) => number | null {
  const values = new Float64Array(slots.length * stories.length);
  slots.forEach((slot, i) => {
    stories.forEach((story, j) => {
      values[i * stories.length + j] = cost(slot, story) ?? Number.NaN;
    });
  });
  return (row, column) => {
    const value = values[row * stories.length + column]!;
    return Number.isNaN(value) ? null : value;
  };
}

function projectClash(picks: (number | null)[], free: Slot[], candidates: Story[]) {
  const seen = new Map<string, string>();
  for (const [i, j] of picks.entries()) {
    if (j === null) continue;
    const story = candidates[j]!;
    const project = projectOf(story);
    if (!project) continue;
    const key = `${free[i]!.round}\u0000${project}`;
    const other = seen.get(key);
    if (other) return { round: free[i]!.round, storyIds: [other, story.id] };
    seen.set(key, story.id);
  }
  return null;
}

/** The backups, round by round: distinct within the round, never the round's own mains. */
function planBackups(
  slots: Slot[],
  stories: Story[],
  score: Scorer,
  pinOf: PinFinder,
  mains: (string | null)[],
): (string | null)[] {
  const backups: (string | null)[] = slots.map((slot) => pinOf(slot, 'backup')?.storyId ?? null);
  const roundOfMain = new Map<string, number>();
  for (const slot of slots) if (mains[slot.index]) roundOfMain.set(mains[slot.index]!, slot.round);
  const rounds = [...new Set(slots.map((slot) => slot.round))];
  for (const round of rounds) {
    const inRound = slots.filter((slot) => slot.round === round);
    const taken = new Set(inRound.flatMap((slot) => [mains[slot.index], backups[slot.index]]));
    const free = inRound.filter((slot) => backups[slot.index] === null);
    const candidates = stories.filter(
      (story) =>
        !taken.has(story.id) && free.some((slot) => score(story, slot.principleId) !== null),
    );
    const costs = costMatrix(free, candidates, (slot, story) => {
      const value = score(story, slot.principleId);
      if (value === null) return null;
      const elsewhere = roundOfMain.has(story.id) ? BACKUP_IS_MAIN_ELSEWHERE : 0;
      return -(FILLED + value + elsewhere);
    });
    const picks = assign(free.length, candidates.length, costs);
    picks.forEach((j, i) => {
      if (j !== null) backups[free[i]!.index] = candidates[j]!.id;
    });
  }
  return backups;
}

/** What keeps a place empty, in words the person can act on. */
function shortfalls(
  input: PlanInput,
  slots: Slot[],
  stories: Story[],
  score: Scorer,
  mains: (string | null)[],
  backups: (string | null)[],
): Shortfall[] {
  const roundName = (round: number) => input.rounds[round]?.name ?? `Round ${round + 1}`;
  const mainRound = new Map<string, number>();
  for (const slot of slots) if (mains[slot.index]) mainRound.set(mains[slot.index]!, slot.round);
  const result: Shortfall[] = [];
  for (const slot of slots) {
    if (mains[slot.index] !== null && backups[slot.index] !== null) continue;
    const name = input.principleName(slot.principleId);
    const mapped = stories.filter((story) => score(story, slot.principleId) !== null);
    const base = { roundId: slot.roundId, principleId: slot.principleId };
    if (mains[slot.index] === null) {
      result.push({
        ...base,
        role: 'main',
        reason:
          mapped.length === 0
            ? `No story is mapped to ${name} yet: write one (Write next has questions for it).`
            : `${roundName(slot.round)} needs one more ${name} story: ` +
              usedUp(name, mapped, mainRound, roundName) +
              '.',
      });
    } else if (backups[slot.index] === null) {
      result.push({
        ...base,
        role: 'backup',
        reason:
          `${roundName(slot.round)} has no backup for ${name}: ` +
          (mapped.length <= 1
            ? `only one story is mapped to ${name}`
            : `every other ${name} story is already told in this round`) +
          '. Write another for "give me another example".',
      });
    }
  }
  return result;
}

function usedUp(
  name: string,
  mapped: Story[],
  mainRound: Map<string, number>,
  roundName: (round: number) => string,
): string {
  const rounds = [
    ...new Set(mapped.map((story) => mainRound.get(story.id)).filter((r) => r !== undefined)),
  ]
    .sort((a, b) => a - b)
    .map(roundName);
  const all = mapped.every((story) => mainRound.has(story.id));
  const where = rounds.length ? ` (${rounds.join(', ')})` : '';
  return all
    ? `every ${name} story is already a main${where}`
    : `every other ${name} story is already a main${where} or shares a project with a story ` +
        'told in this round';
}
