import type { PracticeEntry } from './practice-schema';
import type { Bank, PrincipleMapping, Story, Strength } from './schema';

/**
 * Edits of a bank's story list that the handlers make and the renderer mirrors on its copy of
 * the bank: one function each, so the screen and the file cannot disagree.
 */

/** In the bank and not in the Trash. */
export const isLive = (story: Pick<Story, 'deletedAt'>) => story.deletedAt === null;

/**
 * The list with `story` in it: in place of the story with its id, else right after `afterId`
 * (a duplicate beside its original), else at the end.
 */
export function placeStory(stories: readonly Story[], story: Story, afterId?: string): Story[] {
  const index = stories.findIndex((candidate) => candidate.id === story.id);
  if (index >= 0) return stories.with(index, story);
  const after = afterId === undefined ? -1 : stories.findIndex((s) => s.id === afterId);
  if (after < 0) return [...stories, story];
  return [...stories.slice(0, after + 1), story, ...stories.slice(after + 1)];
}

/** The stories an export or a check takes: live ones, only those marked ready if asked. */
export const chosenStories = (stories: readonly Story[], readyOnly: boolean) =>
  stories.filter((story) => isLive(story) && (!readyOnly || story.status === 'ready'));

/** Emptying the Trash: the stories that stay. */
export const withoutTrash = (stories: readonly Story[]) => stories.filter(isLive);

/**
 * The bank once the Trash is emptied: its stories go for good, and their rehearsals with them.
 * `recordings` names the audio files those rehearsals leave behind, for the caller to delete.
 */
export function emptiedTrash(bank: Pick<Bank, 'stories' | 'practice'>): {
  stories: Story[];
  practice: PracticeEntry[];
  recordings: string[];
} {
  const stories = withoutTrash(bank.stories);
  const kept = new Set(stories.map((story) => story.id));
  const gone = bank.practice.filter((entry) => !kept.has(entry.storyId));
  return {
    stories,
    practice: gone.length
      ? bank.practice.filter((entry) => kept.has(entry.storyId))
      : bank.practice,
    recordings: gone.flatMap((entry) => (entry.recording ? [entry.recording] : [])),
  };
}

/** A story's mappings with one principle set to a strength, or removed (null); added last. */
export function withMapping(
  mappings: readonly PrincipleMapping[],
  principleId: string,
  strength: Strength | null,
): PrincipleMapping[] {
  const rest = mappings.filter((m) => m.principleId !== principleId);
  return strength ? [...rest, { principleId, strength }] : rest;
}
