import { StoryContentSchema, type Story, type StoryContent } from '../../../core/model/schema';

/**
 * What the editor's form holds: the story's content, with "When" as the month input's text
 * ('' when cleared) rather than null.
 */
export type StoryFormValues = Omit<StoryContent, 'when'> & { when: string };

export type StoryChanges = Partial<StoryContent>;

export const CONTENT_KEYS = Object.keys(StoryContentSchema.shape) as (keyof StoryContent)[];

export function contentOf(story: StoryContent): StoryContent {
  const content: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) content[key] = story[key];
  return content as StoryContent;
}

export function toFormValues(story: StoryContent | Story): StoryFormValues {
  return { ...contentOf(story), when: story.when ?? '' };
}

/**
 * The fields of the form the bank would accept, as it would store them (titles trimmed,
 * an empty month as null). An invalid field is left out, so it never blocks the others.
 */
export function validFields(values: StoryFormValues): StoryChanges {
  const valid: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    const raw = key === 'when' ? values.when || null : values[key];
    const parsed = StoryContentSchema.shape[key].safeParse(raw);
    if (parsed.success) valid[key] = parsed.data;
  }
  return valid as StoryChanges;
}

/** The fields of `next` that differ from `base`; arrays and objects compare by value. */
export function diffContent(base: StoryContent, next: StoryChanges): StoryChanges {
  const changes: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    if (!(key in next)) continue;
    const value = next[key];
    if (!sameValue(base[key], value)) changes[key] = value;
  }
  return changes as StoryChanges;
}

export function isEmpty(changes: StoryChanges): boolean {
  return Object.keys(changes).length === 0;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
