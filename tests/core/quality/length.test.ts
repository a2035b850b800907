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

  it('asks to cut a long story; far too long is a problem', () => {
    // 467 words at 140 wpm = 200 s: past 3 min, a suggestion.
    const long = check(sized(50, 40, 327, 50), 'speaking-time');
    expect(long).toMatchObject({ passed: false, severity: 'suggestion' });
    expect(long.message).toBe('About 3 min 20 s spoken; cut to under 3 min.');
    // 584 words at 140 wpm = 250 s: past 4 min, an interviewer cuts in.
    const far = check(sized(60, 40, 434, 50), 'speaking-time');
    expect(far).toMatchObject({ passed: false, severity: 'problem' });
    expect(far.message).toBe(
      'About 4 min 10 s spoken: an interviewer will cut in long before the end; cut to under 3 min.',
    );
  });

  it('asks to add to a short story; far too short is a problem', () => {
    // 175 words = 75 s: short of 1 min 30 s, a suggestion.
    const short = check(sized(20, 15, 120, 20), 'speaking-time');
    expect(short).toMatchObject({ passed: false, severity: 'suggestion' });
    expect(short.message).toBe('About 1 min 15 s spoken; add detail to reach at least 1 min 30 s.');
    const far = check(sized(10, 10, 50, 10), 'speaking-time');
    expect(far).toMatchObject({ passed: false, severity: 'problem' });
    expect(far.message).toBe(
      'About 34 s spoken: too thin to carry a story; add what you did and what changed, to reach 1 min 30 s.',
    );
  });

  it('allows a few seconds either side of the window', () => {
    // 205 words = 88 s against a 90 s minimum; 430 words = 184 s against 180 s.
    expect(check(sized(20, 15, 150, 20), 'speaking-time').passed).toBe(true);
    expect(check(sized(40, 30, 320, 40), 'speaking-time').passed).toBe(true);
    expect(check(sized(20, 15, 140, 20), 'speaking-time').passed).toBe(false);
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

  it('flag a short Action as a suggestion, and one under a quarter as a problem', () => {
    const short = check(sized(50, 30, 70, 50), 'action-share'); // 35% of 200 words
    expect(short).toMatchObject({ passed: false, field: 'action', severity: 'suggestion' });
    expect(short.message).toBe(
      'The Action is 35% of the story; give it more room (aim for at least 40%).',
    );
    const thin = check(sized(70, 50, 40, 40), 'action-share'); // 20%
    expect(thin).toMatchObject({ passed: false, severity: 'problem' });
    expect(thin.message).toBe(
      'The Action is only 20% of the story, so the interviewer hears the setting, not what you did; make it the bulk (at least 40%).',
    );
    // Reported once: the long set-up is the same gap.
    expect(check(sized(70, 50, 40, 40), 'context-share').passed).toBe(true);
  });

  it('flag a long set-up only when it squeezes an Action that is not yet the bulk', () => {
    const squeezed = check(sized(60, 30, 90, 20), 'context-share'); // context 45%, Action 45%
    expect(squeezed).toMatchObject({ passed: false, field: 'situation', severity: 'suggestion' });
    expect(squeezed.message).toBe(
      'Situation and Task are 45% of the story; trim them to at most 35% so the Action has room.',
    );
    // Context 40%, but the Action is 55%: it has room.
    expect(check(sized(50, 30, 110, 10), 'context-share')).toMatchObject({
      passed: true,
      message: 'Situation and Task are 40% of the story, but the Action still has room (55%).',
    });
  });

  it('allow a few points either side of the thresholds', () => {
    // 74 of 200 words is 37%, within 3 points of 40%; 72 is 36%, and 70 is 35%.
    expect(check(sized(40, 40, 74, 46), 'action-share').passed).toBe(true);
    expect(check(sized(40, 40, 70, 50), 'action-share').passed).toBe(false);
  });

  it('follow the thresholds in settings', () => {
    const story = sized(20, 20, 100, 20);
    expect(check(story, 'action-share', { minActionPercent: 70 }).passed).toBe(false);
    const squeezed = sized(60, 30, 90, 20);
    expect(check(squeezed, 'context-share', { maxContextPercent: 50 }).passed).toBe(true);
  });

  it('do not judge the balance under 100 words, and say why', () => {
    // 73 words whose Action is 51%: too few to weigh shares.
    const story = sized(20, 10, 37, 6);
    for (const id of ['action-share', 'context-share']) {
      const outcome = check(story, id);
      expect(outcome).toMatchObject({ passed: true, judged: false });
      expect(outcome.message).toBe(
        'Not judged yet: the balance means something from 100 words (73 words so far).',
      );
    }
    expect(check(sized(50, 30, 10, 10), 'action-share').passed).toBe(false);
  });
});
