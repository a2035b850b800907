import { describe, expect, it } from 'vitest';
import { emptyStoryContent } from '../../../src/core/model/bank';
import { DEFAULT_SETTINGS } from '../../../src/core/model/schema';
import {
  CHECK_IDS,
  estimateSpeakingSeconds,
  openChecks,
  runChecks,
} from '../../../src/core/quality';
import { goodStory, TODAY } from './fixtures';

describe('runChecks', () => {
  it('returns every check, passing ones too, in the order of CHECK_IDS', () => {
    const ids = runChecks(goodStory(), DEFAULT_SETTINGS, TODAY).map((result) => result.id);
    expect(ids).toEqual([...CHECK_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z]+(-[a-z]+)*$/.test(id))).toBe(true);
  });

  it('passes a complete story on every check', () => {
    const failed = runChecks(goodStory(), DEFAULT_SETTINGS, TODAY).filter((r) => !r.passed);
    expect(failed).toEqual([]);
  });

  it('does not throw on an empty story, and lists what to write', () => {
    const results = runChecks(emptyStoryContent('Untitled'), DEFAULT_SETTINGS, TODAY);
    expect(results.map((result) => result.id)).toEqual([...CHECK_IDS]);
    expect(openChecks(results).map((result) => result.id)).toEqual([
      'real-title',
      'headline-written',
      'situation-written',
      'task-written',
      'action-written',
      'result-written',
      'speaking-time',
      'principle-mapped',
      'has-date',
    ]);
  });

  it('gives every check a label, a severity and a one-sentence message', () => {
    const stories = [goodStory(), emptyStoryContent('Untitled')];
    for (const story of stories) {
      for (const result of runChecks(story, DEFAULT_SETTINGS, TODAY)) {
        expect(result.label).not.toBe('');
        expect(['problem', 'suggestion']).toContain(result.severity);
        expect(result.message).toMatch(/^[A-Z0-9“].*[.!?]$/);
        // One sentence: no full stop followed by a new sentence inside.
        expect(result.message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
      }
    }
  });

  it('marks a dismissed failure, and openChecks leaves it out', () => {
    const story = goodStory({ headline: '', dismissedChecks: ['headline-written'] });
    const results = runChecks(story, DEFAULT_SETTINGS, TODAY);
    const headline = results.find((result) => result.id === 'headline-written');
    expect(headline).toMatchObject({ passed: false, dismissed: true });
    expect(openChecks(results)).toEqual([]);
  });

  it('does not mark a passing check dismissed, even when its id was dismissed once', () => {
    const story = goodStory({ dismissedChecks: ['result-measurable', 'no-such-check'] });
    const results = runChecks(story, DEFAULT_SETTINGS, TODAY);
    expect(results.find((r) => r.id === 'result-measurable')).toMatchObject({
      passed: true,
      dismissed: false,
    });
    expect(results.some((result) => result.dismissed)).toBe(false);
  });

  it('keeps a dismissal to its own check', () => {
    const story = goodStory({ headline: '', action: '', dismissedChecks: ['headline-written'] });
    const open = openChecks(runChecks(story, DEFAULT_SETTINGS, TODAY));
    expect(open.map((result) => result.id)).toContain('action-written');
    expect(open.map((result) => result.id)).not.toContain('headline-written');
  });

  it('names the field each check points at', () => {
    const fields = Object.fromEntries(
      runChecks(goodStory(), DEFAULT_SETTINGS, TODAY).map((r) => [r.id, r.field]),
    );
    expect(fields).toMatchObject({
      'result-measurable': 'result',
      'i-not-we': 'action',
      'situation-written': 'situation',
      'speaking-time': null,
      'has-date': 'when',
      'failure-lesson': 'learnings',
    });
  });

  it('grades as documented: what breaks the story is a problem, craft is a suggestion', () => {
    const severity = Object.fromEntries(
      runChecks(goodStory(), DEFAULT_SETTINGS, TODAY).map((r) => [r.id, r.severity]),
    );
    const problems = Object.keys(severity).filter((id) => severity[id] === 'problem');
    expect(problems.sort()).toEqual(
      [
        'action-written',
        'failure-lesson',
        'i-not-we',
        'principle-mapped',
        'result-measurable',
        'result-written',
        'situation-written',
        'task-written',
      ].sort(),
    );
  });
});

describe('estimateSpeakingSeconds', () => {
  it('counts Situation, Task, Action and Result only, at the given rate', () => {
    const story = {
      ...emptyStoryContent('t'),
      headline: 'not spoken in the estimate',
      learnings: 'nor this',
      situation: 'one two three four five',
      task: 'six seven eight nine ten',
      action: 'eleven twelve thirteen fourteen fifteen',
      result: 'sixteen seventeen eighteen nineteen twenty',
    };
    expect(estimateSpeakingSeconds(story, 120)).toBe(10);
    expect(estimateSpeakingSeconds(story, 60)).toBe(20);
    expect(estimateSpeakingSeconds(emptyStoryContent('t'), 140)).toBe(0);
  });

  it('counts a contraction, a decimal and a hyphenated word once each', () => {
    const story = { ...emptyStoryContent('t'), action: 'I’m at $1.2M on a follow-up,\nthen' };
    // I’m · at · 1.2M · on · a · follow-up · then
    expect(estimateSpeakingSeconds(story, 60)).toBe(7);
  });
});
