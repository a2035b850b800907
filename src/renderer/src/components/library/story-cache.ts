import type { Story } from '../../../../core/model/schema';

/**
 * Remembers `compute(story)` per story object. The bank replaces a story's object when it
 * changes and keeps the others, so after one edit only that story is computed again.
 */
export function perStory<T>(compute: (story: Story) => T): (story: Story) => T {
  const cache = new WeakMap<Story, T>();
  return (story) => {
    if (cache.has(story)) return cache.get(story) as T;
    const value = compute(story);
    cache.set(story, value);
    return value;
  };
}

const remembered = new Map<string, { inputs: readonly unknown[]; of: (story: Story) => unknown }>();

/**
 * A perStory cache that outlives the library: leaving Stories and coming back finds its rows'
 * checks and search text already worked out, as long as `inputs` (compared by identity) are
 * the same. One cache per `slot`; new inputs replace it.
 */
export function rememberedPerStory<T>(
  slot: string,
  inputs: readonly unknown[],
  compute: (story: Story) => T,
): (story: Story) => T {
  const kept = remembered.get(slot);
  if (
    kept &&
    kept.inputs.length === inputs.length &&
    kept.inputs.every((v, i) => v === inputs[i])
  ) {
    return kept.of as (story: Story) => T;
  }
  const of = perStory(compute);
  remembered.set(slot, { inputs, of });
  return of;
}
