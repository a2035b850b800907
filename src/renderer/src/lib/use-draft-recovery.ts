import { useEffect } from 'react';
import { useBankApi } from './bank-context';
import { browserDraftStorage } from './draft-journal';
import { recoverDraftsOnce } from './draft-recovery';
import { useStoryActions } from './story-actions';

/** Saves text typed before the window last closed, once the bank is open (see draft-recovery). */
export function useDraftRecovery(): void {
  const { view } = useBankApi();
  const { update } = useStoryActions();
  const stories = view.bank.stories;

  useEffect(() => {
    const storage = browserDraftStorage();
    if (!storage) return;
    recoverDraftsOnce(storage, (id) => stories.some((story) => story.id === id), update);
  }, [stories, update]);
}
