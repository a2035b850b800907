import { useMemo } from 'react';
import type { InputOf } from '../../../shared/contract';
import { call } from './api';
import { useBankApi } from './bank-context';

/**
 * Story changes that go to the bank and, once it answers, into the view. A rejection is an
 * ApiError whose message is for the person; callers show it and keep what was typed.
 */
export function useStoryActions() {
  const { putStory, emptyTrash } = useBankApi();
  return useMemo(
    () => ({
      async create(fields: InputOf<'stories:create'>) {
        const story = await call('stories:create', fields);
        putStory(story);
        return story;
      },
      async update(id: string, changes: InputOf<'stories:update'>['changes']) {
        const story = await call('stories:update', { id, changes });
        putStory(story);
        return story;
      },
      async trash(id: string) {
        const story = await call('stories:delete', { id });
        putStory(story);
        return story;
      },
      async restore(id: string) {
        const story = await call('stories:restore', { id });
        putStory(story);
        return story;
      },
      async duplicate(id: string) {
        const story = await call('stories:duplicate', { id });
        putStory(story, id);
        return story;
      },
      async emptyTrash() {
        const result = await call('trash:empty');
        emptyTrash();
        return result;
      },
    }),
    [putStory, emptyTrash],
  );
}
