import type { StoryContent } from '../model/schema';
import type { Check } from './types';
import { isBlank, plural } from './text';

/*
 * Is everything there: the four STAR parts (problems: a story with a missing part cannot be
 * told), a headline to open with and a principle it answers (a problem: an unmapped story
 * is never picked for a question), and a clear focus (a suggestion).
 */

type StarPart = 'situation' | 'task' | 'action' | 'result';

function partWritten(part: StarPart, name: string, advice: string): Check {
  return {
    id: `${part}-written`,
    label: `${name} written`,
    severity: 'problem',
    field: part,
    run({ story, words }) {
      if (isBlank(story[part])) return { passed: false, message: advice };
      return { passed: true, message: `The ${name} is written (${plural(words[part], 'word')}).` };
    },
  };
}

export const situationWritten = partWritten(
  'situation',
  'Situation',
  'Write the Situation: where you were and what was at stake, in a sentence or two.',
);
export const taskWritten = partWritten(
  'task',
  'Task',
  'Write the Task: what you were responsible for.',
);
export const actionWritten = partWritten(
  'action',
  'Action',
  'Write the Action: the steps you took yourself.',
);
export const resultWritten = partWritten(
  'result',
  'Result',
  'Write the Result: what changed because of what you did.',
);

export const headlineWritten: Check = {
  id: 'headline-written',
  label: 'Headline written',
  severity: 'suggestion',
  field: 'headline',
  run({ story }) {
    if (isBlank(story.headline)) {
      return {
        passed: false,
        message:
          'Write a one-sentence headline to open with, so the interviewer knows where the story is going.',
      };
    }
    return { passed: true, message: 'The story opens with a one-sentence headline.' };
  },
};

export const principleMapped: Check = {
  id: 'principle-mapped',
  label: 'Mapped to a principle',
  severity: 'problem',
  field: 'principles',
  run({ story }) {
    const count = story.principles.length;
    if (count === 0) {
      return {
        passed: false,
        message: 'Map the story to at least one principle, so you know which questions it answers.',
      };
    }
    return { passed: true, message: `Mapped to ${plural(count, 'principle')}.` };
  },
};

const countPrimary = (story: StoryContent) =>
  story.principles.reduce((count, mapping) => count + (mapping.strength === 'primary' ? 1 : 0), 0);

export const primaryLimit: Check = {
  id: 'primary-limit',
  label: 'Few primary principles',
  severity: 'suggestion',
  field: 'principles',
  run({ story, settings }) {
    const primary = countPrimary(story);
    const limit = settings.maxPrimaryPrinciples;
    if (primary > limit) {
      return {
        passed: false,
        message: `${plural(primary, 'principle is', 'principles are')} marked primary; keep at most ${limit} so the story stays focused.`,
      };
    }
    if (primary === 0) return { passed: true, message: 'No principle is marked primary yet.' };
    return {
      passed: true,
      message: `${plural(primary, 'primary principle')}, within your limit of ${limit}.`,
    };
  },
};
