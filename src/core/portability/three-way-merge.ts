import { sameJson } from '../model/rules';
import type { Loop } from '../model/loop-schema';
import type { Bank, PrincipleSet, Settings, Story } from '../model/schema';
import { mergePractice } from './practice-merge';

/** What both sides changed differently: ours stays in the bank, theirs is offered instead. */
export interface MergeConflicts {
  stories: Story[];
  sets: PrincipleSet[];
  loops: Loop[];
  /** Their values of the settings both sides changed. */
  settings: Partial<Settings>;
  activeSetId: string | null;
}

export interface ThreeWayMerge {
  bank: Bank;
  /** How many stories, sets and settings came from their side. */
  fromTheirs: number;
  conflicts: MergeConflicts;
}

export const hasConflicts = (conflicts: MergeConflicts) =>
  conflicts.stories.length > 0 ||
  conflicts.sets.length > 0 ||
  conflicts.loops.length > 0 ||
  Object.keys(conflicts.settings).length > 0 ||
  conflicts.activeSetId !== null;

interface ListMerge<T> {
  items: T[];
  fromTheirs: number;
  conflicts: T[];
}

/** How a list treats items one side no longer has. */
interface ListRules<T> {
  /** Whether `base` (missing from their side) may be taken as deleted there. */
  deletable(base: T): boolean;
  /** Whether their version is older than the base: then it is a stale copy, not a change. */
  older(theirs: T, base: T): boolean;
}

/**
 * Merges two edits of one list of things with ids against the version both started from:
 * changed on one side only → that side; changed on both sides differently → ours, with theirs
 * reported; deleted on one side and unchanged on the other → deleted, where the rules allow;
 * deleted on one side but changed on the other → kept, since nothing anyone wrote may be lost.
 */
function mergeById<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  rules: ListRules<T>,
): ListMerge<T> {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const oursIds = new Set(ours.map((item) => item.id));
  const merged: ListMerge<T> = { items: [], fromTheirs: 0, conflicts: [] };

  for (const mine of ours) {
    const before = baseById.get(mine.id);
    const other = theirsById.get(mine.id);
    if (!other) {
      const deletedThere =
        before !== undefined && rules.deletable(before) && sameJson(mine, before);
      if (deletedThere) merged.fromTheirs++;
      else merged.items.push(mine);
      continue;
    }
    const changedHere = before === undefined || !sameJson(mine, before);
    const changedThere =
      before === undefined || (!sameJson(other, before) && !rules.older(other, before));
    if (!changedThere || sameJson(mine, other)) merged.items.push(mine);
    else if (!changedHere) {
      merged.items.push(other);
      merged.fromTheirs++;
    } else {
      merged.items.push(mine);
      merged.conflicts.push(other);
    }
  }
  for (const other of theirs) {
    if (oursIds.has(other.id)) continue;
    const before = baseById.get(other.id);
    if (before !== undefined && sameJson(other, before)) continue; // deleted here
    merged.items.push(other); // new there, or changed there after we deleted it
    merged.fromTheirs++;
  }
  return merged;
}

/*
 * Another program's file may be a stale copy rather than a newer edit (a sync client putting
 * back the version it had). So a story counts as deleted there only if it was in the Trash (the
 * only way Storybank deletes one), a story with an older edit time than ours is stale, and a
 * set is never deleted by a merge.
 */
const STORY_RULES: ListRules<Story> = {
  deletable: (story) => story.deletedAt !== null,
  older: (theirs, base) => Date.parse(theirs.updatedAt) < Date.parse(base.updatedAt),
};
const SET_RULES: ListRules<PrincipleSet> = { deletable: () => false, older: () => false };
const LOOP_RULES: ListRules<Loop> = {
  deletable: () => false,
  older: (theirs, base) => Date.parse(theirs.updatedAt) < Date.parse(base.updatedAt),
};

function mergeValue<T>(
  base: T | undefined,
  ours: T,
  theirs: T,
): { value: T; from: 'ours' | 'theirs' | 'both' } {
  if (sameJson(theirs, base) || sameJson(ours, theirs)) return { value: ours, from: 'ours' };
  if (sameJson(ours, base)) return { value: theirs, from: 'theirs' };
  return { value: ours, from: 'both' };
}

/**
 * Three-way merge of the bank: `base` is the version both sides started from (null when there
 * was no file), `ours` the bank in memory, `theirs` the file another program wrote.
 */
export function mergeThreeWay(base: Bank | null, ours: Bank, theirs: Bank): ThreeWayMerge {
  const stories = mergeById(base?.stories ?? [], ours.stories, theirs.stories, STORY_RULES);
  const sets = mergeById(
    base?.principleSets ?? [],
    ours.principleSets,
    theirs.principleSets,
    SET_RULES,
  );
  const loops = mergeById(base?.loops ?? [], ours.loops, theirs.loops, LOOP_RULES);
  const practice = mergePractice(
    base?.practice ?? [],
    ours.practice,
    theirs.practice,
    new Set(stories.items.map((story) => story.id)),
  );
  let fromTheirs = stories.fromTheirs + sets.fromTheirs + loops.fromTheirs + practice.fromTheirs;

  const settings = { ...ours.settings };
  const settingConflicts: Partial<Settings> = {};
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    const merged = mergeValue(base?.settings[key], ours.settings[key], theirs.settings[key]);
    (settings as Record<string, unknown>)[key] = merged.value;
    if (merged.from === 'theirs') fromTheirs++;
    if (merged.from === 'both') {
      (settingConflicts as Record<string, unknown>)[key] = theirs.settings[key];
    }
  }

  const active = mergeValue(base?.activeSetId, ours.activeSetId, theirs.activeSetId);
  if (active.from === 'theirs') fromTheirs++;

  return {
    bank: {
      ...ours,
      activeSetId: active.value,
      principleSets: sets.items,
      stories: stories.items,
      settings,
      loops: loops.items,
      practice: practice.entries,
    },
    fromTheirs,
    conflicts: {
      stories: stories.conflicts,
      sets: sets.conflicts,
      loops: loops.conflicts,
      settings: settingConflicts,
      activeSetId: active.from === 'both' ? theirs.activeSetId : null,
    },
  };
}

/** The bank with their side taken wherever both sides changed the same thing. */
export function takeTheirs(bank: Bank, conflicts: MergeConflicts): Bank {
  const stories = new Map(conflicts.stories.map((story) => [story.id, story]));
  const sets = new Map(conflicts.sets.map((set) => [set.id, set]));
  const loops = new Map(conflicts.loops.map((loop) => [loop.id, loop]));
  return {
    ...bank,
    activeSetId: conflicts.activeSetId ?? bank.activeSetId,
    principleSets: bank.principleSets.map((set) => sets.get(set.id) ?? set),
    stories: bank.stories.map((story) => stories.get(story.id) ?? story),
    loops: bank.loops.map((loop) => loops.get(loop.id) ?? loop),
    settings: { ...bank.settings, ...conflicts.settings },
  };
}
