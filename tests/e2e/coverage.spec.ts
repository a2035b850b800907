import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateBank } from '../../bench/generate';
import type { PrincipleSet, Story } from '../../src/core/model/schema';
import { api, seed, type Seed } from './app-api';
import { cell, openCoverage, primary, rowHeader, secondary, summary } from './coverage-page';
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

  const selected = page
    .getByRole('listbox', { name: 'Stories' })
    .getByRole('option', { selected: true });
  await expect(selected).toContainText('Draft: Customer Obsession');
  const stories = await api<Story[]>(request, app, 'stories:list', {});
  expect(stories).toHaveLength(1);
  expect(stories[0]).toMatchObject({
    principles: [primary('customer-obsession')],
    targetQuestions: [question.text],
  });
  expect(stories[0]!.title).toMatch(/^Draft: Customer Obsession — /);
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

  await page.getByRole('gridcell').first().click();
  await page.keyboard.press('End');
  const focused = page.locator('[role=gridcell]:focus');
  await expect(focused).toHaveAttribute('data-col', '999');
  expect(await page.getByRole('gridcell').count()).toBeLessThan(16 * 40);
});

/**
 * A PM's bank of 12 stories: title | when | status | primary principles | secondary ones.
 * Two principles are gaps, several thin, one story is stretched, one principle only has an
 * old story, and two stories are failures.
 */
const SHOWCASE: Seed[] = `
Cut checkout latency before the EU launch|2025-03|ready|customer-obsession deliver-results|bias-for-action dive-deep
Migrated billing off the legacy monolith|2024-10|ready|ownership insist-on-the-highest-standards deliver-results earn-trust|
Disagreed with the VP on pricing tiers|2025-01|ready|have-backbone-disagree-and-commit|earn-trust are-right-a-lot
Found the churn spike in the cohort data|2024-06|ready|dive-deep|customer-obsession learn-and-be-curious
Shipped onboarding v2 with half the team|2023-11|ready|frugality invent-and-simplify|deliver-results
Launched the partner API a quarter early|2024-02|draft|bias-for-action|ownership
Hired and coached two junior PMs|2025-05|draft|hire-and-develop-the-best|
Killed my own roadmap bet after the pilot|2023-08|ready|are-right-a-lot|learn-and-be-curious
Rebuilt trust with the support team|2024-09|ready|earn-trust|customer-obsession
Simplified the refund flow to one screen|2022-04|draft|invent-and-simplify|customer-obsession
Missed the Q3 forecast and what I changed|2024-12|ready|ownership|learn-and-be-curious
Set the 5-year vision for self-serve|2021-02|draft|think-big|`
  .trim()
  .split('\n')
  .map((line) => {
    const [title, when, status, primaries, secondaries] = line.split('|') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const ids = (list: string) => list.split(' ').filter(Boolean);
    return {
      title,
      when,
      status: status as Story['status'],
      company: when < '2024-06' ? 'Northwind' : 'Contoso',
      tags: /^(Missed|Killed)/.test(title) ? ['failure'] : [],
      principles: [...ids(primaries).map(primary), ...ids(secondaries).map(secondary)],
    };
  });

test('screenshots of a realistic bank with gaps, light and dark', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, SHOWCASE);
  await page.setViewportSize({ width: 1280, height: 800 });
  await mkdir('.tmp/shots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openCoverage(page, app);
    await expect(rowHeader(page, 'Think Big')).toHaveAccessibleName('Think Big — 1 story — thin');
    await page.screenshot({ path: `.tmp/shots/coverage-matrix-${scheme}.png` });
    await page.getByLabel('Swap rows and columns').check();
    await page.screenshot({ path: `.tmp/shots/coverage-swapped-${scheme}.png` });
    await page.getByRole('tab', { name: 'Principle sets' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-sets-${scheme}.png` });
    await page.getByRole('button', { name: 'Edit “Ownership”' }).click();
    await page.getByRole('button', { name: 'Remove “Customer Obsession”' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-edit-${scheme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-questions-${scheme}.png` });
  }
});
