import { describe, expect, it } from 'vitest';
import { rememberedPerStory } from '../../src/renderer/src/components/library/story-cache';
import { testStory } from '../story-factory';

describe('the library’s per-story caches', () => {
  it('outlive the library while their inputs are the same objects, and start over when not', () => {
    const settings = { a: 1 };
    let computed = 0;
    const compute = () => ++computed;
    const story = testStory('Billing migration');

    const first = rememberedPerStory('test-slot', [settings, 'day 1'], compute);
    expect(first(story)).toBe(1);
    // Leaving Stories and coming back: the same inputs find the same cache.
    const again = rememberedPerStory('test-slot', [settings, 'day 1'], compute);
    expect(again).toBe(first);
    expect(again(story)).toBe(1);
    // An edit replaces the story's object: only it is worked out again.
    expect(again({ ...story })).toBe(2);
    // New settings, or a new day, start a new cache.
    expect(rememberedPerStory('test-slot', [{ a: 1 }, 'day 1'], compute)(story)).toBe(3);
    expect(rememberedPerStory('test-slot', [settings, 'day 2'], compute)(story)).toBe(4);
  });
});
