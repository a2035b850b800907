import { MONTHS } from '../../../../core/quality/text';

/*
 * "When it happened" as two selects, month and year. The form keeps one string, as the bank
 * does ("2024-03"), so the picker adds no state of its own: '' is not set, and a half-chosen
 * date is kept as "2024-" or "-03" so the form can say what is missing. Neither half passes
 * YearMonthSchema, so a half date is never saved (validFields leaves it out).
 */

/** How far back the year list reaches: a career's worth of stories. */
export const YEARS_BACK = 30;

export interface YearMonthParts {
  /** "2024", or '' when not chosen. */
  year: string;
  /** "03", or '' when not chosen. */
  month: string;
}

const PARTS = /^(\d{4})?-(\d{2})?$/;

/** The two halves of the form's value; anything unreadable reads as not set. */
export function splitYearMonth(value: string): YearMonthParts {
  const match = PARTS.exec(value);
  if (!match) return { year: '', month: '' };
  return { year: match[1] ?? '', month: match[2] ?? '' };
}

/** The form's value for two halves: '' when neither is chosen, "2024-03" when both are. */
export function joinYearMonth({ year, month }: YearMonthParts): string {
  if (!year && !month) return '';
  return `${year}-${month}`;
}

/**
 * What a half-chosen date still needs, in words short enough for the field's one message line
 * (a second line would push the fields below); null when the date is whole or not set.
 */
export function missingHalf({ year, month }: YearMonthParts): string | null {
  if (year && !month) return 'Add the month to save it.';
  if (month && !year) return 'Add the year to save it.';
  return null;
}

/** The month choices: "01" → "January", in calendar order. */
export const MONTH_OPTIONS: readonly { value: string; label: string }[] = MONTHS.map(
  (label, index) => ({ value: String(index + 1).padStart(2, '0'), label }),
);

/**
 * The year choices, newest first: this year back YEARS_BACK years. A stored year outside that
 * range (an old story, a clock set wrong) is kept in the list in its place, so it still shows.
 */
export function yearOptions(now: Date, stored: string): string[] {
  const current = now.getFullYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => String(current - back));
  if (/^\d{4}$/.test(stored) && !years.includes(stored)) {
    years.push(stored);
    years.sort((a, b) => Number(b) - Number(a));
  }
  return years;
}
