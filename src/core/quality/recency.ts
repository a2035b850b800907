import type { Check } from './types';
import { formatYearMonth, plural } from './text';

/*
 * When it happened. Interviewers prefer the last ~3 years; a story a little older is a
 * suggestion to find a newer one (a strong old story beats a weak new one), but one from
 * well past the window reads as out of date, and is a problem.
 */

/** Years past the recency window after which an old story is a problem. */
export const FAR_TOO_OLD_EXTRA_YEARS = 2;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Year and month of a "YYYY-MM" value, or null when there is none (or it is malformed). */
function parseWhen(when: string | null): { year: number; month: number } | null {
  const match = when === null ? null : YEAR_MONTH.exec(when);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export const hasDate: Check = {
  id: 'has-date',
  label: 'Month and year given',
  severity: 'suggestion',
  field: 'when',
  run({ story }) {
    const when = parseWhen(story.when);
    if (!when) {
      return {
        passed: false,
        message: 'Add the month and year it happened, so you can tell how recent it is.',
      };
    }
    return { passed: true, message: `Dated ${formatYearMonth(when.year, when.month)}.` };
  },
};

export const recent: Check = {
  id: 'recent',
  label: 'Recent enough',
  severity: 'suggestion',
  field: 'when',
  run({ story, settings, today }) {
    const when = parseWhen(story.when);
    // No date is reported once, by 'has-date'.
    if (!when) {
      return {
        passed: true,
        judged: false,
        message: 'Not judged yet: add when it happened.',
      };
    }
    // Whole months, in the candidate's own calendar (local time): "2023-03" is exactly
    // 3 years before any day of March 2026, and still recent enough at a 3-year limit.
    const months = today.getFullYear() * 12 + today.getMonth() + 1 - (when.year * 12 + when.month);
    const limit = settings.maxStoryAgeYears;
    const from = formatYearMonth(when.year, when.month);
    if (months > (limit + FAR_TOO_OLD_EXTRA_YEARS) * 12) {
      return {
        passed: false,
        severity: 'problem',
        message: `From ${from}, more than ${plural(limit + FAR_TOO_OLD_EXTRA_YEARS, 'year')} ago: it reads as out of date; tell a more recent story for this.`,
      };
    }
    if (months > limit * 12) {
      return {
        passed: false,
        message: `From ${from}, more than ${plural(limit, 'year')} ago; tell a more recent story if you have one.`,
      };
    }
    return { passed: true, message: `From ${from}, within the last ${plural(limit, 'year')}.` };
  },
};
