import { describe, expect, it } from 'vitest';
import { findHedges } from '../../../src/core/quality/hedging';
import { isPlaceholderTitle } from '../../../src/core/quality/structure';
import { check, goodStory } from './fixtures';

/** The checks a coach would sign: hedges, lessons wherever written, severity that matches. */

describe('no-hedges', () => {
  it('counts and quotes hedges and fillers, a problem from three', () => {
    const one = check(
      goodStory({ action: `${goodStory().action} I think it worked.` }),
      'no-hedges',
    );
    expect(one).toMatchObject({ passed: false, severity: 'suggestion', evidence: ['I think'] });
    expect(one.message).toBe(
      '1 hedge or filler (“I think”); say what you did and what happened without softening it.',
    );
    const many = check(
      goodStory({
        situation: 'It was kind of a mess, basically.',
        result: `${goodStory().result} Maybe a bit better, you know.`,
      }),
      'no-hedges',
    );
    expect(many).toMatchObject({ passed: false, severity: 'problem' });
    expect(many.evidence).toEqual(['kind of', 'basically', 'Maybe', 'you know']);
  });

  it('leaves quoted speech and the noun "kind" alone', () => {
    expect(findHedges('“Maybe we wait,” the VP said. I shipped a new kind of pricing.')).toEqual(
      [],
    );
    expect(findHedges('I asked the team to think about the sort of customer we lose.')).toEqual([]);
    expect(check(goodStory(), 'no-hedges')).toMatchObject({ passed: true });
  });
});

describe('failure stories', () => {
  const failed = goodStory({
    tags: ['failure'],
    result: 'Churn rose from 3% to 5%. What I learned: test pricing with one region first.',
  });

  it('find the lesson at the end of the Result, not only in Learnings', () => {
    expect(check(failed, 'failure-lesson')).toMatchObject({ passed: true, judged: true });
    expect(
      check({ ...failed, result: 'Churn rose from 3% to 5%.' }, 'failure-lesson'),
    ).toMatchObject({ passed: false, severity: 'problem' });
  });

  it('treat a story that owns a miss as a failure story, tagged or not', () => {
    const untagged = goodStory({
      action: `${goodStory().action} I missed the deadline by a week.`,
    });
    expect(check(untagged, 'failure-lesson')).toMatchObject({
      passed: false,
      evidence: ['I missed'],
    });
    expect(check(untagged, 'failure-tagged')).toMatchObject({
      passed: false,
      severity: 'suggestion',
    });
    expect(check(untagged, 'failure-tagged').message).toBe(
      'This reads as a failure story (“I missed”): tag it “failure”, so it counts as your failure story and is checked as one.',
    );
    const withLesson = { ...untagged, learnings: 'I now plan buffers into every launch.' };
    expect(check(withLesson, 'failure-lesson').passed).toBe(true);
    expect(check({ ...withLesson, tags: ['failure'] }, 'failure-tagged').passed).toBe(true);
  });

  it('leave a failure in the backdrop to the suggestion only', () => {
    const backdrop = goodStory({ situation: 'The previous launch failed and customers left.' });
    expect(check(backdrop, 'failure-lesson')).toMatchObject({ passed: true, judged: false });
    expect(check(backdrop, 'failure-tagged')).toMatchObject({
      passed: false,
      severity: 'suggestion',
    });
    expect(check(goodStory(), 'failure-tagged')).toMatchObject({ passed: true, judged: false });
  });
});

describe('severity that matches the harm', () => {
  it('calls a ready story without a headline a problem, a draft one a suggestion', () => {
    expect(check(goodStory({ headline: '', status: 'ready' }), 'headline-written')).toMatchObject({
      passed: false,
      severity: 'problem',
    });
    expect(check(goodStory({ headline: '', status: 'draft' }), 'headline-written')).toMatchObject({
      passed: false,
      severity: 'suggestion',
    });
  });

  it('calls a story over five years old a problem, and a little over three a suggestion', () => {
    // Today is March 2026 in the fixtures.
    expect(check(goodStory({ when: '2022-06' }), 'recent').severity).toBe('suggestion');
    expect(check(goodStory({ when: '2020-06' }), 'recent')).toMatchObject({
      passed: false,
      severity: 'problem',
    });
    expect(check(goodStory({ when: null }), 'recent')).toMatchObject({
      passed: true,
      judged: false,
      message: 'Not judged yet: add when it happened.',
    });
  });

  it('calls "we" as often as "I" a problem, and a little short of the ratio a suggestion', () => {
    const voice = (action: string) => check(goodStory({ action }), 'i-not-we');
    expect(voice('We planned it, we built it and I reviewed it.')).toMatchObject({
      passed: false,
      severity: 'problem',
    });
    expect(
      voice('I planned it, I built it, I shipped it, and we celebrated and we rested.'),
    ).toMatchObject({
      passed: false,
      severity: 'suggestion',
    });
  });
});

describe('real-title', () => {
  it.each([
    'Untitled story',
    'Story 7',
    'New story',
    'draft',
    'TBD',
    'Draft 2',
    'Story #3',
    'untitled (copy)',
  ])('knows a placeholder: %s', (title) => expect(isPlaceholderTitle(title)).toBe(true));

  it.each([
    'Rescued the partner launch',
    'Story time with the CFO',
    'Star story',
    'Ownership',
    'A draft law',
  ])('leaves a real title alone: %s', (title) => expect(isPlaceholderTitle(title)).toBe(false));

  it('is a problem on a ready story, a suggestion on a draft, and points at the title', () => {
    expect(check(goodStory({ title: 'Story 7', status: 'ready' }), 'real-title')).toMatchObject({
      passed: false,
      severity: 'problem',
      field: 'title',
    });
    expect(check(goodStory({ title: 'New story' }), 'real-title').severity).toBe('suggestion');
  });
});
