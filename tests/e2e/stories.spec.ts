import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyStoryContent, newBank } from '../../src/core/model/bank';
import { expect, test } from './web-app';

test('a story created in the UI survives a restart, in the UI and in the file on disk', async ({
  app,
  page,
  dataDir,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(page.getByText('No stories yet.')).toBeVisible();

  const title = page.getByLabel('Story title');
  await title.fill('Billing migration');
  await title.press('Enter');
  const stories = page.getByRole('listbox', { name: 'Stories' });
  await expect(stories).toContainText('Billing migration');
  await expect(title).toHaveValue('');
  // The new story opens in the editor, which takes the keyboard.
  await expect(page.locator('.editor :focus')).toHaveCount(1);

  const output = await app.stop();
  expect(output).toContain('your bank is saved');
  const onDisk = JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
  expect(onDisk.stories.map((story: { title: string }) => story.title)).toEqual([
    'Billing migration',
  ]);

  await app.start();
  await page.goto(app.url);
  await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText('Billing migration');
});

test('an empty title is refused in words next to the field, and nothing is created', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create story' }).click();
  const title = page.getByLabel('Story title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Give the story a title.')).toBeVisible();
  await expect(page.getByText('No stories yet.')).toBeVisible();
});

test('the token leaves the address bar, and a reload keeps working', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await page.reload();
  await page.getByLabel('Story title').fill('After reload');
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText('After reload');
});

test('a damaged bank file is explained in a banner that restores the newest backup', async ({
  page,
  app,
  dataDir,
}) => {
  await app.stop();
  const bank = newBank();
  bank.stories.push({
    ...emptyStoryContent('Kept in a backup'),
    id: 'kept',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    deletedAt: null,
  });
  await mkdir(join(dataDir, 'backups'));
  await writeFile(
    join(dataDir, 'backups/storybank-2026-02-01T10-00-00-000Z-auto.json'),
    JSON.stringify(bank),
  );
  await writeFile(join(dataDir, 'storybank.json'), '{"schemaVersion": 2, "stories": [');
  await app.start();

  await page.goto(app.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Storybank could not read its data file');
  await expect(alert).toContainText('storybank.corrupt-');
  await alert.getByRole('button', { name: /Restore the backup from/ }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText('Kept in a backup');
  await expect(page.getByRole('status')).toContainText('Restored');
});

test('a story another computer wrote into the file (a sync client) joins the open app at its next save', async ({
  app,
  page,
  dataDir,
}) => {
  await page.goto(app.url);
  const title = page.getByLabel('Story title');
  await title.fill('Written here');
  await title.press('Enter');
  const stories = page.getByRole('listbox', { name: 'Stories' });
  await expect(stories).toContainText('Written here');

  // The other laptop's version arrives as sync clients write: a new file renamed into place.
  const file = join(dataDir, 'storybank.json');
  const theirs = JSON.parse(await readFile(file, 'utf8'));
  theirs.stories.push({
    ...emptyStoryContent('Written on the other laptop'),
    id: 'from-elsewhere',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    deletedAt: null,
  });
  await writeFile(`${file}.sync`, JSON.stringify(theirs, null, 2));
  await rename(`${file}.sync`, file);

  await title.fill('Written here, later');
  await title.press('Enter');
  await expect(stories).toContainText('Written on the other laptop');
  await expect(stories).toContainText('Written here, later');
  await expect(page.getByRole('status').filter({ hasText: 'merged' })).toContainText(
    'nothing was overwritten',
  );
  const onDisk = JSON.parse(await readFile(file, 'utf8'));
  expect(onDisk.stories.map((story: { title: string }) => story.title)).toEqual([
    'Written here',
    'Written here, later',
    'Written on the other laptop',
  ]);
});
