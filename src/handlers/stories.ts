import { copyOf } from '../core/model/copy';
import { StorybankError } from '../core/errors';
import { emptyStoryContent } from '../core/model/bank';
import { emptiedTrash, isLive, placeStory } from '../core/model/story-list';
import { deleteRecordings } from '../core/store/recordings';
import type { Bank, Story } from '../core/model/schema';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../shared/contract';

type StoryHandlers = Pick<
  Handlers,
  | 'stories:list'
  | 'stories:get'
  | 'stories:create'
  | 'stories:update'
  | 'stories:delete'
  | 'stories:restore'
  | 'stories:duplicate'
  | 'trash:empty'
>;

function findStory(bank: Bank, id: string): Story {
  const story = bank.stories.find((candidate) => candidate.id === id);
  if (!story) throw new StorybankError('not-found', 'That story is no longer in the bank.');
  return story;
}

export function storyHandlers({ store, now, newId }: HandlerDeps): StoryHandlers {
  return {
    async 'stories:list'(input) {
      const all = store.bank.stories;
      return input?.includeDeleted ? all : all.filter(isLive);
    },
    async 'stories:get'({ id }) {
      return findStory(store.bank, id);
    },
    async 'stories:create'(fields) {
      const at = now().toISOString();
      const story: Story = {
        ...emptyStoryContent(fields.title),
        ...fields,
        id: newId(),
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
      return store.update((bank) => {
        bank.stories = placeStory(bank.stories, story);
        return story;
      });
    },
    async 'stories:update'({ id, changes }) {
      return store.update((bank) => {
        const story = findStory(bank, id);
        Object.assign(story, changes, { updatedAt: now().toISOString() });
        return story;
      });
    },
    async 'stories:delete'({ id }) {
      return store.update((bank) => {
        const story = findStory(bank, id);
        // Deleting moves to the trash; the story stays in the file until the trash is emptied.
        story.deletedAt = now().toISOString();
        story.updatedAt = story.deletedAt;
        return story;
      });
    },
    async 'stories:restore'({ id }) {
      return store.update((bank) => {
        const story = findStory(bank, id);
        story.deletedAt = null;
        story.updatedAt = now().toISOString();
        return story;
      });
    },
    async 'stories:duplicate'({ id }) {
      return store.update((bank) => {
        const original = findStory(bank, id);
        const at = now().toISOString();
        // A variant is its own draft: same content, fresh identity, follow-ups copied anew.
        const copy: Story = {
          ...copyOf(original),
          id: newId(),
          title: copyTitle(original.title),
          status: 'draft',
          followUps: original.followUps.map((followUp) => ({ ...followUp, id: newId() })),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        };
        bank.stories = placeStory(bank.stories, copy, original.id);
        return copy;
      });
    },
    async 'trash:empty'() {
      const { removed, recordings } = await store.update((bank) => {
        const before = bank.stories.length;
        const after = emptiedTrash(bank);
        bank.stories = after.stories;
        bank.practice = after.practice;
        return { removed: before - bank.stories.length, recordings: after.recordings };
      });
      // Their rehearsals left the bank with them; so does the audio of those rehearsals.
      await deleteRecordings(store.dataDir, recordings);
      return { removed };
    },
  };
}

function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return title.length + suffix.length <= 200
    ? title + suffix
    : title.slice(0, 200 - suffix.length) + suffix;
}
