import { useMemo, useState, type RefObject } from 'react';
import type { Story } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useStoryActions } from '../../lib/story-actions';
import { useToasts } from '../toasts/toast-context';
import type { FocusRequest } from './StoryListbox';

interface LibraryActionsOptions {
  /** The visible stories, in order: "the next story" is the next one on screen. */
  visible: readonly Story[];
  onSelect: (id: string) => void;
  /** Where focus goes when the list has nothing left to focus. */
  titleRef: RefObject<HTMLInputElement | null>;
}

/**
 * Move to Trash (with Undo) and Duplicate, as the list and its toolbar use them. Each keeps
 * the keyboard where the person expects it: on the next row, the restored row, the copy.
 */
export function useLibraryActions({ visible, onSelect, titleRef }: LibraryActionsOptions) {
  const actions = useStoryActions();
  const { show } = useToasts();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const operations = useMemo(() => {
    const selectAndFocus = (id: string) => {
      onSelect(id);
      setFocusRequest({ id });
    };
    const failed = (error: unknown) => show({ message: errorMessage(error), tone: 'error' });

    async function restore(id: string) {
      try {
        await actions.restore(id);
        selectAndFocus(id);
      } catch (error) {
        failed(error);
      }
    }

    async function trash(id: string) {
      const index = visible.findIndex((story) => story.id === id);
      const next = index < 0 ? undefined : (visible[index + 1] ?? visible[index - 1]);
      let story: Story;
      try {
        story = await actions.trash(id);
      } catch (error) {
        failed(error);
        return;
      }
      if (next) selectAndFocus(next.id);
      else titleRef.current?.focus();
      show({
        message: `Moved “${story.title}” to Trash.`,
        action: { label: 'Undo', run: () => restore(story.id) },
      });
    }

    async function duplicate(id: string) {
      try {
        selectAndFocus((await actions.duplicate(id)).id);
      } catch (error) {
        failed(error);
      }
    }

    return { trash, duplicate };
  }, [actions, show, visible, onSelect, titleRef]);

  return { ...operations, focusRequest };
}
