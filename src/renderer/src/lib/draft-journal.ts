import { StoryContentSchema } from '../../../core/model/schema';
import { CONTENT_KEYS, isEmpty, type StoryChanges } from './story-changes';

/**
 * The local safety net under autosave: every edit the bank has not yet confirmed is written
 * here synchronously, so a window closed (or crashed) between typing and saving loses nothing.
 * The shape of the Web Storage API, taken as a parameter so tests use an in-memory one.
 */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft {
  changes: StoryChanges;
  /** When the newest change in it was typed (ms since 1970). */
  at: number;
}

const PREFIX = 'storybank.pending.';

export const draftKey = (storyId: string) => PREFIX + storyId;

/** Records what is not yet saved; false when the storage refused (full, disabled). */
export function writeDraft(
  storage: DraftStorage,
  storyId: string,
  changes: StoryChanges,
  at: number,
): boolean {
  try {
    storage.setItem(draftKey(storyId), JSON.stringify({ changes, at } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * The unsaved changes for a story, or null. A damaged entry is ignored, not deleted: it may
 * still hold text a person could copy out by hand. Fields that no longer fit the model are
 * dropped one by one, so one bad field does not cost the others.
 */
export function readDraft(storage: DraftStorage, storyId: string): Draft | null {
  let parsed: unknown;
  try {
    const text = storage.getItem(draftKey(storyId));
    if (text === null) return null;
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { changes, at } = parsed as { changes?: unknown; at?: unknown };
  if (typeof at !== 'number' || typeof changes !== 'object' || changes === null) return null;
  const kept: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    if (!(key in changes)) continue;
    const field = StoryContentSchema.shape[key].safeParse(
      (changes as Record<string, unknown>)[key],
    );
    if (field.success) kept[key] = field.data;
  }
  return isEmpty(kept) ? null : { changes: kept as StoryChanges, at };
}

/**
 * Forgets a story's draft once the bank confirmed a save of everything typed up to
 * `confirmedUpTo`. A draft written later holds a newer edit, and stays.
 */
export function clearDraft(storage: DraftStorage, storyId: string, confirmedUpTo: number): void {
  try {
    const text = storage.getItem(draftKey(storyId));
    if (text === null) return;
    const at: unknown = JSON.parse(text)?.at;
    if (typeof at !== 'number' || at > confirmedUpTo) return;
    storage.removeItem(draftKey(storyId));
  } catch {
    // An unreadable entry is left alone (see readDraft); storage errors change nothing.
  }
}

/** The ids of every story with a readable draft. */
export function storiesWithDrafts(storage: DraftStorage): string[] {
  const ids: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
  } catch {
    return [];
  }
  return ids.filter((id) => readDraft(storage, id) !== null);
}

/** localStorage when the window has one (a disabled or sandboxed one throws on access). */
export function browserDraftStorage(): DraftStorage | null {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}
