import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateBank } from '../../bench/generate';
import type { PrincipleSet, Story } from '../../src/core/model/schema';
import { api, seed } from './app-api';
import {
  cell,
  emptyGuide,
  openCoverage,
  primary,
  rowHeader,
  secondary,
  summary,
} from './coverage-page';
import { expect, test } from './web-app';

test('cells toggle with the mouse and the keyboard, counts follow, and a restart keeps them', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [
    { title: 'Billing migration', status: 'ready', principles: [primary('ownership')] },
    { title: 'Checkout latency', status: 'ready' },
  ]);
  await openCoverage(page, app);
  await expect(summary(page)).toHaveText('0 of 16 covered, 1 thin, 15 gaps');
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName('Dive Deep — 0 stories — gap');

  // The mouse: nothing → primary.
  await cell(page, 'Dive Deep', 'Billing migration').click();
  await expect(cell(page, 'Dive Deep', 'Billing migration')).toHaveAccessibleName(
    'Dive Deep × Billing migration: primary',
  );
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName('Dive Deep — 1 story — thin');
  await expect(summary(page)).toHaveText('0 of 16 covered, 2 thin, 14 gaps');

  // The keyboard: → to the next story, Space twice (primary, then secondary).
  await expect(cell(page, 'Dive Deep', 'Billing migration')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const latency = cell(page, 'Dive Deep', 'Checkout latency');
  await expect(latency).toBeFocused();
  await page.keyboard.press('Space');
  await expect(latency).toHaveAccessibleName('Dive Deep × Checkout latency: primary');
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName(
    'Dive Deep — 2 stories — covered',
  );
  await expect(summary(page)).toHaveText('1 of 16 covered, 1 thin, 14 gaps');
  await page.keyboard.press('Space');
  await expect(latency).toHaveAccessibleName('Dive Deep × Checkout latency: secondary');
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName(
    'Dive Deep — 2 stories — covered',
  );

  // Ctrl+Home / Ctrl+End go to the corners; only one cell is ever tabbable.
  await page.keyboard.press('Control+End');
  await expect(page.locator('[role=gridcell]:focus')).toHaveAttribute('data-row', '15');
  await page.keyboard.press('Control+Home');
  await expect(page.locator('[role=gridcell]:focus')).toHaveAttribute('data-row', '0');
  await expect(page.locator('[role=gridcell][tabindex="0"]')).toHaveCount(1);

  // Saved, not only shown: wait for the bank, then restart.
  await expect
    .poll(async () => {
      const stories = await api<Story[]>(request, app, 'stories:list', {});
      return stories.find((s) => s.title === 'Checkout latency')?.principles;
    })
    .toEqual([secondary('dive-deep')]);
  await app.stop();
  await app.start();
  await openCoverage(page, app);
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName(
    'Dive Deep — 2 stories — covered',
  );
  await expect(cell(page, 'Dive Deep', 'Billing migration')).toHaveAccessibleName(
    'Dive Deep × Billing migration: primary',
  );
  await expect(summary(page)).toHaveText('1 of 16 covered, 1 thin, 14 gaps');
});

test('a save the bank refuses takes the cell back and says why', async ({ app, page, request }) => {
  await seed(request, app, [{ title: 'Gone story', status: 'ready' }]);
  await openCoverage(page, app);
  // Another window empties the trash with the story in it.
  const [story] = await api<Story[]>(request, app, 'stories:list', {});
  await api(request, app, 'stories:delete', { id: story!.id });
  await api(request, app, 'trash:empty', {});

  await cell(page, 'Dive Deep', 'Gone story').click();
  await expect(page.getByRole('alert').filter({ hasText: 'was not saved' })).toHaveText(
    'Dive Deep × Gone story was not saved and shows what the bank holds. ' +
      'That story is no longer in the bank.',
  );
  await expect(cell(page, 'Dive Deep', 'Gone story')).toHaveAccessibleName(
    'Dive Deep × Gone story: not mapped',
  );
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName('Dive Deep — 0 stories — gap');
});

test('"Draft a story for this" creates the story for the chosen question and opens it', async ({
  app,
  page,
  request,
}) => {
  await openCoverage(page, app);
  const panel = page.getByRole('region', { name: 'Write next' });
  // Gaps first, most asked first: Customer Obsession leads an empty bank.
  const details = panel.getByRole('region', { name: /Customer Obsession/ });
  const questions = details.getByRole('radio');
  await questions.nth(1).check();
  const { sets } = await api<{ sets: PrincipleSet[] }>(request, app, 'principleSets:list', {});
  const question = sets[0]!.principles.find((p) => p.id === 'customer-obsession')!.questions[1]!;
  await details.getByRole('button', { name: 'Draft a story for this' }).click();

  // A short title, cut where a phrase ends; the question is kept whole as the target.
  const title = 'Customer Obsession: what customers asked for differed';
  const selected = page
    .getByRole('listbox', { name: 'Stories' })
    .getByRole('option', { selected: true });
  await expect(selected).toContainText(title);
  const stories = await api<Story[]>(request, app, 'stories:list', {});
  expect(stories).toHaveLength(1);
  expect(stories[0]).toMatchObject({
    title,
    principles: [primary('customer-obsession')],
    targetQuestions: [question.text],
  });
});

test('an empty bank is told what to do first, and one button starts the first story', async ({
  app,
  page,
  request,
}) => {
  await openCoverage(page, app);
  const guide = emptyGuide(page);
  await expect(guide).toHaveAccessibleName('No stories yet');
  // No grid of empty columns, no red bar for "0 covered", no filters for a bank of nothing.
  await expect(page.getByRole('grid')).toHaveCount(0);
  await expect(page.locator('.cov-summary__bar')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'What counts' })).toHaveCount(0);
  await expect(guide).toContainText('Start with Customer Obsession');

  await guide.getByRole('button', { name: 'Write your first story' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeAttached();
  const selected = page
    .getByRole('listbox', { name: 'Stories' })
    .getByRole('option', { selected: true });
  await expect(selected).toContainText('Customer Obsession: changed a product decision');
  const [story] = await api<Story[]>(request, app, 'stories:list', {});
  expect(story).toMatchObject({
    principles: [primary('customer-obsession')],
    targetQuestions: [
      'Tell me about a time you changed a product decision because of what you learned directly from customers.',
    ],
  });

  // Back in Coverage the grid is there, with the story as column 1.
  await openCoverage(page, app);
  await expect(page.getByRole('columnheader', { name: /^Customer Obsession: / })).toHaveText('1');
});

test('stories all filtered out are offered back with the filter that hides them', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [{ title: 'Half-written pricing story', status: 'draft' }]);
  await openCoverage(page, app);
  await page.getByLabel('Ready stories only').check();
  const guide = emptyGuide(page);
  await expect(guide).toHaveAccessibleName('No story counts under these filters');
  await expect(guide).toContainText('Your one story is not ready');
  await guide.getByRole('button', { name: 'Count drafts too' }).click();
  await expect(page.getByLabel('Ready stories only')).not.toBeChecked();
  await expect(page.getByRole('grid')).toBeVisible();
});

test('"Ready stories only", targets and the swap change what is counted and shown', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [
    { title: 'Ready story', status: 'ready', principles: [primary('dive-deep')] },
    { title: 'Draft story', status: 'draft', principles: [secondary('dive-deep')] },
  ]);
  await openCoverage(page, app);
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName(
    'Dive Deep — 2 stories — covered',
  );

  await page.getByLabel('Ready stories only').check();
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName('Dive Deep — 1 story — thin');
  await expect(page.getByRole('columnheader', { name: /^Draft story/ })).toHaveCount(0);

  await page.getByLabel('Stories per principle', { exact: true }).selectOption('1');
  await expect(rowHeader(page, 'Dive Deep')).toHaveAccessibleName('Dive Deep — 1 story — covered');

  await page.getByLabel('Swap rows and columns').check();
  await expect(page.getByRole('rowheader', { name: 'Ready story — ready' })).toBeVisible();
  await expect(
    page.getByRole('columnheader', { name: 'Dive Deep — 1 story — covered' }),
  ).toBeVisible();

  // Both are settings: a reload keeps them.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Coverage' })
    .click();
  await expect(page.getByLabel('Ready stories only')).toBeChecked();
  await expect(page.getByLabel('Stories per principle', { exact: true })).toHaveValue('1');
});

test('a bank of 1,000 stories renders only the columns in view, and End reaches the last', async ({
  app,
  page,
  dataDir,
}) => {
  await app.stop();
  await writeFile(join(dataDir, 'storybank.json'), JSON.stringify(generateBank(1_000)));
  await app.start();
  await openCoverage(page, app);
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-colcount', '1001');
  expect(await page.getByRole('gridcell').count()).toBeLessThan(16 * 40);
  // The key names the columns in view, not 1,000 titles.
  const key = page.getByRole('list', { name: /^Stories 1–\d+ of 1,000, in view$/ });
  expect(await key.getByRole('listitem').count()).toBeLessThan(40);

  await page.getByRole('gridcell').first().click();
  await page.keyboard.press('End');
  const focused = page.locator('[role=gridcell]:focus');
  await expect(focused).toHaveAttribute('data-col', '999');
  expect(await page.getByRole('gridcell').count()).toBeLessThan(16 * 40);
  await expect(
    page.getByRole('list', { name: /^Stories \d+–1000 of 1,000, in view$/ }),
  ).toBeVisible();
  // Four digits fit their column whole.
  const last = page.locator('[role=columnheader][aria-colindex="1001"]');
  await expect(last).toHaveText('1000');
  const [needed, room] = await last.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(needed).toBeLessThanOrEqual(room!);
});
