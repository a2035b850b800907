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
      // A draft may find its headline last; a story called ready opens without one.
      const ready = story.status === 'ready';
      return {
        passed: false,
        severity: ready ? 'problem' : 'suggestion',
        message: ready
          ? 'This story is marked ready but has no headline: write the one sentence you open with, so the interviewer knows where it is going.'
          : 'Write a one-sentence headline to open with, so the interviewer knows where the story is going.',
      };
    }
    return { passed: true, message: 'The story opens with a one-sentence headline.' };
  },
};

/**
 * Titles a person leaves while drafting and forgets: "Untitled story", "Story 7", "New story",
 * "Draft 2", "TBD". Compared lowercased, without punctuation or a "(copy)"/"(2)" suffix.
 */
const PLACEHOLDER_TITLE =
  /^(?:(?:untitled|new|my|draft|test|sample|example|placeholder|another|blank)\s*)*(?:story|draft|title|example|test|untitled|star)?\s*(?:no\s*)?\d*$|^(?:tbd|tbc|todo|to\s*do|xxx+|asdf\w*|n\s*a|no\s*title|none|title\s*here|\?+)$/;

export function isPlaceholderTitle(title: string): boolean {
  const plain = title
    .toLowerCase()
    .replace(/\((?:copy|\d+)\)\s*$/g, '')
    .replace(/[^\p{L}\p{N}\s?]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return PLACEHOLDER_TITLE.test(plain);
}

export const realTitle: Check = {
  id: 'real-title',
  label: 'Has a real title',
  severity: 'suggestion',
  field: 'title',
  run({ story }) {
    if (!isPlaceholderTitle(story.title)) {
      return { passed: true, message: 'The title says which story this is.' };
    }
    const ready = story.status === 'ready';
    return {
      passed: false,
      severity: ready ? 'problem' : 'suggestion',
      evidence: [story.title.trim()],
      message: `“${story.title.trim()}” is a placeholder: give the story a title you will recognise in a list and in the prep pack.`,
    };
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
