import { copyOf } from '../model/copy';
import { StorybankError } from '../errors';
import { MAX_MAPPINGS_PER_STORY, MAX_SET_NAME_CHARS } from '../model/limits';
import { knownPrincipleIds } from '../model/rules';
import { withMapping } from '../model/story-list';
import type { Bank, Principle, PrincipleSet, Story, Strength } from '../model/schema';
import { amazonPrincipleSet } from './amazon-set';
import { AMAZON_SET_ID } from './amazon-seed';

/** Pure edits of the principle sets in a bank; handlers run them inside store.update. */

export function findSet(bank: Bank, setId: string): PrincipleSet {
  const set = bank.principleSets.find((candidate) => candidate.id === setId);
  if (!set) throw new StorybankError('not-found', 'That principle set is no longer in the bank.');
  return set;
}

export function findPrinciple(set: PrincipleSet, principleId: string): Principle {
  const principle = set.principles.find((candidate) => candidate.id === principleId);
  if (!principle) {
    throw new StorybankError('not-found', `That principle is no longer in “${set.name}”.`);
  }
  return principle;
}

export function activeSet(bank: Bank): PrincipleSet {
  return findSet(bank, bank.activeSetId);
}

/**
 * A name not yet taken by another set: "Amazon", "Amazon (2)"… The name is shortened to make
 * room for the number, so it stays within the limit.
 */
export function freeName(bank: Bank, wanted: string): string {
  const taken = new Set(bank.principleSets.map((set) => set.name.toLowerCase()));
  const fits = (name: string) => name.slice(0, MAX_SET_NAME_CHARS).trimEnd();
  if (!taken.has(fits(wanted).toLowerCase())) return fits(wanted);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SET_NAME_CHARS - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Stories that map a principle (in the bank, trashed ones too, since restoring brings them back). */
export function storiesUsing(bank: Pick<Bank, 'stories'>, principleId: string): Story[] {
  return bank.stories.filter((story) =>
    story.principles.some((m) => m.principleId === principleId),
  );
}

/**
 * A copy keeps the principle ids, so stories mapped in one set stay mapped in its copy;
 * that is what a person wants from "start from Amazon's list and adapt it".
 */
export function copyOfSet(source: PrincipleSet | null, id: string, name: string): PrincipleSet {
  return {
    id,
    name,
    builtIn: false,
    principles: source ? copyOf(source.principles) : [],
  };
}

/**
 * The stories that lose their mapping when a principle leaves a set: none while another set
 * still has a principle with that id (copies share ids), else every story mapping it, trashed
 * ones too (restoring brings them back). Said before the edit, and done by it.
 */
export function storiesLosing(
  bank: Pick<Bank, 'principleSets' | 'stories'>,
  setId: string,
  principleId: string,
): Story[] {
  const elsewhere = bank.principleSets.some(
    (set) => set.id !== setId && set.principles.some((p) => p.id === principleId),
  );
  return elsewhere ? [] : storiesUsing(bank, principleId);
}

/** Removes a principle, and its mappings from the stories `storiesLosing` names. */
export function removePrinciple(bank: Bank, set: PrincipleSet, principleId: string): Story[] {
  findPrinciple(set, principleId);
  const affected = storiesLosing(bank, set.id, principleId);
  set.principles = set.principles.filter((principle) => principle.id !== principleId);
  for (const story of affected) {
    story.principles = story.principles.filter((m) => m.principleId !== principleId);
  }
  return affected;
}

export function reorderPrinciples(set: PrincipleSet, order: readonly string[]): void {
  const byId = new Map(set.principles.map((principle) => [principle.id, principle]));
  const same =
    order.length === set.principles.length &&
    new Set(order).size === order.length &&
    order.every((id) => byId.has(id));
  if (!same) {
    throw new StorybankError(
      'invalid-input',
      'The new order must name every principle of the set once. Reload and try again.',
    );
  }
  set.principles = order.map((id) => byId.get(id)!);
}

/** Brings the built-in set back to its shipped text; principles added to it are kept at the end. */
export function restoreBuiltIn(set: PrincipleSet): void {
  if (set.id !== AMAZON_SET_ID) {
    throw new StorybankError('invalid-input', 'Only the built-in Amazon set can be restored.');
  }
  const original = amazonPrincipleSet();
  const originalIds = new Set(original.principles.map((principle) => principle.id));
  set.name = original.name;
  set.builtIn = true;
  set.principles = [
    ...original.principles,
    ...set.principles.filter((principle) => !originalIds.has(principle.id)),
  ];
}

/**
 * Sets one story's mapping to a principle; null removes it. Only principles a set holds can be
 * mapped, and a story maps at most MAX_MAPPINGS_PER_STORY of them.
 */
export function setMapping(
  bank: Bank,
  story: Story,
  principleId: string,
  strength: Strength | null,
): void {
  const next = withMapping(story.principles, principleId, strength);
  if (strength && !knownPrincipleIds(bank).has(principleId)) {
    throw new StorybankError(
      'not-found',
      'That principle is no longer in any set. Reload and try again.',
    );
  }
  if (next.length > MAX_MAPPINGS_PER_STORY) {
    throw new StorybankError(
      'invalid-input',
      `A story maps to at most ${MAX_MAPPINGS_PER_STORY} principles. Remove one first.`,
    );
  }
  story.principles = next;
}

/**
 * The stories that lose mappings when a set is deleted: those mapping one of its principles
 * that no other set holds (copies share ids, so a copy keeps them mapped).
 */
export function storiesLosingSet(
  bank: Pick<Bank, 'principleSets' | 'stories'>,
  setId: string,
): Story[] {
  const others = knownPrincipleIds({
    principleSets: bank.principleSets.filter((set) => set.id !== setId),
  });
  return bank.stories.filter((story) => story.principles.some((m) => !others.has(m.principleId)));
}

/** Deletes a set, and the mappings `storiesLosingSet` names; returns those stories. */
export function deleteSet(bank: Bank, set: PrincipleSet): Story[] {
  const affected = storiesLosingSet(bank, set.id);
  bank.principleSets = bank.principleSets.filter((candidate) => candidate.id !== set.id);
  const known = knownPrincipleIds(bank);
  for (const story of affected) {
    story.principles = story.principles.filter((m) => known.has(m.principleId));
  }
  return affected;
}
