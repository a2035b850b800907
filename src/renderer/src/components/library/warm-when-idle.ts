import type { Story } from '../../../../core/model/schema';

/** Long enough to be worth a callback, short enough to leave a frame for the person. */
const SLICE_MS = 4;

/**
 * Calls `compute` for every story (a perStory cache fills up) in slices while the page is
 * idle, so the work is done before the person needs it. Returns a stop function.
 */
export function warmWhenIdle(stories: readonly Story[], compute: (story: Story) => unknown) {
  let next = 0;
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    while (next < stories.length && performance.now() < until) compute(stories[next++]!);
    if (next < stories.length) handle = requestIdleCallback(slice);
  };
  handle = requestIdleCallback(slice);
  return () => cancelIdleCallback(handle);
}
