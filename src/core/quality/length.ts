import type { Check } from './types';
import { formatDuration, plural } from './text';

/*
 * How long the story takes to tell, and how its words are shared out. Coaches agree on about
 * two minutes, with the Action as the bulk and Situation + Task brief. Near a threshold these
 * are suggestions (a long story can still be a good one, and a few seconds either side of a
 * limit mean nothing); far from it, an interviewer would mark the story down, so they are
 * problems.
 */

/** Below this many STAR words, shares swing on a single sentence: the balance is not judged. */
export const MIN_WORDS_TO_JUDGE_BALANCE = 100;
/** A spoken length within this share of a limit is on it, not past it. */
export const LENGTH_MARGIN = 0.05;
/** Shares within this many points of a limit are on it. */
export const SHARE_MARGIN = 3;
/** Told in under half the shortest telling, or past a third over the longest: a problem. */
export const FAR_TOO_SHORT = 0.5;
export const FAR_TOO_LONG = 4 / 3;
/** An Action under a quarter of the story: a problem, whatever the setting. */
export const THIN_ACTION_PERCENT = 25;
/** With the Action at least this share, Situation and Task leave it room enough. */
export const ACTION_HAS_ROOM_PERCENT = 50;

export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return Math.round((words * 60) / Math.max(1, wordsPerMinute));
}

const tooShortToJudge = (total: number) =>
  `Not judged yet: the balance means something from ${MIN_WORDS_TO_JUDGE_BALANCE} words (${plural(total, 'word')} so far).`;

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
    if (seconds < settings.minSpeakingSeconds * (1 - LENGTH_MARGIN)) {
      const far = seconds < settings.minSpeakingSeconds * FAR_TOO_SHORT;
      return {
        passed: false,
        severity: far ? 'problem' : 'suggestion',
        message: far
          ? `${about}: too thin to carry a story; add what you did and what changed, to reach ${min}.`
          : `${about}; add detail to reach at least ${min}.`,
      };
    }
    if (seconds > settings.maxSpeakingSeconds * (1 + LENGTH_MARGIN)) {
      const far = seconds > settings.maxSpeakingSeconds * FAR_TOO_LONG;
      return {
        passed: false,
        severity: far ? 'problem' : 'suggestion',
        message: far
          ? `${about}: an interviewer will cut in long before the end; cut to under ${max}.`
          : `${about}; cut to under ${max}.`,
      };
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
      return { passed: true, judged: false, message: tooShortToJudge(words.total) };
    }
    const share = percent(words.action, words.total);
    if (share < settings.minActionPercent - SHARE_MARGIN) {
      const thin = share < THIN_ACTION_PERCENT;
      return {
        passed: false,
        severity: thin ? 'problem' : 'suggestion',
        message: thin
          ? `The Action is only ${share}% of the story, so the interviewer hears the setting, not what you did; make it the bulk (at least ${settings.minActionPercent}%).`
          : `The Action is ${share}% of the story; give it more room (aim for at least ${settings.minActionPercent}%).`,
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
      return { passed: true, judged: false, message: tooShortToJudge(words.total) };
    }
    const share = percent(words.situation + words.task, words.total);
    const action = percent(words.action, words.total);
    // A long setting matters when it squeezes the Action; when the Action is short of its own
    // share, 'action-share' already says so, once.
    const squeezes =
      action < ACTION_HAS_ROOM_PERCENT && action >= settings.minActionPercent - SHARE_MARGIN;
    if (share > settings.maxContextPercent + SHARE_MARGIN && squeezes) {
      return {
        passed: false,
        message: `Situation and Task are ${share}% of the story; trim them to at most ${settings.maxContextPercent}% so the Action has room.`,
      };
    }
    if (share <= settings.maxContextPercent + SHARE_MARGIN) {
      return {
        passed: true,
        message: `Situation and Task are ${share}% of the story: brief enough.`,
      };
    }
    return {
      passed: true,
      message:
        action >= ACTION_HAS_ROOM_PERCENT
          ? `Situation and Task are ${share}% of the story, but the Action still has room (${action}%).`
          : `Situation and Task are ${share}% of the story; giving the Action more room fixes both.`,
    };
  },
};
