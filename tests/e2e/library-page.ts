import type { APIRequestContext, Page } from '@playwright/test';
import { expect, type WebApp } from './web-app';

/** Seeds a story through the API, as fast as a test can; later seeds are "edited" later. */
export async function seed(request: APIRequestContext, app: WebApp, data: Record<string, unknown>) {
  const response = await request.post(app.origin + '/api/stories:create', {
    headers: { origin: app.origin, 'x-storybank-token': app.token },
    data,
  });
  const envelope = await response.json();
  expect(envelope.ok).toBe(true);
  return envelope.value as { id: string; title: string };
}

export const stories = (page: Page) => page.getByRole('listbox', { name: 'Stories' });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A row's accessible name is all its text, title first, then a full stop (none after a title
 * ending in punctuation) and the status: this matches a whole title, so "Alpha" is not
 * "Alpha (copy)".
 */
export const titled = (title: string) => new RegExp(`^${escaped(title)}\\.? (Draft|Ready)\\b`);
export const option = (page: Page, title: string) =>
  stories(page).getByRole('option', { name: titled(title) });
/** The button that folds the filter menus; its name grows a count ("Filters 2 active"). */
export const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters/ });
export const filterMenus = (page: Page) => page.getByRole('group', { name: 'Filters' });

/** Whether keyboard focus is in the right pane (the editor), not in the library. */
export const focusInEditor = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return !!active?.closest('.stories-view > *:not(.library)');
  });
