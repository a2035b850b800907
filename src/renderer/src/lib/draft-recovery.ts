import { clearDraft, readDraft, storiesWithDrafts, type DraftStorage } from './draft-journal';
import type { StoryChanges } from './story-changes';

/*
 * At start, drafts left by a window that closed before its saves finished go to the bank.
 * An editor opened meanwhile waits for its story's recovery before sending its own saves,
 * so an older draft can never land after newer text.
 */

type Update = (id: string, changes: StoryChanges) => Promise<unknown>;

const inProgress = new Map<string, Promise<void>>();
const recovered = new Set<string>();
let started = false;

/**
 * Saves every draft whose story is in the bank; returns the ids it tried. A draft whose save
 * fails stays in the journal: the editor applies it when the story is opened, and retries.
 */
export function recoverDrafts(
  storage: DraftStorage,
  inBank: (id: string) => boolean,
  update: Update,
): string[] {
  const ids = storiesWithDrafts(storage).filter(inBank);
  for (const id of ids) {
    const draft = readDraft(storage, id);
    if (!draft) continue;
    const done = update(id, draft.changes).then(
      () => {
        clearDraft(storage, id, draft.at);
        recovered.add(id);
      },
      () => {},
    );
    inProgress.set(id, done);
    void done.finally(() => inProgress.delete(id));
  }
  return ids;
}

/** Runs `recoverDrafts` once per app start, however often the stories view mounts. */
export function recoverDraftsOnce(...args: Parameters<typeof recoverDrafts>): void {
  if (started) return;
  started = true;
  recoverDrafts(...args);
}

/** Resolves once the start-up recovery of this story (if any) has finished. */
export function recoveryOf(id: string): Promise<void> {
  return inProgress.get(id) ?? Promise.resolve();
}

/** True for a story whose text was recovered at start, until the person has seen it. */
export function wasRecovered(id: string): boolean {
  return recovered.has(id);
}

export function forgetRecovered(id: string): void {
  recovered.delete(id);
}
