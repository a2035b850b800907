import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  IdSchema,
  PrincipleSetSchema,
  SettingsValuesSchema,
  StorySchema,
  type Bank,
  type PrincipleSet,
  type Story,
} from './schema';
import { LoopSchema, type Loop } from './loop-schema';
import { MAX_LOOPS, MAX_PRACTICE_ENTRIES, MAX_SETS } from './limits';
import { PracticeEntrySchema, type PracticeEntry } from './practice-schema';
import { issueWords } from './issue-words';

/**
 * The rules a bank must keep beyond its shape, and the check every change passes before it is
 * saved. One set of rules for the reader and the writer: what the reader refuses, the writer
 * never writes.
 */

/** The first id that appears twice, or null. */
function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * The first key that appears twice in a short list (a story's follow-ups or mappings),
 * compared pairwise: the reader runs this for every story, so nothing is allocated.
 */
function firstRepeat<T>(items: readonly T[], key: (item: T) => string): string | null {
  for (let i = 1; i < items.length; i++) {
    const own = key(items[i]!);
    for (let j = 0; j < i; j++) if (key(items[j]!) === own) return own;
  }
  return null;
}

function setRuleProblem(set: PrincipleSet): string | null {
  const twice = firstDuplicate(set.principles.map((principle) => principle.id));
  return twice === null ? null : `the set “${set.name}” has two principles with the id "${twice}"`;
}

function storyRuleProblem(story: Story, principleIds: ReadonlySet<string>): string | null {
  const followUp = firstRepeat(story.followUps, (item) => item.id);
  if (followUp !== null) {
    return `the story “${story.title}” has two follow-ups with the id "${followUp}"`;
  }
  const mapped = firstRepeat(story.principles, (mapping) => mapping.principleId);
  if (mapped !== null) return `the story “${story.title}” maps the principle "${mapped}" twice`;
  const unknown = story.principles.find((mapping) => !principleIds.has(mapping.principleId));
  if (unknown) {
    return `the story “${story.title}” maps the principle "${unknown.principleId}", which no set holds`;
  }
  return null;
}

/** Every principle id of every set: a story may map only these. */
export function knownPrincipleIds(bank: Pick<Bank, 'principleSets'>): Set<string> {
  return new Set(bank.principleSets.flatMap((set) => set.principles.map((p) => p.id)));
}

/**
 * What makes a well-shaped bank inconsistent, in words; null when it is whole. Given `before`,
 * a bank that keeps every rule and that `bank` was made from, the rules of a part `bank` shares
 * with it (by identity) are not run again: the answer is the same, without a pass over a log
 * of thousands of rehearsals for every change.
 */
export function bankRuleProblem(bank: Bank, before?: Bank): string | null {
  if (!bank.principleSets.some((set) => set.id === bank.activeSetId)) {
    return `the active principle set "${bank.activeSetId}" is not in the bank`;
  }
  const setId = firstDuplicate(bank.principleSets.map((set) => set.id));
  if (setId !== null) return `two principle sets have the id "${setId}"`;
  for (const set of bank.principleSets) {
    const problem = setRuleProblem(set);
    if (problem) return problem;
  }
  if (!before || bank.stories !== before.stories || bank.principleSets !== before.principleSets) {
    const storyId = firstDuplicate(bank.stories.map((story) => story.id));
    if (storyId !== null) return `two stories have the id "${storyId}"`;
    const principleIds = knownPrincipleIds(bank);
    for (const story of bank.stories) {
      const problem = storyRuleProblem(story, principleIds);
      if (problem) return problem;
    }
  }
  if (!before || bank.loops !== before.loops) {
    const loopId = firstDuplicate(bank.loops.map((loop) => loop.id));
    if (loopId !== null) return `two loops have the id "${loopId}"`;
    for (const loop of bank.loops) {
      const problem = loopRuleProblem(loop);
      if (problem) return problem;
    }
  }
  return practiceRuleProblem(bank, before);
}

/** Items of a change checked one by one (parsed, or against the log) rather than with a set. */
const FEW_APPENDED = 32;

/** Each rehearsal once, and only of a story the bank holds (in the Trash counts). */
function practiceRuleProblem(bank: Bank, before?: Bank): string | null {
  if (before && storiesKept(before.stories, bank.stories)) {
    // The log before held no repeat and no stray, and every story it pointed at is still here.
    if (bank.practice === before.practice) return null;
    const added = appendedCount(before.practice, bank.practice);
    if (added !== null && added <= FEW_APPENDED) {
      return appendedPracticeProblem(bank, before.practice.length);
    }
  }
  const entryId = firstDuplicate(bank.practice.map((entry: PracticeEntry) => entry.id));
  if (entryId !== null) return `two rehearsals have the id "${entryId}"`;
  const storyIds = new Set(bank.stories.map((story) => story.id));
  const stray = bank.practice.find((entry) => !storyIds.has(entry.storyId));
  return stray ? strayWords(stray) : null;
}

const strayWords = (entry: PracticeEntry) =>
  `a rehearsal is of the story "${entry.storyId}", which the bank does not hold`;

/**
 * The practice rules for the entries from `from` on, when every entry before them keeps them:
 * the same answer as the whole check, in the same order (the first repeat, then the first stray).
 */
function appendedPracticeProblem(bank: Bank, from: number): string | null {
  const log = bank.practice;
  for (let i = from; i < log.length; i++) {
    const id = log[i]!.id;
    for (let j = 0; j < i; j++) if (log[j]!.id === id) return `two rehearsals have the id "${id}"`;
  }
  for (let i = from; i < log.length; i++) {
    const entry = log[i]!;
    if (!bank.stories.some((story) => story.id === entry.storyId)) return strayWords(entry);
  }
  return null;
}

/** How many items `after` adds at the end of `before`, the rest untouched; null otherwise. */
function appendedCount<T>(before: readonly T[], after: readonly T[]): number | null {
  if (after.length < before.length) return null;
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) return null;
  return after.length - before.length;
}

/** Whether every story `before` holds is still in `after`: what rehearsals may point at. */
function storiesKept(before: readonly Story[], after: readonly Story[]): boolean {
  if (after === before) return true;
  if (after.length >= before.length && before.every((story, i) => after[i]!.id === story.id)) {
    return true;
  }
  const ids = new Set(after.map((story) => story.id));
  return before.every((story) => ids.has(story.id));
}

function loopRuleProblem(loop: Loop): string | null {
  const roundId = firstRepeat(loop.rounds, (round) => round.id);
  if (roundId !== null) return `the loop “${loop.name}” has two rounds with the id "${roundId}"`;
  const roundIds = new Set(loop.rounds.map((round) => round.id));
  const stray = loop.pins.find((pin) => !roundIds.has(pin.roundId));
  if (stray) return `the loop “${loop.name}” pins a story in a round it does not have`;
  return null;
}

/**
 * Checks `after` (made from the whole bank `before` by one change) as the reader would check it,
 * parsing only what changed: unchanged parts are the very objects that passed before, and a
 * full parse of a large bank would cost more than saving it. The rules across fields run on
 * every part that changed, as a whole (a few rehearsals appended: on those, against the log).
 * Returns the problem in words, or null.
 */
export function changeProblem(before: Bank, after: Bank): string | null {
  if (after === before) return null;
  if (after.schemaVersion !== CURRENT_SCHEMA_VERSION) return 'the data format changed';
  if (after.activeSetId !== before.activeSetId) {
    const problem = shapeProblem(IdSchema, after.activeSetId, ['activeSetId']);
    if (problem) return problem;
  }
  if (after.settings !== before.settings) {
    const problem = shapeProblem(SettingsValuesSchema, after.settings, ['settings']);
    if (problem) return problem;
  }
  if (after.principleSets !== before.principleSets) {
    const count = after.principleSets.length;
    if (count > MAX_SETS) return `a bank holds at most ${MAX_SETS} principle sets`;
    if (count === 0) return 'the bank needs at least one principle set';
    const problem = changedItemsProblem(
      before.principleSets,
      after.principleSets,
      PrincipleSetSchema,
      'principleSets',
    );
    if (problem) return problem;
  }
  if (after.stories !== before.stories) {
    const problem = changedItemsProblem(before.stories, after.stories, StorySchema, 'stories');
    if (problem) return problem;
  }
  if (after.loops !== before.loops) {
    if (after.loops.length > MAX_LOOPS) return `a bank keeps at most ${MAX_LOOPS} loops`;
    const problem = changedItemsProblem(before.loops, after.loops, LoopSchema, 'loops');
    if (problem) return problem;
  }
  if (after.practice !== before.practice) {
    if (after.practice.length > MAX_PRACTICE_ENTRIES) {
      return `a bank keeps at most ${MAX_PRACTICE_ENTRIES.toLocaleString('en-US')} rehearsals`;
    }
    const problem = changedItemsProblem(
      before.practice,
      after.practice,
      PracticeEntrySchema,
      'practice',
    );
    if (problem) return problem;
  }
  return bankRuleProblem(after, before);
}

function changedItemsProblem<T>(
  before: readonly T[],
  after: readonly T[],
  schema: z.ZodType,
  key: string,
): string | null {
  // Most changes keep the items where they were (an edit, an append): those are compared in
  // place. The first few others are parsed; past them (a removal near the start moves all),
  // an item is first looked for among the old ones. Parsing an old item again is only slower.
  let unchanged: Set<T> | null = null;
  let moved = 0;
  for (let index = 0; index < after.length; index++) {
    const item = after[index]!;
    if (item === before[index]) continue;
    if (++moved > FEW_APPENDED) {
      unchanged ??= new Set(before);
      if (unchanged.has(item)) continue;
    }
    const problem = shapeProblem(schema, item, [key, index]);
    if (problem) return problem;
  }
  return null;
}

/**
 * The schema's verdict on one value, in words. A value the schema would read back differently
 * (untrimmed text, a stray field) is refused too: reopening the file must give the same bank.
 */
function shapeProblem(schema: z.ZodType, value: unknown, path: PropertyKey[]): string | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return issueWords({ ...issue, path: [...path, ...issue.path] });
  }
  if (!sameJson(parsed.data, value)) return `${String(path[0])} would not read back as written`;
  return null;
}

/** Deep equality of JSON-shaped values, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
