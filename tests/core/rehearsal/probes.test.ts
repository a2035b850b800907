import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Story } from '../../../src/core/model/schema';
import { drillQuestions } from '../../../src/core/rehearsal/probes';
import { testStory } from '../../story-factory';

const today = new Date('2026-03-01T10:00:00Z');
const PERSONALLY = 'What did you personally do?';
const MEASURABLE = 'What was the measurable result?';
const DIFFERENTLY = 'What would you do differently?';

/** A story the checks find nothing to dig into: "I", a number, recent, short. */
const sound = (overrides: Partial<Story> = {}) =>
  testStory('Release checklist', {
    situation: 'Releases kept failing on Fridays.',
    task: 'I owned the release process.',
    action: 'I rewrote the checklist and I ran every release review myself.',
    result: 'Failed releases fell by 40% in a quarter.',
    when: '2025-06',
    ...overrides,
  });

const drill = (story: Story) => drillQuestions(story, DEFAULT_SETTINGS, today);
const asked = (story: Story) => drill(story).map((item) => item.question);

describe('the follow-up drill', () => {
  it('asks what the person did when the Action says “we” more than “I”', () => {
    const questions = drill(sound({ action: 'We rewrote the checklist and we ran the reviews.' }));
    expect(questions[0]).toEqual({
      question: PERSONALLY,
      answer: null,
      because: expect.stringContaining('“we”'),
    });
    expect(asked(sound())).not.toContain(PERSONALLY);
  });

  it('asks for the measurable result when the Result has no number', () => {
    const questions = asked(sound({ result: 'The team was much happier with releases.' }));
    expect(questions[0]).toBe(MEASURABLE);
    expect(asked(sound())).not.toContain(MEASURABLE);
  });

  it('asks what they would do differently of a story tagged failure, with its lesson', () => {
    const failure = sound({ tags: ['Failure '], learnings: 'Test the rollback first.' });
    expect(drill(failure)[0]).toEqual({
      question: DIFFERENTLY,
      answer: 'Test the rollback first.',
      because: expect.stringContaining('failure story'),
    });
    expect(drill(sound({ tags: ['mistake'], learnings: '  ' }))[0]!.answer).toBeNull();
    expect(asked(sound({ tags: ['launch'] }))).not.toContain(DIFFERENTLY);
  });

  it('asks for a more recent example of a story older than the window', () => {
    const old = asked(sound({ when: '2015-01' }));
    expect(old[0]).toBe('Do you have a more recent example?');
  });

  it('puts the story’s own follow-ups first, with the answers written for them', () => {
    const story = sound({
      action: 'We rewrote the checklist.',
      followUps: [
        { id: 'f1', question: 'Why not buy a tool?', answer: ' It cost too much. ' },
        { id: 'f2', question: '   ', answer: 'An answer without its question.' },
        { id: 'f3', question: 'Who signed it off?', answer: '' },
      ],
    });
    expect(drill(story)).toEqual([
      { question: 'Why not buy a tool?', answer: 'It cost too much.', because: null },
      { question: 'Who signed it off?', answer: null, because: null },
      { question: PERSONALLY, answer: null, because: expect.any(String) },
    ]);
  });

  it('adds general probes only to reach two questions', () => {
    const clean = drill(sound());
    expect(clean).toHaveLength(2);
    expect(clean.every((item) => item.because === 'Asked of almost every story.')).toBe(true);
    expect(new Set(clean.map((item) => item.question)).size).toBe(2);

    const oneProbe = asked(sound({ result: 'Everyone liked it.' }));
    expect(oneProbe).toEqual([MEASURABLE, clean[0]!.question]);

    const twoProbes = asked(sound({ result: 'Everyone liked it.', action: 'We shipped it.' }));
    expect(twoProbes).toEqual([PERSONALLY, MEASURABLE]);
  });

  it('leaves out a probe whose check the person dismissed', () => {
    const dismissed = sound({ action: 'We shipped it.', dismissedChecks: ['i-not-we'] });
    expect(asked(dismissed)).not.toContain(PERSONALLY);
    expect(asked(dismissed)).toHaveLength(2);
  });
});
