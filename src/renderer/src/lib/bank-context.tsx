import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Settings, Story } from '../../../core/model/schema';
import {
  viewWithLoop,
  viewWithoutLoop,
  viewWithSets,
  viewWithSettings,
  viewWithStory,
  viewWithoutTrash,
  viewWithPractice,
  viewWithoutRecordings,
} from './view-edits';
import type { PracticeEntry } from '../../../core/model/practice-schema';
import type { BankView, SetsChange } from '../../../shared/contract';
import type { Loop } from '../../../core/model/loop-schema';

/**
 * The bank as the views see it, and the only ways to change the renderer's copy. Every
 * change mirrors an answer from the bank (a saved story, new settings), never a guess.
 */
export interface BankApi {
  view: BankView;
  replaceView(view: BankView): void;
  /**
   * Puts a story as the bank answered it into the view, where the bank put it: in place of
   * its old version, else after `afterId` (a duplicate), else at the end.
   */
  putStory(story: Story, afterId?: string): void;
  /** The Trash was emptied: its stories leave the view as they left the bank. */
  emptyTrash(): void;
  putSettings(settings: Settings): void;
  /** A loop as the bank answered it; dropLoop after it was deleted. */
  putLoop(loop: Loop): void;
  dropLoop(id: string): void;
  /** Principle sets as an edit answered them (a debrief adds questions). */
  putSets(change: SetsChange): void;
  /** A rehearsal as the bank logged it (or as it is after its recording was deleted). */
  putPractice(entry: PracticeEntry): void;
  /** Every recording was deleted. */
  dropRecordings(): void;
}

const BankContext = createContext<BankApi | null>(null);

interface BankProviderProps {
  view: BankView;
  replaceView: (view: BankView) => void;
  updateView: (change: (view: BankView) => BankView) => void;
  children: ReactNode;
}

export function BankProvider({ view, replaceView, updateView, children }: BankProviderProps) {
  const api = useMemo<BankApi>(
    () => ({
      view,
      replaceView,
      putStory: (story, afterId) => updateView((current) => viewWithStory(current, story, afterId)),
      emptyTrash: () => updateView(viewWithoutTrash),
      putSettings: (settings) => updateView((current) => viewWithSettings(current, settings)),
      putLoop: (loop) => updateView((current) => viewWithLoop(current, loop)),
      dropLoop: (id) => updateView((current) => viewWithoutLoop(current, id)),
      putSets: (change) => updateView((current) => viewWithSets(current, change)),
      putPractice: (entry) => updateView((current) => viewWithPractice(current, entry)),
      dropRecordings: () => updateView(viewWithoutRecordings),
    }),
    [view, replaceView, updateView],
  );
  return <BankContext.Provider value={api}>{children}</BankContext.Provider>;
}

export function useBankApi(): BankApi {
  const api = useContext(BankContext);
  if (!api) throw new Error('useBankApi is used outside BankProvider.');
  return api;
}
