/**
 * Counting and wording helpers shared by the checks. Regexes are compiled once here: the
 * library runs every check on every story on each render.
 */

/**
 * A word: letters or digits, possibly joined inside by an apostrophe, dot, comma or hyphen,
 * so "I’m", "1.2", "40,000" and "follow-up" are one word each, as they are spoken about once.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const NOT_BLANK = /\S/;

export function countWords(text: string): number {
  // A shared global regex is safe: the loop is synchronous and always restarts at 0.
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** "45 s", "3 min", "1 min 30 s": how a person says a duration. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "1 word", "3 words". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** How often something is said: "never", "once", "twice", "5 times". */
export function times(count: number): string {
  if (count === 0) return 'never';
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-03" → "March 2024"; fixed English, not Intl, so messages are the same everywhere. */
export function formatYearMonth(year: number, month: number): string {
  return `${MONTHS[month - 1] ?? ''} ${year}`.trim();
}
