import { describe, expect, it } from 'vitest';
import { check, goodStory, TODAY } from './fixtures';

const dated = (when: string | null) => goodStory({ when });

describe('has-date', () => {
  it('asks for a month and year when there is none', () => {
    const outcome = check(dated(null), 'has-date');
    expect(outcome).toMatchObject({ passed: false, field: 'when', severity: 'suggestion' });
    expect(check(dated('2025-06'), 'has-date').message).toBe('Dated June 2025.');
  });
});

describe('recent', () => {
  it('passes a story within the last years and flags an older one (today is March 2026)', () => {
    expect(check(dated('2023-03'), 'recent').passed).toBe(true);
    const old = check(dated('2023-02'), 'recent');
    expect(old).toMatchObject({ passed: false, field: 'when', severity: 'suggestion' });
    expect(old.message).toBe(
      'From February 2023, more than 3 years ago; tell a more recent story if you have one.',
    );
  });

  it('uses the injected day, never the clock', () => {
    expect(check(dated('2023-02'), 'recent', {}, new Date(2026, 0, 31)).passed).toBe(true);
    expect(check(dated('2025-12'), 'recent', {}, new Date(2030, 5, 1)).passed).toBe(false);
    expect(TODAY.getFullYear()).toBe(2026);
  });

  it('follows the age limit in settings', () => {
    expect(check(dated('2025-01'), 'recent', { maxStoryAgeYears: 1 }).message).toBe(
      'From January 2025, more than 1 year ago; tell a more recent story if you have one.',
    );
    expect(check(dated('2016-04'), 'recent', { maxStoryAgeYears: 10 }).passed).toBe(true);
  });

  it('leaves a missing date to has-date, and accepts a month still to come', () => {
    expect(check(dated(null), 'recent').passed).toBe(true);
    expect(check(dated('2026-09'), 'recent').passed).toBe(true);
  });
});
