import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './web-app';

async function openSettings(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

test('the speaking rate and the theme are kept across a restart', async ({
  app,
  page,
  dataDir,
}) => {
  await openSettings(page, app.url);
  const thresholds = section(page, 'Coaching thresholds');

  const rate = thresholds.getByLabel('Speaking rate');
  await expect(rate).toHaveValue('140');
  await rate.fill('120');
  await rate.press('Tab');
  await expect(thresholds.getByRole('status')).toHaveText('Saved');

  const appearance = section(page, 'Appearance');
  await appearance.getByRole('radio', { name: 'Dark' }).check();
  await expect(appearance.getByRole('status')).toHaveText('Saved');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await app.stop();
  const onDisk = JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
  expect(onDisk.settings).toMatchObject({ speakingRateWpm: 120, theme: 'dark' });

  await app.start();
  await openSettings(page, app.url);
  await expect(section(page, 'Coaching thresholds').getByLabel('Speaking rate')).toHaveValue('120');
  await expect(section(page, 'Appearance').getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a value out of range is explained in words next to the field and not saved', async ({
  app,
  page,
}) => {
  await openSettings(page, app.url);
  const thresholds = section(page, 'Coaching thresholds');
  const rate = thresholds.getByLabel('Speaking rate');
  await rate.fill('10');
  await rate.press('Tab');

  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toHaveAccessibleDescription(/Enter a whole number from 60 to 300\./);
  await expect(thresholds.getByText('Enter a whole number from 60 to 300.')).toBeVisible();
  await expect(thresholds.getByRole('status')).toHaveText('Not saved — fix the value marked below');
  await expect(rate).toHaveValue('10');

  // Another field still saves; the bad one keeps its typed value and its message.
  const years = thresholds.getByLabel('A story is dated after');
  await years.fill('5');
  await years.press('Enter');
  await expect(thresholds.getByRole('status')).toHaveText('Saved, except the value marked below');
  await expect(rate).toHaveValue('10');

  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(section(page, 'Coaching thresholds').getByLabel('Speaking rate')).toHaveValue('140');
  await expect(
    section(page, 'Coaching thresholds').getByLabel('A story is dated after'),
  ).toHaveValue('5');
});

test('the speaking window must run from shorter to longer, and is shown in minutes', async ({
  app,
  page,
}) => {
  await openSettings(page, app.url);
  const thresholds = section(page, 'Coaching thresholds');
  await expect(thresholds.getByText('seconds · 1 min 30 s')).toBeVisible();
  const shortest = thresholds.getByLabel('Shortest telling');
  await shortest.fill('200');
  await shortest.press('Tab');
  await expect(thresholds.getByText('Make this shorter than the longest, 3 min.')).toBeVisible();
  await expect(thresholds.getByRole('status')).toHaveText('Not saved — fix the value marked below');

  const longest = thresholds.getByLabel('Longest telling');
  await longest.fill('240');
  await longest.press('Tab');
  await expect(thresholds.getByRole('status')).toHaveText('Saved');
  await expect(thresholds.getByText('Make this shorter than the longest, 3 min.')).toHaveCount(0);
  await expect(thresholds.getByText('seconds · 4 min')).toBeVisible();
});

test('the cover comes first; the nine thresholds sit under “Coaching thresholds”', async ({
  app,
  page,
}) => {
  await openSettings(page, app.url);
  const headings = page.locator('.settings-view').getByRole('heading', { level: 2 });
  await expect(headings.first()).toHaveText('About you');
  await expect(headings.nth(1)).toHaveText('Appearance');
  await expect(headings.nth(2)).toHaveText('Coaching thresholds');
  await expect(section(page, 'About you')).toContainText('Printed on the cover of your prep pack');

  const thresholds = section(page, 'Coaching thresholds');
  await expect(thresholds.getByRole('spinbutton')).toHaveCount(9);
  const length = thresholds.getByRole('group', { name: 'Length, told aloud' });
  await expect(length.getByRole('spinbutton')).toHaveCount(4);
  await expect(length.getByLabel('Speaking rate')).toBeVisible();
  const shape = thresholds.getByRole('group', { name: 'Shape of a story' });
  await expect(shape.getByRole('spinbutton')).toHaveCount(5);
  await expect(shape.getByLabel('A story is dated after')).toBeVisible();

  // In reading and Tab order, the first field of the page is the name on the cover.
  await expect(page.locator('.settings-view').getByRole('textbox').first()).toHaveAccessibleName(
    'Your name',
  );
});

test('About you is saved when a field is left', async ({ app, page, dataDir }) => {
  await openSettings(page, app.url);
  const about = section(page, 'About you');
  await about.getByLabel('Your name').fill('  Ada Lovelace ');
  await about.getByLabel('Target role').fill('Senior PM');
  await about.getByLabel('Target role').press('Tab');
  await expect(about.getByRole('status')).toHaveText('Saved');
  await app.stop();
  const onDisk = JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
  expect(onDisk.settings).toMatchObject({ candidateName: 'Ada Lovelace', targetRole: 'Senior PM' });
});

test('"Open folder" answers in words whether or not a file manager is there', async ({
  app,
  page,
  dataDir,
}) => {
  await openSettings(page, app.url);
  const storage = section(page, 'Where your bank lives');
  await expect(storage.getByText(dataDir, { exact: true })).toBeVisible();
  await storage.getByRole('button', { name: 'Open folder' }).click();
  await expect(storage.getByRole('status')).toHaveText(
    /^(Opened in your file manager\.|Storybank could not open a file manager here; the folder is shown above\.)$/,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Settings in the ${colorScheme} theme fits its column (screenshot in .tmp/shots)`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.emulateMedia({ colorScheme });
    await openSettings(page, app.url);
    const rate = section(page, 'Coaching thresholds').getByLabel('Speaking rate');
    await rate.fill('10');
    await rate.press('Tab');
    await expect(section(page, 'Coaching thresholds').getByRole('status')).toContainText(
      'Not saved',
    );
    const column = await page.locator('.settings-view').boundingBox();
    expect(column?.width).toBeLessThanOrEqual(760);
    const overflows = await page
      .locator('html')
      .evaluate((root) => root.scrollWidth > root.clientWidth);
    expect(overflows).toBe(false);
    await mkdir('.tmp/shots', { recursive: true });
    await page.screenshot({ path: `.tmp/shots/settings-${colorScheme}.png`, fullPage: true });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`Settings opens on the cover at ${width}×${height}, ${colorScheme} (screenshot)`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await openSettings(page, app.url);
      // The cover's three fields are in view without scrolling.
      await expect(section(page, 'About you').getByLabel('Target company')).toBeInViewport();
      await mkdir('.tmp/shots', { recursive: true });
      await page.screenshot({ path: `.tmp/shots/settings-${width}-${colorScheme}.png` });
      await section(page, 'Coaching thresholds').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: `.tmp/shots/settings-thresholds-${width}-${colorScheme}.png`,
      });
    });
  }
}
