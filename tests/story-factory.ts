import { emptyStoryContent } from '../src/core/model/bank';
import type { Story } from '../src/core/model/schema';

/*
 * Stories for tests, free of Node so the renderer's tests use them too (tests/helpers.ts,
 * which makes folders and stores, re-exports them for the rest).
 */

export const CREATED_AT = '2026-01-01T10:00:00.000Z';
export const TRASHED_AT = '2026-01-02T10:00:00.000Z';

/** A stored story with only a title (its id too, unless given), as the store keeps it. */
export function testStory(title: string, overrides: Partial<Story> = {}): Story {
  return {
    ...emptyStoryContent(title),
    id: title,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    deletedAt: null,
    ...overrides,
  };
}
