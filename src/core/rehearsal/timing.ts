import type { CardKind } from '../model/practice-schema';
import type { Settings, StoryContent } from '../model/schema';
import { countWords, formatDuration } from '../quality/text';
import { MIN_WORDS_TO_JUDGE_BALANCE } from '../quality/length';
import { PARTS, type PartSeconds } from './timer';

/**
 * What a telling's timing says, in a coach's words: the length against the target band, the
 * Action's share against the 50–60% rule, and each part against the share it has in the
 * written story. Notes, not grades: nothing here blocks or alarms.
 */

export interface Band {
  min: number;
  ideal: number;
  max: number;
}

/** Spoken Action share a coach looks for, with a little give either side. */
export const ACTION_SHARE = { low: 50, high: 60, give: 5 } as const;
/** A part spoken this many points off its written share is worth a note. */
export const SHARE_DRIFT = 15;
/** Below this, a part's share swings on a single breath: the balance is not judged. */
export const MIN_SECONDS_TO_JUDGE_PARTS = 20;

export function bandFor(kind: CardKind, settings: Settings, drillQuestions = 3): Band {
  if (kind === 'short-30') return { min: 20, ideal: 30, max: 40 };
  if (kind === 'short-90') return { min: 70, ideal: 90, max: 110 };
  if (kind === 'follow-ups') {
    const n = Math.max(1, drillQuestions);
    return { min: 20 * n, ideal: 45 * n, max: 75 * n };
  }
  const { minSpeakingSeconds: min, maxSpeakingSeconds: max } = settings;
  return { min, max, ideal: Math.min(max, Math.max(min, settings.idealSpeakingSeconds)) };
}

export type BandPlace = 'short' | 'inside' | 'long';

export function placeInBand(seconds: number, band: Band): BandPlace {
  if (seconds < band.min) return 'short';
  return seconds > band.max ? 'long' : 'inside';
}

export interface TimingNote {
  tone: 'good' | 'note';
  text: string;
}

const pct = (part: number, total: number) => (total > 0 ? Math.round((part * 100) / total) : 0);

export function timingNotes(input: {
  seconds: number;
  parts: PartSeconds | null;
  band: Band;
  /** The story told, for its written proportions; null when not revealed. */
  story: Pick<StoryContent, 'situation' | 'task' | 'action' | 'result'> | null;
  kind: CardKind;
}): TimingNote[] {
  const { seconds, parts, band, story, kind } = input;
  const range = `${formatDuration(band.min)} to ${formatDuration(band.max)}`;
  const place = placeInBand(seconds, band);
  const notes: TimingNote[] = [
    place === 'inside'
      ? {
          tone: 'good',
          text: `${formatDuration(seconds)}: inside your ${range} band (aim ${formatDuration(band.ideal)}).`,
        }
      : place === 'short'
        ? {
            tone: 'note',
            text: `${formatDuration(seconds)}: ${formatDuration(band.min - seconds)} under the ${formatDuration(band.min)} floor. Say more about what you did.`,
          }
        : {
            tone: 'note',
            text: `${formatDuration(seconds)}: ${formatDuration(seconds - band.max)} over the ${formatDuration(band.max)} ceiling. Trim the Situation and Task first.`,
          },
  ];
  if (!parts || kind === 'follow-ups' || kind === 'short-30') return notes;
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total < MIN_SECONDS_TO_JUDGE_PARTS) {
    notes.push({
      tone: 'note',
      text: `Too short to judge the balance of the parts (under ${formatDuration(MIN_SECONDS_TO_JUDGE_PARTS)}).`,
    });
    return notes;
  }
  const action = pct(parts[2], total);
  const context = pct(parts[0] + parts[1], total);
  if (action < ACTION_SHARE.low - ACTION_SHARE.give) {
    notes.push({
      tone: 'note',
      text: `The Action took ${action}% of the time; aim for about half (${ACTION_SHARE.low}–${ACTION_SHARE.high}%). Situation and Task took ${context}%.`,
    });
  } else if (action > ACTION_SHARE.high + ACTION_SHARE.give) {
    notes.push({
      tone: 'note',
      text: `The Action took ${action}% of the time: leave room to land the Result.`,
    });
  } else {
    notes.push({
      tone: 'good',
      text: `The Action took ${action}% of the time: the bulk, as it should be.`,
    });
  }
  if (story) notes.push(...writtenDrift(parts, total, story));
  return notes;
}

/** Parts spoken far longer or shorter than their share of the written story. */
function writtenDrift(
  parts: PartSeconds,
  total: number,
  story: Pick<StoryContent, 'situation' | 'task' | 'action' | 'result'>,
): TimingNote[] {
  const words = [story.situation, story.task, story.action, story.result].map(countWords);
  const written = words.reduce((sum, count) => sum + count, 0);
  if (written < MIN_WORDS_TO_JUDGE_BALANCE) return [];
  const notes: TimingNote[] = [];
  PARTS.forEach((name, index) => {
    const spoken = pct(parts[index]!, total);
    const onPaper = pct(words[index]!, written);
    if (Math.abs(spoken - onPaper) < SHARE_DRIFT) return;
    const way = spoken > onPaper ? 'longer than' : 'shorter than';
    notes.push({
      tone: 'note',
      text: `${name}: ${spoken}% of the telling, ${onPaper}% of what you wrote (${way} on paper).`,
    });
  });
  return notes;
}
