import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../../src/core/model/bank';
import type { PracticeEntry } from '../../../src/core/model/practice-schema';
import type { Bank } from '../../../src/core/model/schema';
import { applyMerge } from '../../../src/core/portability/merge';
import { mergePractice, withoutRecording } from '../../../src/core/portability/practice-merge';
import { mergeThreeWay } from '../../../src/core/portability/three-way-merge';
import { testStory } from '../../story-factory';

/*
 * Two logs of rehearsals made from one: written once, so they merge without conflicts. What
 * either side added stays, what either side removed goes, a recording deleted on either side
 * stays deleted, and rehearsals of stories the merged bank lacks go with them.
 */

const entry = (id: string, minute: number, fields: Partial<PracticeEntry> = {}): PracticeEntry => ({
  id,
  storyId: 's1',
  card: 'story',
  at: new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString(),
  seconds: 120,
  rating: 3,
  ...fields,
});
const recorded = (id: string, minute: number) => entry(id, minute, { recording: `${id}.webm` });
const stories = new Set(['s1', 's2']);
const ids = (entries: readonly PracticeEntry[]) => entries.map((e) => e.id);

describe('mergePractice', () => {
  it('keeps what either side added, in time order', () => {
    const base = [entry('a', 0)];
    const ours = [...base, entry('ours', 20)];
    const theirs = [...base, entry('theirs', 10)];
    const merged = mergePractice(base, ours, theirs, stories);
    expect(ids(merged.entries)).toEqual(['a', 'theirs', 'ours']);
    expect(merged.fromTheirs).toBe(1);
  });

  it('orders by the instant, whatever offset a time was written with', () => {
    const ours = [entry('ours', 30)];
    // 09:10 UTC written as 10:10 at +01:00: earlier than 09:30 UTC.
    const theirs = [{ ...entry('theirs', 0), at: '2026-03-01T10:10:00.000+01:00' }];
    expect(ids(mergePractice([], ours, theirs, stories).entries)).toEqual(['theirs', 'ours']);
  });

  it('drops what either side removed', () => {
    const base = [entry('a', 0), entry('b', 1), entry('c', 2)];
    const ours = [base[0]!, base[2]!]; // we removed b
    const theirs = [base[0]!, base[1]!]; // they removed c
    const merged = mergePractice(base, ours, theirs, stories);
    expect(ids(merged.entries)).toEqual(['a']);
    expect(merged.fromTheirs).toBe(1);
  });

  it('keeps a recording deleted on either side deleted', () => {
    const base = [recorded('a', 0), recorded('b', 1)];
    const ours = [withoutRecording(base[0]!), base[1]!];
    const theirs = [base[0]!, withoutRecording(base[1]!)];
    const merged = mergePractice(base, ours, theirs, stories);
    expect(merged.entries).toEqual([withoutRecording(base[0]!), withoutRecording(base[1]!)]);
    expect(merged.entries.every((e) => !('recording' in e))).toBe(true);
    expect(merged.fromTheirs).toBe(1);
  });

  it('drops the rehearsals of stories the merged bank lacks', () => {
    const base = [entry('a', 0), entry('gone', 1, { storyId: 's3' })];
    const theirs = [...base, entry('theirs-gone', 2, { storyId: 's4' }), entry('b', 3)];
    const merged = mergePractice(base, base, theirs, stories);
    expect(ids(merged.entries)).toEqual(['a', 'b']);
  });

  it('changes nothing when both sides are the base', () => {
    const base = [recorded('a', 0), entry('b', 1)];
    expect(mergePractice(base, base, base, stories)).toEqual({ entries: base, fromTheirs: 0 });
  });
});

describe('mergePractice, for any two edits of one log', () => {
  const pool = Array.from({ length: 8 }, (_, i) =>
    i % 2 ? recorded(`e${i}`, i) : entry(`e${i}`, i, { storyId: i % 3 ? 's1' : 's3' }),
  );
  /** Each entry of the pool: absent, present, or present without its recording. */
  const side = fc.array(fc.constantFrom('absent', 'kept', 'unrecorded'), {
    minLength: pool.length,
    maxLength: pool.length,
  });
  const made = (choices: string[]) =>
    pool.flatMap((e, i) =>
      choices[i] === 'absent' ? [] : choices[i] === 'unrecorded' ? [withoutRecording(e)] : [e],
    );

  it('keeps an entry only when no side removed it, its recording only when no side deleted it', () => {
    fc.assert(
      fc.property(fc.subarray(pool), side, side, (base, ourChoice, theirChoice) => {
        const inBase = new Set(ids(base));
        const { entries } = mergePractice(base, made(ourChoice), made(theirChoice), stories);
        expect(new Set(ids(entries)).size).toBe(entries.length);
        const times = entries.map((e) => Date.parse(e.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        pool.forEach((original, i) => {
          const inOurs = ourChoice[i] !== 'absent';
          const inTheirs = theirChoice[i] !== 'absent';
          const removed = inBase.has(original.id) && (!inOurs || !inTheirs);
          const expected =
            !removed && (inOurs || inTheirs) && stories.has(original.storyId) ? original : null;
          const found = entries.find((e) => e.id === original.id) ?? null;
          if (!expected) return expect(found).toBeNull();
          const keepsRecording =
            !!original.recording &&
            (!inOurs || ourChoice[i] === 'kept') &&
            (!inTheirs || theirChoice[i] === 'kept');
          expect(found).toEqual(keepsRecording ? original : withoutRecording(original));
        });
      }),
    );
  });
});

describe('the merges of whole banks', () => {
  const bank = (practice: PracticeEntry[], storyIds = ['s1']): Bank => ({
    ...newBank(),
    stories: storyIds.map((id) => testStory(id)),
    practice,
  });

  it('three-way: theirs added, ours trashed-and-emptied a story, the log follows both', () => {
    const base = bank([entry('a', 0), entry('x', 1, { storyId: 's2' })], ['s1', 's2']);
    const ours = bank([entry('a', 0), entry('mine', 5)], ['s1']);
    const theirs = bank([...base.practice, entry('yours', 3)], ['s1', 's2']);
    const merged = mergeThreeWay(base, ours, theirs);
    expect(ids(merged.bank.practice)).toEqual(['a', 'yours', 'mine']);
  });

  it('importing a file brings its rehearsals in without their audio, which stayed behind', () => {
    const ours = bank([entry('a', 0)]);
    const file = bank([entry('a', 0), recorded('new', 2)]);
    applyMerge(ours, file);
    expect(ours.practice).toEqual([entry('a', 0), withoutRecording(recorded('new', 2))]);
  });
});
