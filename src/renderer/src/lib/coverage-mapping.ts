import { useCallback, useEffect, useRef } from 'react';
import type { Story, Strength } from '../../../core/model/schema';
import { call, errorMessage } from './api';
import { useBankApi } from './bank-context';
import { withPendingMappings } from './coverage-edits';

interface Pending {
  /** The story as the bank last answered it. */
  confirmed: Story;
  /** Mappings clicked but not yet answered, by principle id, each with its click number. */
  edits: Map<string, { strength: Strength | null; seq: number }>;
  /** Saves of one story go one after another, so the bank applies them in click order. */
  queue: Promise<void>;
}

export interface MappingFailure {
  /** Which cell, in words: "Dive Deep × Billing migration". */
  about: string;
  message: string;
}

/**
 * Saves a cell at once and shows it before the bank answers (a toggle must feel instant on
 * a large bank). A failed save takes the cell back to what the bank holds and reports why.
 */
export function useMappingSaver(onFailure: (failure: MappingFailure) => void) {
  const { view, putStory } = useBankApi();
  const stories = useRef(view.bank.stories);
  useEffect(() => {
    stories.current = view.bank.stories;
  }, [view.bank.stories]);
  const pending = useRef(new Map<string, Pending>());
  const clicks = useRef(0);

  return useCallback(
    (storyId: string, principleId: string, strength: Strength | null, about: string) => {
      let entry = pending.current.get(storyId);
      if (!entry) {
        const story = stories.current.find((candidate) => candidate.id === storyId);
        if (!story) return;
        entry = { confirmed: story, edits: new Map(), queue: Promise.resolve() };
        pending.current.set(storyId, entry);
      }
      const current = entry;
      const seq = ++clicks.current;
      current.edits.set(principleId, { strength, seq });
      const shown = () =>
        withPendingMappings(
          current.confirmed,
          new Map([...current.edits].map(([id, edit]) => [id, edit.strength])),
        );
      putStory(shown());

      current.queue = current.queue.then(async () => {
        try {
          current.confirmed = await call('stories:setMapping', { storyId, principleId, strength });
        } catch (error) {
          onFailure({ about, message: errorMessage(error) });
        }
        // A later click on the same cell is still on its way: it stays laid over the answer.
        if (current.edits.get(principleId)?.seq === seq) current.edits.delete(principleId);
        putStory(shown());
        if (current.edits.size === 0) pending.current.delete(storyId);
      });
    },
    [putStory, onFailure],
  );
}
