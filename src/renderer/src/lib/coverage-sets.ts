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

/** Saves text as a file through the browser's download, which both the app and a browser allow. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has handed the file to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
