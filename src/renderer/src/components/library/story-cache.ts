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
