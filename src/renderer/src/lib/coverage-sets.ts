import { useCallback, useEffect, useRef } from 'react';
import type { Channel } from '../../../shared/channels';
import type { InputOf, OutputOf, SetsChange } from '../../../shared/contract';
import { call } from './api';
import { useBankApi } from './bank-context';
import { viewWithSets } from './view-edits';

/** The channels that edit principle sets; each answers a SetsChange. */
export type SetsChannel = {
  [C in Channel]: OutputOf<C> extends SetsChange ? C : never;
}[Channel];

/**
 * Sends one principle-set edit and puts the answer into the view: the sets and active set
 * replace the view's, and stories the edit changed (a removed principle's mappings) are put.
 * A rejection is an ApiError whose message the caller shows.
 */
export function useSetsEdit() {
  const { view, replaceView } = useBankApi();
  // The newest view, so an answer arriving after other changes does not undo them.
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  }, [view]);

  return useCallback(
    async <C extends SetsChannel>(channel: C, input: InputOf<C>): Promise<SetsChange> => {
      const change = (await call(channel, input)) as SetsChange;
      const next = viewWithSets(latest.current, change);
      // Kept at once too: a second edit answered before the next render builds on this one.
      latest.current = next;
      replaceView(next);
      return change;
    },
    [replaceView],
  );
}
