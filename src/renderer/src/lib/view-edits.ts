import type { Loop } from '../../../core/model/loop-schema';
import type { Settings, Story } from '../../../core/model/schema';
import { emptiedTrash, placeStory } from '../../../core/model/story-list';
import type { PracticeEntry } from '../../../core/model/practice-schema';
import { withoutRecording } from '../../../core/portability/practice-merge';
import type { BankView, SetsChange } from '../../../shared/contract';

/**
 * How the renderer's copy of the bank follows each answer of the bank, with the very core
 * functions the handlers used to make the change, so the screen and the file cannot disagree.
 * Pure, and free of React, so a test can run them beside the real handlers.
 */

const withStories = (view: BankView, stories: Story[]): BankView => ({
  ...view,
  bank: { ...view.bank, stories },
});

/** A story as the bank answered it, where the bank put it (after `afterId` for a duplicate). */
export const viewWithStory = (view: BankView, story: Story, afterId?: string): BankView =>
  withStories(view, placeStory(view.bank.stories, story, afterId));

export function viewWithoutTrash(view: BankView): BankView {
  const { stories, practice } = emptiedTrash(view.bank);
  return { ...view, bank: { ...view.bank, stories, practice } };
}

/** A rehearsal as the bank answered it: in place of its old version, else at the end. */
export function viewWithPractice(view: BankView, entry: PracticeEntry): BankView {
  const practice = view.bank.practice;
  const index = practice.findIndex((candidate) => candidate.id === entry.id);
  const next = index >= 0 ? practice.with(index, entry) : [...practice, entry];
  return { ...view, bank: { ...view.bank, practice: next } };
}

/** Every recording was deleted: the log keeps the rehearsals without them. */
export const viewWithoutRecordings = (view: BankView): BankView => ({
  ...view,
  bank: {
    ...view.bank,
    practice: view.bank.practice.map((entry) =>
      entry.recording ? withoutRecording(entry) : entry,
    ),
  },
});

export const viewWithSettings = (view: BankView, settings: Settings): BankView => ({
  ...view,
  bank: { ...view.bank, settings },
});

/** A principle-set edit: the sets and active set as answered, and the stories it changed. */
export function viewWithSets(view: BankView, change: SetsChange): BankView {
  let next: BankView = {
    ...view,
    bank: { ...view.bank, activeSetId: change.activeSetId, principleSets: change.sets },
  };
  for (const story of change.storiesChanged) next = viewWithStory(next, story);
  return next;
}

/** A loop as the bank answered it: in place of its old version, else at the end. */
export function viewWithLoop(view: BankView, loop: Loop): BankView {
  const loops = view.bank.loops;
  const index = loops.findIndex((candidate) => candidate.id === loop.id);
  const next = index >= 0 ? loops.with(index, loop) : [...loops, loop];
  return { ...view, bank: { ...view.bank, loops: next } };
}

export const viewWithoutLoop = (view: BankView, id: string): BankView => ({
  ...view,
  bank: { ...view.bank, loops: view.bank.loops.filter((loop) => loop.id !== id) },
});
