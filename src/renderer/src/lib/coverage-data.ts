import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { countsToward, coverageOf, type CoverageFilter } from '../../../core/coverage/coverage';
import type { Settings } from '../../../core/model/schema';
import { call } from './api';
import { useBankApi } from './bank-context';
import { keptOrder } from './coverage-order';
import { patchedPrinciples } from './coverage-patch';

/**
 * The coverage report of the active set, memoized on exactly what it reads (stories, set,
 * settings, filter), so switching tabs or moving focus never recounts 1,000 stories, and a
 * toggle recounts only the principle it changed before the full count catches up.
 */
export function useCoverage(filters: { tag: string; company: string; readyOnly: boolean }) {
  const { tag, company, readyOnly } = filters;
  const { view } = useBankApi();
  const { stories, settings, principleSets, activeSetId } = view.bank;
  const set = useMemo(
    () => principleSets.find((candidate) => candidate.id === activeSetId) ?? principleSets[0]!,
    [principleSets, activeSetId],
  );
  // "Recent" is judged against the day the view opened; it cannot drift while one looks.
  const [today] = useState(() => new Date());
  const filter = useMemo<CoverageFilter>(
    () => ({ readyOnly, tag: tag || undefined, company: company || undefined }),
    [readyOnly, tag, company],
  );
  // The full count runs on a deferred copy of the stories; right after a toggle, the urgent
  // render patches just the principles it touched, so the row counts change at once and the
  // summary (from the full count) follows a frame later.
  const counted = useDeferredValue(stories);
  const full = useMemo(
    () => coverageOf(counted, set, settings, today, filter),
    [counted, set, settings, today, filter],
  );
  const report = useMemo(() => {
    if (counted === stories) return full;
    const principles = patchedPrinciples(full, counted, stories, set, settings, today, filter);
    return principles ? { ...full, principles } : coverageOf(stories, set, settings, today, filter);
  }, [full, counted, stories, set, settings, today, filter]);
  // The matrix shows the stories that count, so what is on screen is what is counted.
  const shown = useMemo(
    () => stories.filter((story) => countsToward(story, filter)),
    [stories, filter],
  );
  return { set, settings, report, shown, filter };
}

/**
 * An order that holds while the person toggles cells (see keptOrder) and is sorted afresh
 * when `resetKey` (the sort, the filters, the targets) changes.
 */
export function useKeptOrder(ids: readonly string[], sort: () => string[], resetKey: string) {
  const [kept, setKept] = useState<{ key: string; order: readonly string[] } | null>(null);
  const order = kept?.key === resetKey ? keptOrder(kept.order, ids, sort) : sort();
  // Adjusting state while rendering (React's documented pattern): no extra paint.
  if (kept?.key !== resetKey || kept.order !== order) setKept({ key: resetKey, order });
  return order;
}

/** Saves settings and puts the bank's answer (the full settings) into the view. */
export function useSettingsSaver() {
  const { putSettings } = useBankApi();
  return useCallback(
    async (changes: Partial<Settings>) => putSettings(await call('settings:update', { changes })),
    [putSettings],
  );
}
