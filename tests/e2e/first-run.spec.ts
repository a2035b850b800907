import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { api, seed } from './app-api';
import { expect, test } from './web-app';

const guide = (page: Page) =>
  page.getByRole('region', { name: 'Your first prep pack in three steps' });

test('an empty bank teaches three steps and offers a sample story, which trashes like any', async ({
  app,
  page,
  request,
}) => {
  await page.goto(app.url);
  const steps = guide(page).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText(/^Write/);
  await expect(steps.nth(1)).toContainText(/^Map/);
  await expect(steps.nth(2)).toContainText(/^Export/);

  const add = guide(page).getByRole('button', { name: 'Add a sample story' });
  await expect(add).toHaveAccessibleDescription(/tagged sample/);
  // Keyboard first: focus it and press Enter.
  await add.focus();
  await add.press('Enter');

  const list = page.getByRole('listbox', { name: 'Stories' });
  await expect(list.getByRole('option', { name: /Sample: / })).toBeVisible();
  await expect(guide(page)).toHaveCount(0);
  // The sample opens in the editor, which takes the keyboard.
  await expect(page.locator('.editor :focus')).toHaveCount(1);

  const [story] = await api<Story[]>(request, app, 'stories:list', {});
  expect(story).toMatchObject({ tags: ['sample'], status: 'ready' });
  expect(story!.title).toMatch(/^Sample: /);
  expect(story!.principles.map((mapping) => mapping.principleId)).toEqual([
    'dive-deep',
    'customer-obsession',
  ]);

  // Deletable like any story; a bank with a story in the Trash is no longer a first run.
  await page
    .getByRole('group', { name: 'Selected story' })
    .getByRole('button', {
      name: 'Move to Trash',
    })
    .click();
  await expect(list.getByRole('option', { name: /Sample: / })).toHaveCount(0);
  expect(await api<Story[]>(request, app, 'stories:list', {})).toEqual([]);
  await expect(guide(page)).toHaveCount(0);
});

test('a bank with stories shows no guide', async ({ app, page, request }) => {
  await seed(request, app, [{ title: 'Billing migration' }]);
  await page.goto(app.url);
  await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText('Billing migration');
  await expect(guide(page)).toHaveCount(0);
});

test('a page load answers every request, the icon included: no 404', async ({
  app,
  page,
  request,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(app.url);
  await expect(guide(page)).toBeVisible();
  await page.reload();
  await expect(guide(page)).toBeVisible();
  expect(failed).toEqual([]);

  // Headless Chromium may not ask for the icon itself, so ask for it as a browser tab would.
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`the first run at ${width}×${height}, ${colorScheme} (screenshot)`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(app.url);
      const add = guide(page).getByRole('button', { name: 'Add a sample story' });
      // The whole guide, its button too, is in view without scrolling.
      await expect(add).toBeInViewport();
      const overflows = await page
        .locator('html')
        .evaluate((root) => root.scrollWidth > root.clientWidth);
      expect(overflows).toBe(false);
      await mkdir('.tmp/shots', { recursive: true });
      await page.screenshot({ path: `.tmp/shots/first-run-${width}-${colorScheme}.png` });
    });
  }
}
