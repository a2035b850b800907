import type { RoundKind } from '../../../../core/model/loop-schema';

/** How the Loops view says kinds of rounds and how far away a loop is. */

export const KIND_LABEL: Record<RoundKind, string> = {
  'phone-screen': 'Phone screen',
  'hiring-manager': 'Hiring manager',
  peer: 'Peer',
  'bar-raiser': 'Bar Raiser',
  other: 'Other',
};

const DAY = 24 * 60 * 60 * 1000;

/** "in 13 days", "tomorrow", "today", "3 days ago", or "no date yet". */
export function countdown(at: string | null, now: Date): string {
  if (!at) return 'no date yet';
  const [date] = at.split('T') as [string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = Date.UTC(year, month - 1, day);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((target - today) / DAY);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
