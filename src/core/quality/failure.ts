import type { StoryContent } from '../model/schema';
import type { Check } from './types';
import { isBlank } from './text';

/*
 * A failure story is told for its lesson: interviewers always ask what the candidate learned
 * and does differently now. Without one the story hurts more than it helps, so this is a
 * problem, not a suggestion.
 */

/** Tags that mark a failure story, compared trimmed and case-insensitively. */
const FAILURE_TAGS = new Set(['failure', 'failures', 'failed', 'mistake', 'mistakes']);

/** Tagged as a failure story: told for its lesson. */
export const isFailureStory = (story: Pick<StoryContent, 'tags'>): boolean =>
  story.tags.some((tag) => FAILURE_TAGS.has(tag.trim().toLowerCase()));

export const failureLesson: Check = {
  id: 'failure-lesson',
  label: 'Failure has a lesson',
  severity: 'problem',
  field: 'learnings',
  run({ story }) {
    if (!isFailureStory(story)) {
      return { passed: true, message: 'Not tagged as a failure story, so no lesson is needed.' };
    }
    if (isBlank(story.learnings)) {
      return {
        passed: false,
        message: 'This is a failure story; write what you learned and what you now do differently.',
      };
    }
    return { passed: true, message: 'The failure story says what you learned.' };
  },
};
