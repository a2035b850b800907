import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Story } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { SaveQueue, type SaveState } from '../../lib/autosave';
import { browserDraftStorage, clearDraft, readDraft, writeDraft } from '../../lib/draft-journal';
import { recoveryOf, wasRecovered } from '../../lib/draft-recovery';
import { useStoryActions } from '../../lib/story-actions';
import {
  contentOf,
  diffContent,
  isEmpty,
  toFormValues,
  validFields,
  type StoryFormValues,
} from '../../lib/story-changes';

export interface StartingPoint {
  values: StoryFormValues;
  /** Text typed before the window last closed was found (in the journal or already saved). */
  recovered: boolean;
  /** Some of it is not in the bank yet: save it at once. */
  unsaved: boolean;
}

/** The form's first values: the story, with any unsaved draft from the journal laid over it. */
export function startingPoint(story: Story): StartingPoint {
  const storage = browserDraftStorage();
  const draft = storage ? readDraft(storage, story.id) : null;
  const base = contentOf(story);
  const unsaved = draft !== null && !isEmpty(diffContent(base, draft.changes));
  return {
    values: toFormValues({ ...base, ...draft?.changes }),
    recovered: unsaved || wasRecovered(story.id),
    unsaved,
  };
}

export interface Autosave {
  state: SaveState;
  /** Sends now (leaving a field, "Try again"). */
  flush: () => void;
}

/**
 * Keeps one story's form in the bank: every edit goes to the draft journal at once and to
 * the bank after a pause, on leaving a field, when the editor closes and when the window is
 * hidden or closed. See lib/autosave.ts for the queue and lib/draft-journal.ts for the journal.
 */
export function useAutosave(
  story: Story,
  form: UseFormReturn<StoryFormValues>,
  start: StartingPoint,
): Autosave {
  const { update } = useStoryActions();
  const [state, setState] = useState<SaveState>(() => ({
    kind: 'saved',
    at: Date.parse(story.updatedAt),
  }));
  const queueRef = useRef<SaveQueue | null>(null);
  const updateRef = useRef(update);
  const [initial] = useState(() => ({ story, start }));

  useEffect(() => {
    updateRef.current = update;
  }, [update]);

  useEffect(() => {
    const { story, start } = initial;
    const id = story.id;
    const storage = browserDraftStorage();
    const queue = new SaveQueue({
      base: contentOf(story),
      send: async (changes) => {
        await recoveryOf(id);
        return updateRef.current(id, changes);
      },
      onUnconfirmed: (changes) => storage && writeDraft(storage, id, changes, Date.now()),
      onConfirmed: () => storage && clearDraft(storage, id, Date.now()),
      onState: setState,
      describeError: errorMessage,
    });
    queueRef.current = queue;
    const edited = () => queue.edit(validFields(form.getValues()));
    const subscription = form.watch(edited);
    if (start.unsaved) {
      edited();
      queue.flush();
    }

    const flush = () => queue.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') queue.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Switching stories closes the editor: what is pending goes now, and keeps going.
      queue.flush();
      queue.detach();
      queueRef.current = null;
    };
  }, [initial, form]);

  // A restore or a conflict resolution can replace the story under an idle editor.
  useEffect(() => {
    const queue = queueRef.current;
    if (!queue || queue.holds(story)) return;
    if (queue.rebase(story)) form.reset(toFormValues(story));
  }, [story, form]);

  const flush = useCallback(() => queueRef.current?.flush(), []);
  return { state, flush };
}
