/**
 * One cell's text as a story field wants it: a month from the dates people write, a status,
 * a list of tags or questions, follow-ups with their answers. Pure.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

const ym = (year: string | number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** One date as "YYYY-MM", or null when the text is not one Storybank reads. */
function oneMonth(text: string): string | null {
  const t = text.trim().replace(/^(around|about|circa|c\.)\s+/i, '');
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return valid(m[1]!, Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return valid(m[2]!, Number(m[1]));
  // 03/14/2024 (US, what Sheets and Excel write by default) or 14/03/2024 when it cannot be US.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return valid(m[3]!, Number(m[1]) > 12 ? Number(m[2]) : Number(m[1]));
  m = new RegExp(`^${MONTH}\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?'?(\\d{4}|\\d{2})$`, 'i').exec(t);
  if (m) return valid(fullYear(m[2]!), monthOf(m[1]!));
  m = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return valid(m[2]!, monthOf(m[1]!));
  m = /^q([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(t) ?? /^(\d{4})\s*[-/ ]?\s*q([1-4])$/i.exec(t);
  if (m) {
    const [quarter, year] = m[1]!.length === 4 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    return valid(year, (Number(quarter) - 1) * 3 + 1);
  }
  return null;
}

const fullYear = (year: string) => (year.length === 2 ? `20${year}` : year);

function valid(year: string, month: number): string | null {
  const y = Number(year);
  return month >= 1 && month <= 12 && y >= 1950 && y <= 2100 ? ym(year, month) : null;
}

export type MonthReading = { ok: true; when: string | null } | { ok: false; reason: string };

/**
 * When a story happened, by month. A range ("Jan 2023 – Mar 2023") counts by its end, when the
 * result came. A year alone is not enough to place it, and is said so rather than guessed.
 */
export function readMonth(text: string): MonthReading {
  const t = text.trim();
  if (!t) return { ok: true, when: null };
  const whole = oneMonth(t);
  if (whole) return { ok: true, when: whole };
  const parts = t.split(/\s+(?:–|—|-|to|until)\s+|\s*[–—]\s*/i).filter(Boolean);
  const end = parts.length > 1 ? oneMonth(parts.at(-1)!) : null;
  if (end) return { ok: true, when: end };
  if (/^\d{4}$/.test(t)) {
    return { ok: false, reason: `“${t}” gives the year but not the month (write ${t}-06, say)` };
  }
  return { ok: false, reason: `“${short(t)}” is not a month Storybank can read (write 2024-03)` };
}

/** Marked ready in any of the ways trackers say done; anything else is a draft. */
export function readStatus(text: string): 'ready' | 'draft' {
  return /^\s*(ready|done|final|finished|complete|completed|polished|yes|y|true|x|✓|✔|✅)\s*$/i.test(
    text,
  )
    ? 'ready'
    : 'draft';
}

/** Tags: comma, semicolon or line separated; repeats (in any case) once. */
export function readList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const item = raw.replace(/^\s*(?:[-*•]|#)\s*/, '').trim();
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      items.push(item);
    }
  }
  return items;
}

const ITEM = /^\s*(?:[-*•]|\d+[.)])\s+|^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/;

/** Questions one a line (or list item); list markers and numbering left out. */
export function readQuestions(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1'))
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Follow-ups: each list item or bold line a question; the lines under it (or after "?" on the
 * same line, "Q? A.") its answer.
 */
export function readFollowUps(text: string): { question: string; answer: string }[] {
  const items: { question: string; answer: string[] }[] = [];
  const lines = text.split('\n');
  // Without list markers or bold, a cell is one question a line.
  const listed = lines.some((line) => ITEM.test(line));
  for (const line of lines) {
    const marked = ITEM.exec(line);
    if (marked || !listed || items.length === 0) {
      const content = (marked?.[1] ?? line.replace(ITEM, '')).trim();
      if (!content) continue;
      const split = /^(.*?\?)\s+(.+)$/.exec(content);
      items.push(
        split ? { question: split[1]!, answer: [split[2]!] } : { question: content, answer: [] },
      );
    } else items.at(-1)!.answer.push(line);
  }
  return items.map((item) => ({
    question: item.question,
    answer: item.answer
      .join('\n')
      .replace(/_No answer yet\._/, '')
      .trim(),
  }));
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
