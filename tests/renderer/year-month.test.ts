import { describe, expect, it } from 'vitest';
import { emptyStoryContent } from '../../src/core/model/bank';
import { StoryFormSchema } from '../../src/renderer/src/components/editor/story-form-schema';
import {
  joinYearMonth,
  missingHalf,
  MONTH_OPTIONS,
  splitYearMonth,
  yearOptions,
  YEARS_BACK,
} from '../../src/renderer/src/components/editor/year-month';
import { toFormValues, validFields } from '../../src/renderer/src/lib/story-changes';

describe('splitYearMonth and joinYearMonth', () => {
  it('read the stored value, not set, and either half alone', () => {
    expect(splitYearMonth('2024-03')).toEqual({ year: '2024', month: '03' });
    expect(splitYearMonth('')).toEqual({ year: '', month: '' });
    expect(splitYearMonth('2024-')).toEqual({ year: '2024', month: '' });
    expect(splitYearMonth('-03')).toEqual({ year: '', month: '03' });
  });

  it('read anything unreadable as not set', () => {
    for (const value of ['March 2024', '24-03', '2024-3', '2024-03-01', '-']) {
      expect(splitYearMonth(value)).toEqual({ year: '', month: '' });
    }
  });

  it('give back what they read: the two are inverses', () => {
    for (const value of ['', '2024-03', '2024-', '-11', '1990-12']) {
      expect(joinYearMonth(splitYearMonth(value))).toBe(value);
    }
  });
});

describe('missingHalf', () => {
  it('names the half still to choose, and nothing for a whole date or none', () => {
    expect(missingHalf({ year: '2024', month: '' })).toBe('Add the month to save it.');
    expect(missingHalf({ year: '', month: '03' })).toBe('Add the year to save it.');
    expect(missingHalf({ year: '2024', month: '03' })).toBeNull();
    expect(missingHalf({ year: '', month: '' })).toBeNull();
  });
});

describe('the choices', () => {
  it('months run January to December as "01" to "12"', () => {
    expect(MONTH_OPTIONS).toHaveLength(12);
    expect(MONTH_OPTIONS[0]).toEqual({ value: '01', label: 'January' });
    expect(MONTH_OPTIONS[11]).toEqual({ value: '12', label: 'December' });
  });

  it('years run from this year back YEARS_BACK years, newest first', () => {
    const years = yearOptions(new Date(2026, 4, 1), '');
    expect(years).toHaveLength(YEARS_BACK + 1);
    expect(years[0]).toBe('2026');
    expect(years.at(-1)).toBe(String(2026 - YEARS_BACK));
  });

  it('keep a stored year outside the range, in its place, so it still shows', () => {
    const now = new Date(2026, 4, 1);
    expect(yearOptions(now, '1980').at(-1)).toBe('1980');
    expect(yearOptions(now, '2027')[0]).toBe('2027');
    expect(yearOptions(now, '2020')).toEqual(yearOptions(now, ''));
  });
});

describe('the form schema for "When"', () => {
  const when = StoryFormSchema.shape.when;

  it('accepts not set and a whole month, and refuses half a date in words', () => {
    expect(when.safeParse('').success).toBe(true);
    expect(when.safeParse('2024-03').success).toBe(true);
    expect(when.safeParse('2024-').error?.issues[0]?.message).toBe('Add the month to save it.');
    expect(when.safeParse('-03').error?.issues[0]?.message).toBe('Add the year to save it.');
    expect(when.safeParse('2024-13').error?.issues[0]?.message).toBe('Choose a month and a year.');
  });

  it('never lets half a date reach the bank: the stored month stays until both are chosen', () => {
    const values = { ...toFormValues(emptyStoryContent('Warehouse move')), when: '2024-' };
    expect(validFields(values)).not.toHaveProperty('when');
    expect(validFields({ ...values, when: '' }).when).toBeNull();
    expect(validFields({ ...values, when: '2024-03' }).when).toBe('2024-03');
  });
});
