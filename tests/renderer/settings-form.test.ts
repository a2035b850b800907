import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsValuesSchema } from '../../src/core/model/schema';
import {
  rangeOf,
  readChanges,
  SECTION_OF,
  toFormValues,
} from '../../src/renderer/src/components/settings/settings-form';

const typed = (changes: Record<string, string>) => ({
  ...toFormValues(DEFAULT_SETTINGS),
  ...changes,
});

describe('settings form', () => {
  it('takes its ranges from the bank schema', () => {
    expect(rangeOf('speakingRateWpm')).toEqual({ min: 60, max: 300, whole: true });
    expect(rangeOf('minIPerWe')).toEqual({ min: 0, max: 10, whole: false });
  });

  it('sends nothing when nothing changed', () => {
    expect(readChanges(toFormValues(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({
      changes: {},
      problems: [],
    });
  });

  it('sends what changed, as the bank stores it', () => {
    const { changes, problems } = readChanges(
      typed({ speakingRateWpm: ' 150 ', minIPerWe: '1.5', candidateName: '  Ada ' }),
      DEFAULT_SETTINGS,
    );
    expect(problems).toEqual([]);
    expect(changes).toEqual({ speakingRateWpm: 150, minIPerWe: 1.5, candidateName: 'Ada' });
    expect(SettingsValuesSchema.partial().strict().safeParse(changes).success).toBe(true);
  });

  it.each([
    ['10', 'Enter a whole number from 60 to 300.'],
    ['', 'Enter a whole number from 60 to 300.'],
    ['fast', 'Enter a whole number from 60 to 300.'],
    ['140.5', 'Enter a whole number from 60 to 300.'],
  ])('refuses a speaking rate of "%s" in words, and still sends the rest', (rate, message) => {
    const { changes, problems } = readChanges(
      typed({ speakingRateWpm: rate, maxStoryAgeYears: '5' }),
      DEFAULT_SETTINGS,
    );
    expect(problems).toEqual([{ key: 'speakingRateWpm', message }]);
    expect(changes).toEqual({ maxStoryAgeYears: 5 });
  });

  it('keeps the speaking window in order, blaming the side that changed', () => {
    const shortest = readChanges(typed({ minSpeakingSeconds: '200' }), DEFAULT_SETTINGS);
    expect(shortest.problems).toEqual([
      { key: 'minSpeakingSeconds', message: 'Make this shorter than the longest, 3 min.' },
    ]);
    expect(shortest.changes).toEqual({});

    const longest = readChanges(typed({ maxSpeakingSeconds: '60' }), DEFAULT_SETTINGS);
    expect(longest.problems).toEqual([
      { key: 'maxSpeakingSeconds', message: 'Make this longer than the shortest, 1 min 30 s.' },
    ]);

    const both = readChanges(
      typed({ minSpeakingSeconds: '200', maxSpeakingSeconds: '240' }),
      DEFAULT_SETTINGS,
    );
    expect(both).toEqual({
      changes: { minSpeakingSeconds: 200, maxSpeakingSeconds: 240 },
      problems: [],
    });
  });

  it('saves the cover fields in “About you” and every number under the coaching thresholds', () => {
    const keysOf = (section: string) =>
      Object.entries(SECTION_OF)
        .filter(([, id]) => id === section)
        .map(([key]) => key);
    expect(keysOf('about')).toEqual(['candidateName', 'targetRole', 'targetCompany']);
    expect(keysOf('appearance')).toEqual(['theme']);
    expect(keysOf('thresholds')).toHaveLength(9);
    expect(Object.keys(SECTION_OF).sort()).toEqual(
      Object.keys(toFormValues(DEFAULT_SETTINGS)).sort(),
    );
  });

  it('refuses a name over 200 characters', () => {
    const { problems } = readChanges(typed({ targetCompany: 'x'.repeat(201) }), DEFAULT_SETTINGS);
    expect(problems).toEqual([{ key: 'targetCompany', message: 'Keep it under 200 characters.' }]);
  });
});
