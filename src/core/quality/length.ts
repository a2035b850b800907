import type { Check } from './types';
import { formatDuration, plural } from './text';

/*
 * How long the story takes to tell, and how its words are shared out. Coaches agree on about
 * two minutes, with the Action as the bulk and Situation + Task brief. All suggestions: a
 * long story can still be a good one, and the candidate decides what to cut.
 */

/** Below this many STAR words, percentages swing on a single sentence: don't judge yet. */
export const MIN_WORDS_TO_JUDGE_BALANCE = 60;

export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words * 60) / Math.max(1, wordsPerMinute));
}

const tooShortToJudge = (total: number) =>
  `Too short to judge the balance yet: ${plural(total, 'word')} of the ${MIN_WORDS_TO_JUDGE_BALANCE} needed.`;

/** Whole percent, compared as shown, so "40%" never fails an "at least 40%". */
const percent = (part: number, total: number) => Math.round((part * 100) / total);

export const speakingTime: Check = {
  id: 'speaking-time',
  label: 'Speaking time',
  severity: 'suggestion',
  field: null,
  run({ settings, words }) {
    const min = formatDuration(settings.minSpeakingSeconds);
    const max = formatDuration(settings.maxSpeakingSeconds);
    if (words.total === 0) {
      return { passed: false, message: `Nothing written yet; aim for ${min} to ${max} spoken.` };
    }
    const seconds = speakingSeconds(words.total, settings.speakingRateWpm);
    const about = `About ${formatDuration(seconds)} spoken`;
    if (seconds < settings.minSpeakingSeconds) {
      return { passed: false, message: `${about}; add detail to reach at least ${min}.` };
    }
    if (seconds > settings.maxSpeakingSeconds) {
      return { passed: false, message: `${about}; cut to under ${max}.` };
    }
    return { passed: true, message: `${about}, within your ${min} to ${max}.` };
  },
};

export const actionShare: Check = {
  id: 'action-share',
  label: 'Action is the bulk',
  severity: 'suggestion',
  field: 'action',
  run({ settings, words }) {
    if (words.total < MIN_WORDS_TO_JUDGE_BALANCE) {
      return { passed: true, message: tooShortToJudge(words.total) };
    }
    const share = percent(words.action, words.total);
    if (share < settings.minActionPercent) {
      return {
        passed: false,
        message: `The Action is ${share}% of the story; give it more room (aim for at least ${settings.minActionPercent}%).`,
      };
    }
    return { passed: true, message: `The Action is ${share}% of the story, the bulk of it.` };
  },
};

export const contextShare: Check = {
  id: 'context-share',
  label: 'Situation and Task are brief',
  severity: 'suggestion',
  field: 'situation',
  run({ settings, words }) {
    if (words.total < MIN_WORDS_TO_JUDGE_BALANCE) {
      return { passed: true, message: tooShortToJudge(words.total) };
    }
    const share = percent(words.situation + words.task, words.total);
    if (share > settings.maxContextPercent) {
      return {
        passed: false,
        message: `Situation and Task are ${share}% of the story; trim them to at most ${settings.maxContextPercent}% so the Action has room.`,
      };
    }
    return {
      passed: true,
      message: `Situation and Task are ${share}% of the story: brief enough.`,
    };
  },
};
