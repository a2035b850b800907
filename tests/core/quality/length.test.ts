import { describe, expect, it } from 'vitest';
import { emptyStoryContent } from '../../../src/core/model/bank';
import { formatDuration } from '../../../src/core/quality';
import { check, filler, goodStory } from './fixtures';

/** A story of exactly `s + t + a + r` words, all of them fillers. */
const sized = (s: number, t: number, a: number, r: number) =>
  goodStory({
    situation: filler(s),
    task: filler(t),
    action: `I ${filler(a - 1)}`,
    result: `By 40 ${filler(r - 2)}`,
  });

describe('formatDuration', () => {
  it('says durations as a person would', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(90)).toBe('1 min 30 s');
    expect(formatDuration(180)).toBe('3 min');
    expect(formatDuration(250.4)).toBe('4 min 10 s');
  });
});

describe('speaking-time', () => {
  it('passes a story inside the window and says how long it is', () => {
    // 280 words at 140 wpm = 2 min.
    const outcome = check(sized(40, 30, 170, 40), 'speaking-time');
    expect(outcome).toMatchObject({ passed: true, severity: 'suggestion', field: null });
    expect(outcome.message).toBe('About 2 min spoken, within your 1 min 30 s to 3 min.');
  });

  it('asks to cut a long story, with the estimate in minutes and seconds', () => {
    // 584 words at 140 wpm = 250 s.
    const outcome = check(sized(60, 40, 434, 50), 'speaking-time');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe('About 4 min 10 s spoken; cut to under 3 min.');
  });

  it('asks to add to a short story', () => {
    const outcome = check(sized(10, 10, 50, 10), 'speaking-time');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe('About 34 s spoken; add detail to reach at least 1 min 30 s.');
  });

  it('fails an empty story as too short', () => {
    const outcome = check(emptyStoryContent('t'), 'speaking-time');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe('Nothing written yet; aim for 1 min 30 s to 3 min spoken.');
  });

  it('follows the speaking rate and window in settings', () => {
    const story = sized(40, 30, 170, 40); // 280 words
    expect(check(story, 'speaking-time', { speakingRateWpm: 100 }).message).toBe(
      'About 2 min 48 s spoken, within your 1 min 30 s to 3 min.',
    );
    expect(check(story, 'speaking-time', { speakingRateWpm: 80 }).passed).toBe(false);
    expect(check(story, 'speaking-time', { maxSpeakingSeconds: 100 }).message).toBe(
      'About 2 min spoken; cut to under 1 min 40 s.',
    );
  });
});

describe('action-share and context-share', () => {
  it('pass a story whose Action is the bulk', () => {
    const story = sized(20, 20, 100, 20);
    expect(check(story, 'action-share').message).toBe(
      'The Action is 63% of the story, the bulk of it.',
    );
    expect(check(story, 'context-share').message).toBe(
      'Situation and Task are 25% of the story: brief enough.',
    );
  });

  it('flag a thin Action and a long set-up', () => {
    const story = sized(60, 40, 50, 50); // 200 words
    const action = check(story, 'action-share');
    expect(action).toMatchObject({ passed: false, field: 'action', severity: 'suggestion' });
    expect(action.message).toBe(
      'The Action is 25% of the story; give it more room (aim for at least 40%).',
    );
    const context = check(story, 'context-share');
    expect(context).toMatchObject({ passed: false, field: 'situation' });
    expect(context.message).toBe(
      'Situation and Task are 50% of the story; trim them to at most 35% so the Action has room.',
    );
  });

  it('compare the percentage as shown, so "40%" meets "at least 40%"', () => {
    // 79 of 200 words is 39.5%, shown and judged as 40%.
    expect(check(sized(30, 30, 79, 61), 'action-share').passed).toBe(true);
    expect(check(sized(30, 30, 78, 62), 'action-share').passed).toBe(false);
  });

  it('follow the thresholds in settings', () => {
    const story = sized(20, 20, 100, 20);
    expect(check(story, 'action-share', { minActionPercent: 70 }).passed).toBe(false);
    expect(check(story, 'context-share', { maxContextPercent: 20 }).passed).toBe(false);
  });

  it('do not judge a story under 60 words, and say why', () => {
    const story = sized(20, 20, 5, 10); // 55 words, most of it set-up
    for (const id of ['action-share', 'context-share']) {
      const outcome = check(story, id);
      expect(outcome.passed).toBe(true);
      expect(outcome.message).toBe(
        'Too short to judge the balance yet: 55 words of the 60 needed.',
      );
    }
    expect(check(sized(20, 20, 10, 10), 'action-share').passed).toBe(false);
  });
});
