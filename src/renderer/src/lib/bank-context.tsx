import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Settings, Story } from '../../../core/model/schema';
import type { BankView } from '../../../shared/contract';

/**
 * The bank as the views see it, and the only ways to change the renderer's copy. Every
 * change mirrors an answer from the bank (a saved story, new settings), never a guess.
 */
export interface BankApi {
  view: BankView;
  replaceView(view: BankView): void;
  /** Puts a story as the bank answered it into the view: added if new, replaced otherwise. */
  putStory(story: Story): void;
  /** Drops stories the bank no longer holds (after emptying the trash). */
  dropStories(keep: (story: Story) => boolean): void;
  putSettings(settings: Settings): void;
}

const BankContext = createContext<BankApi | null>(null);

interface BankProviderProps {
  view: BankView;
  replaceView: (view: BankView) => void;
  updateView: (change: (view: BankView) => BankView) => void;
  children: ReactNode;
}

const withStories = (view: BankView, stories: Story[]): BankView => ({
  ...view,
  bank: { ...view.bank, stories },
});

export function BankProvider({ view, replaceView, updateView, children }: BankProviderProps) {
  const api = useMemo<BankApi>(
    () => ({
      view,
      replaceView,
      putStory: (story) =>
        updateView((current) => {
          const stories = current.bank.stories;
          const index = stories.findIndex((candidate) => candidate.id === story.id);
          const next = index < 0 ? [...stories, story] : stories.with(index, story);
          return withStories(current, next);
        }),
      dropStories: (keep) =>
        updateView((current) => withStories(current, current.bank.stories.filter(keep))),
      putSettings: (settings) =>
        updateView((current) => ({ ...current, bank: { ...current.bank, settings } })),
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
