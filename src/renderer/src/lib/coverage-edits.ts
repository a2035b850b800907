import type { Bank, Story, Strength } from '../../../core/model/schema';

/** Pure edits behind the Coverage view's controls; the hooks send them to the bank. */

/** A cell cycles nothing → primary → secondary → nothing, one click or Space at a time. */
export function nextStrength(current: Strength | null): Strength | null {
  if (current === null) return 'primary';
  return current === 'primary' ? 'secondary' : null;
}

export function strengthOf(story: Story, principleId: string): Strength | null {
  return story.principles.find((m) => m.principleId === principleId)?.strength ?? null;
}

/**
 * A story as the bank answered it, with the mappings still on their way laid over it
 * (same rule as core's setMapping), so an answer never hides a later click.
 */
export function withPendingMappings(
  story: Story,
  pending: ReadonlyMap<string, Strength | null>,
): Story {
  if (pending.size === 0) return story;
  let principles = story.principles;
  for (const [principleId, strength] of pending) {
    const rest = principles.filter((m) => m.principleId !== principleId);
    principles = strength ? [...rest, { principleId, strength }] : rest;
  }
  return { ...story, principles };
}

/**
 * How many stories lose their mapping when a principle leaves a set: none while another set
 * still has a principle with that id (copies share ids), else every story mapping it,
 * trashed ones included, as removePrinciple in core does.
 */
export function storiesLosing(
  bank: Pick<Bank, 'principleSets' | 'stories'>,
  setId: string,
  principleId: string,
): number {
  const elsewhere = bank.principleSets.some(
    (set) => set.id !== setId && set.principles.some((p) => p.id === principleId),
  );
  if (elsewhere) return 0;
  return bank.stories.filter((story) => story.principles.some((m) => m.principleId === principleId))
    .length;
}

/** The ids with one moved a step up (-1) or down (+1); unchanged at either end. */
export function movedOrder(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}
