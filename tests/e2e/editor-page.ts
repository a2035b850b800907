import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type WebApp } from './web-app';

/** The Stories view's editor as a person finds it: by role and label. */
export const editor = (page: Page) => page.getByRole('region', { name: 'Editor' });
export const checks = (page: Page) => page.getByRole('complementary', { name: 'Checks' });
export const saveState = (page: Page) => editor(page).getByRole('status');
export const field = (page: Page, name: string) =>
  editor(page).getByRole('textbox', { name, exact: true });

/** Creates a story the way a person does; it opens in the editor with the title focused. */
export async function createStory(page: Page, app: WebApp, title: string): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Story title').fill(title);
  await page.getByLabel('Story title').press('Enter');
  await expect(field(page, 'Title')).toBeFocused();
}

/** A row's name starts with its title; what follows (status, headline…) is the library's. */
export const storyRow = (page: Page, title: string) =>
  page.getByRole('listbox', { name: 'Stories' }).getByRole('option', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|$)`),
  });

export async function openStory(page: Page, title: string): Promise<void> {
  await storyRow(page, title).click();
  await expect(editor(page).getByRole('heading', { name: title })).toBeVisible();
}

export async function readBank(dataDir: string) {
  return JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
}
