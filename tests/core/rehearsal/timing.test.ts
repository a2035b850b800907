import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model/schema';
import type { CardKind } from '../../../src/core/model/practice-schema';
import { formatDuration } from '../../../src/core/quality/text';
import { MIN_WORDS_TO_JUDGE_BALANCE } from '../../../src/core/quality/length';
import {
  ACTION_SHARE,
  bandFor,
  MIN_SECONDS_TO_JUDGE_PARTS,
  placeInBand,
  SHARE_DRIFT,
  timingNotes,
  type Band,
} from '../../../src/core/rehearsal/timing';
import type { PartSeconds } from '../../../src/core/rehearsal/timer';

const settings = DEFAULT_SETTINGS;
const storyBand = bandFor('story', settings);
const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
/** A written story of these many words per part. */
const written = (s: number, t: number, a: number, r: number) => ({
  situation: words(s),
  task: words(t),
  action: words(a),
  result: words(r),
});

function notes(
  parts: PartSeconds | null,
  options: { seconds?: number; story?: ReturnType<typeof written> | null; kind?: CardKind } = {},
) {
  const seconds = options.seconds ?? (parts ? parts.reduce((sum, s) => sum + s, 0) : 120);
  return timingNotes({
    seconds,
    parts,
    band: storyBand,
    story: options.story ?? null,
    kind: options.kind ?? 'story',
  });
}

describe('bandFor', () => {
  it('takes a story or question card’s band from the settings', () => {
    for (const kind of ['story', 'question'] as const) {
      expect(bandFor(kind, settings)).toEqual({
        min: settings.minSpeakingSeconds,
        ideal: settings.idealSpeakingSeconds,
        max: settings.maxSpeakingSeconds,
      });
    }
  });

  it('keeps the ideal inside the band when the settings put it outside', () => {
    const over = { ...settings, minSpeakingSeconds: 60, maxSpeakingSeconds: 100 };
    expect(bandFor('story', { ...over, idealSpeakingSeconds: 150 }).ideal).toBe(100);
    expect(bandFor('story', { ...over, idealSpeakingSeconds: 30 }).ideal).toBe(60);
  });

  it('gives the short versions their own bands around 30 and 90 seconds', () => {
    const short30 = bandFor('short-30', settings);
    const short90 = bandFor('short-90', settings);
    expect(short30.ideal).toBe(30);
    expect(short90.ideal).toBe(90);
    for (const band of [short30, short90]) {
      expect(band.min).toBeLessThan(band.ideal);
      expect(band.max).toBeGreaterThan(band.ideal);
    }
    expect(short30.max).toBeLessThan(short90.min);
  });

  it('grows the drill’s band with its questions, counting at least one', () => {
    const one = bandFor('follow-ups', settings, 1);
    const three = bandFor('follow-ups', settings, 3);
    expect(three).toEqual({ min: one.min * 3, ideal: one.ideal * 3, max: one.max * 3 });
    expect(bandFor('follow-ups', settings, 0)).toEqual(one);
    expect(bandFor('follow-ups', settings)).toEqual(three);
  });
});

describe('the length against the band', () => {
  const band: Band = { min: 90, ideal: 120, max: 180 };

  it('places the edges inside', () => {
    expect(placeInBand(89, band)).toBe('short');
    expect(placeInBand(90, band)).toBe('inside');
    expect(placeInBand(180, band)).toBe('inside');
    expect(placeInBand(181, band)).toBe('long');
  });

  it('says inside, short by how much, or long by how much', () => {
    const [inside] = notes(null, { seconds: 125 });
    expect(inside).toEqual({
      tone: 'good',
      text: `${formatDuration(125)}: inside your ${formatDuration(90)} to ${formatDuration(180)} band (aim ${formatDuration(120)}).`,
    });
    const [short] = notes(null, { seconds: 60 });
    expect(short!.tone).toBe('note');
    expect(short!.text).toBe(
      `${formatDuration(60)}: ${formatDuration(30)} under the ${formatDuration(90)} floor. Say more about what you did.`,
    );
    const [long] = notes(null, { seconds: 200 });
    expect(long!.tone).toBe('note');
    expect(long!.text).toContain(`${formatDuration(20)} over the ${formatDuration(180)} ceiling`);
  });

  it('says only the length when the parts were not marked', () => {
    expect(notes(null, { seconds: 125 })).toHaveLength(1);
  });
});

describe('the Action’s share', () => {
  const actionNote = (action: number) => {
    // 100 seconds in all, so the Action's seconds are its percent.
    const rest = 100 - action;
    const result = Math.floor(rest / 3);
    const found = notes([rest - 2 * result, result, action, result], { seconds: 120 });
    return found[1]!;
  };

  it('is the bulk between 50 and 60 percent, with a little give either side', () => {
    const low = ACTION_SHARE.low - ACTION_SHARE.give;
    const high = ACTION_SHARE.high + ACTION_SHARE.give;
    for (const share of [low, ACTION_SHARE.low, 55, ACTION_SHARE.high, high]) {
      expect(actionNote(share)).toEqual({
        tone: 'good',
        text: `The Action took ${share}% of the time: the bulk, as it should be.`,
      });
    }
    const tooLittle = actionNote(low - 1);
    expect(tooLittle.tone).toBe('note');
    expect(tooLittle.text).toContain(`The Action took ${low - 1}% of the time; aim for about half`);
    const tooMuch = actionNote(high + 1);
    expect(tooMuch).toEqual({
      tone: 'note',
      text: `The Action took ${high + 1}% of the time: leave room to land the Result.`,
    });
  });

  it('names what Situation and Task took when the Action was short', () => {
    expect(notes([30, 25, 30, 15])[1]!.text).toContain('Situation and Task took 55%');
  });

  it('is not judged on parts too short to weigh, and says so', () => {
    const under = MIN_SECONDS_TO_JUDGE_PARTS - 1;
    const tiny: PartSeconds = [1, 1, under - 3, 1];
    const found = notes(tiny, { seconds: under, story: written(12, 12, 30, 6) });
    expect(found).toHaveLength(2);
    expect(found[1]).toEqual({ tone: 'note', text: expect.stringContaining('Too short to judge') });
    const enough: PartSeconds = [1, 1, under - 2, 1];
    expect(notes(enough)[1]!.text).toMatch(/^The Action took/);
  });

  it('is not judged for the 30-second version or the follow-up drill', () => {
    const parts: PartSeconds = [20, 20, 5, 5];
    expect(notes(parts, { kind: 'short-30' })).toHaveLength(1);
    expect(notes(parts, { kind: 'follow-ups' })).toHaveLength(1);
    expect(notes(parts, { kind: 'short-90' })).toHaveLength(2);
    expect(notes(parts, { kind: 'question' })).toHaveLength(2);
  });
});

describe('the telling against the written story', () => {
  // 100 words, the least the checks weigh: Situation 20%, Task 20%, Action 50%, Result 10%.
  const story = written(20, 20, 50, 10);

  it('notes a part spoken far longer or shorter than its written share', () => {
    expect(MIN_WORDS_TO_JUDGE_BALANCE).toBe(100);
    const found = notes([40, 10, 40, 10], { story });
    expect(found.slice(2)).toEqual([
      {
        tone: 'note',
        text: 'Situation: 40% of the telling, 20% of what you wrote (longer than on paper).',
      },
    ]);
    const shorter = notes([5, 5, 50, 40], { story }).slice(2);
    expect(shorter.map((note) => note.text)).toEqual([
      'Situation: 5% of the telling, 20% of what you wrote (shorter than on paper).',
      'Task: 5% of the telling, 20% of what you wrote (shorter than on paper).',
      'Result: 40% of the telling, 10% of what you wrote (longer than on paper).',
    ]);
  });

  it(`stays quiet on a drift under ${SHARE_DRIFT} points`, () => {
    expect(notes([21, 21, 48, 10], { story: written(20, 20, 50, 10) })).toHaveLength(2);
    expect(notes([34, 20, 36, 10], { story }).slice(2)).toHaveLength(0);
  });

  it('says nothing of the written story when it is too short to judge, or hidden', () => {
    const short = written(20, 20, 49, 10);
    expect(notes([40, 10, 40, 10], { story: short })).toHaveLength(2);
    expect(notes([40, 10, 40, 10], { story: null })).toHaveLength(2);
  });
});
