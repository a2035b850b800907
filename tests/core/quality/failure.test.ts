import { describe, expect, it } from 'vitest';
import { check, goodStory } from './fixtures';

const lesson = (tags: string[], learnings = '') =>
  check(goodStory({ tags, learnings }), 'failure-lesson');

describe('failure-lesson', () => {
  it.each([['failure'], ['Failed'], [' MISTAKE '], ['launch', 'Failure']])(
    'fails a failure story (tags %j) with no lesson',
    (...tags) => {
      const outcome = lesson(tags);
      expect(outcome).toMatchObject({ passed: false, field: 'learnings', severity: 'problem' });
      expect(outcome.message).toBe(
        'This is a failure story; write what you learned and what you now do differently.',
      );
    },
  );

  it('passes a failure story with a lesson', () => {
    expect(lesson(['failure'], 'I now test pricing with a cohort first.').passed).toBe(true);
    expect(lesson(['failure'], '  \n ').passed).toBe(false);
  });

  it('does not ask other stories for a lesson', () => {
    expect(lesson([]).passed).toBe(true);
    expect(lesson(['launch', 'failures-avoided', 'unfailed']).passed).toBe(true);
  });
});
