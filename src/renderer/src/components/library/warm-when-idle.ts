import type { Story } from '../../../../core/model/schema';

/** Long enough to be worth a callback, short enough to leave a frame for the person. */
const SLICE_MS = 4;

/**
 * Calls each of `computes` for every story, the first for all before the second, in slices
 * while the page is idle: perStory caches fill up before the person needs them. Returns a
 * stop function.
 */
export function warmWhenIdle(
  stories: readonly Story[],
  ...computes: ((story: Story) => unknown)[]
): () => void {
  const total = stories.length * computes.length;
  let next = 0;
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    while (next < total && performance.now() < until) {
      const compute = computes[Math.floor(next / stories.length)]!;
      compute(stories[next % stories.length]!);
      next++;
    }
    if (next < total) handle = requestIdleCallback(slice);
  };
  handle = requestIdleCallback(slice);
  return () => cancelIdleCallback(handle);
}
