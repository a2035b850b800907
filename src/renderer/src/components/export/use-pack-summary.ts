import { useEffect, useRef, useState } from 'react';
import type { Bank } from '../../../../core/model/schema';
import type { PrepPackSummary } from '../../../../shared/contract';
import { call, errorMessage } from '../../lib/api';
import type { PackInput } from './pack-options';

/** Long enough that ticking several boxes in a row asks once. */
const DEBOUNCE_MS = 250;

export interface SummaryState {
  summary: PrepPackSummary | null;
  /** True while the summary shown was asked for other options: it is drawn dimmed. */
  stale: boolean;
  error: string | null;
}

/**
 * The bank's summary of the pack the options would make, asked again (debounced) when the
 * options, the stories or the confidential terms change. The last answer stays on screen
 * while the next is on its way, so the line never empties and nothing below it moves.
 */
export function usePackSummary(input: PackInput, bank: Bank): SummaryState {
  // The mask does not change the summary: leave it out, so toggling it does not ask again.
  const request = { ...input, redact: false };
  const key = JSON.stringify(request);
  const [answer, setAnswer] = useState<{
    key: string;
    summary: PrepPackSummary | null;
    error: string | null;
  }>({ key: '', summary: null, error: null });
  const latest = useRef(0);
  const { stories } = bank;
  const terms = bank.settings.confidentialTerms;

  useEffect(() => {
    const seq = ++latest.current;
    const timer = setTimeout(() => {
      call('export:summary', JSON.parse(key) as PackInput).then(
        (summary) => seq === latest.current && setAnswer({ key, summary, error: null }),
        (error: unknown) =>
          seq === latest.current &&
          setAnswer((old) => ({ key, summary: old.summary, error: errorMessage(error) })),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, stories, terms]);

  return { summary: answer.summary, stale: answer.key !== key, error: answer.error };
}
