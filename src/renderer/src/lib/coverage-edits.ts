import type { Story, Strength } from '../../../core/model/schema';
import { withMapping } from '../../../core/model/story-list';

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
 * (by core's own withMapping), so an answer never hides a later click.
 */
export function withPendingMappings(
  story: Story,
  pending: ReadonlyMap<string, Strength | null>,
): Story {
  if (pending.size === 0) return story;
  let principles = story.principles;
  for (const [principleId, strength] of pending) {
    principles = withMapping(principles, principleId, strength);
  }
  return { ...story, principles };
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
