import type { StoryContent } from '../model/schema';
import type { Check } from './types';
import { isBlank } from './text';

/*
 * A failure story is told for its lesson: interviewers always ask what the candidate learned
 * and does differently now. Without one the story hurts more than it helps, so this is a
 * problem, not a suggestion. The lesson counts wherever it is written: in Learnings, or at the
 * end of the Result ("What I learned…", "Since then I…"). A story that says plainly that the
 * candidate got it wrong is a failure story whether or not it is tagged.
 */

/** Tags that mark a failure story, compared trimmed and case-insensitively. */
const FAILURE_TAGS = new Set(['failure', 'failures', 'failed', 'mistake', 'mistakes']);

/** Tagged as a failure story: told for its lesson. */
export const isFailureStory = (story: Pick<StoryContent, 'tags'>): boolean =>
  story.tags.some((tag) => FAILURE_TAGS.has(tag.trim().toLowerCase()));

const phrases = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The candidate owning a miss: a failure story in their own words. */
const OWN_FAILURE = phrases([
  'i\\s+(?:had\\s+)?(?:missed|failed|misjudged|underestimated|overlooked|overpromised|mis-?read|messed\\s+up|got\\s+it\\s+wrong|dropped\\s+the\\s+ball|blew)',
  'i\\s+was\\s+wrong',
  'my\\s+(?:mistake|fault|error|failure|misjudg(?:e)?ment|blind\\s+spot)',
  'the\\s+mistake\\s+i\\s+made',
  'i\\s+made\\s+(?:a|the|one)\\s+(?:\\w+\\s+)?(?:mistake|error|call\\s+that\\s+was\\s+wrong)',
  'i\\s+(?:didn[\\x27\\u2019]t|did\\s+not)\\s+(?:deliver|hit|meet|catch|see|notice|check|test)',
]);
/** Something failing, not yet said to be the candidate's own doing. */
const FAILURE = phrases([
  '(?:it|the\\s+\\w+|we|launch|project|pilot|experiment|release)\\s+failed',
  'was\\s+a\\s+failure',
  '(?:didn[\\x27\\u2019]t|did\\s+not)\\s+work',
  'fell\\s+(?:short|flat|apart)',
  'went\\s+wrong',
  'we\\s+missed',
]);
/** A lesson, wherever it is written. */
const LESSON = phrases([
  'i\\s+(?:have\\s+)?learn(?:ed|t)',
  'what\\s+i\\s+learn(?:ed|t)',
  'lessons?',
  'taught\\s+me',
  'since\\s+then',
  'ever\\s+since',
  'from\\s+then\\s+on',
  'these\\s+days\\s+i',
  'now\\s+i',
  'i\\s+now',
  'i[\\x27\\u2019]ve\\s+since',
  'i\\s+have\\s+since',
  'next\\s+time',
  'going\\s+forward',
  'i\\s+would\\s+(?:now\\s+)?(?:do|have)',
  'i[\\x27\\u2019]d\\s+(?:now\\s+)?(?:do|have)',
  '(?:do|did)\\s+differently',
  'today\\s+i\\s+always',
  'i\\s+always\\s+now',
]);

const told = (story: StoryContent) =>
  [story.headline, story.situation, story.task, story.action, story.result].join('\n');

/**
 * Where the story is a failure, quoted: the candidate says they got it wrong, or the Result
 * itself is a failure ("It failed."); a failure in the Situation is the backdrop, not the
 * story. Null when it is not a failure story.
 */
export function ownFailure(story: StoryContent): string | null {
  return OWN_FAILURE.exec(told(story))?.[0] ?? FAILURE.exec(story.result)?.[0] ?? null;
}

/** Where the story reads as a failure at all, quoted; null when it does not. */
export function failureSignal(story: StoryContent): string | null {
  return ownFailure(story) ?? FAILURE.exec(told(story))?.[0] ?? null;
}

export function hasLesson(story: StoryContent): boolean {
  return !isBlank(story.learnings) || LESSON.test(`${story.result}\n${story.action}`);
}

export const failureLesson: Check = {
  id: 'failure-lesson',
  label: 'Failure has a lesson',
  severity: 'problem',
  field: 'learnings',
  run({ story }) {
    const tagged = isFailureStory(story);
    const owned = tagged ? null : ownFailure(story);
    if (!tagged && !owned) {
      return {
        passed: true,
        judged: false,
        message: 'Not a failure story, so no lesson is needed.',
      };
    }
    if (!hasLesson(story)) {
      return {
        passed: false,
        evidence: owned ? [owned] : [],
        message: tagged
          ? 'This is a failure story; write what you learned and what you now do differently.'
          : `This reads as a failure story (“${owned}”); write what you learned and what you now do differently.`,
      };
    }
    return { passed: true, message: 'The failure story says what you learned.' };
  },
};

export const failureTagged: Check = {
  id: 'failure-tagged',
  label: 'Failure story tagged',
  severity: 'suggestion',
  field: 'tags',
  run({ story }) {
    if (isFailureStory(story)) {
      return { passed: true, message: 'Tagged as a failure story.' };
    }
    const signal = failureSignal(story);
    if (!signal) {
      return { passed: true, judged: false, message: 'Does not read as a failure story.' };
    }
    return {
      passed: false,
      evidence: [signal],
      message: `This reads as a failure story (“${signal}”): tag it “failure”, so it counts as your failure story and is checked as one.`,
    };
  },
};
