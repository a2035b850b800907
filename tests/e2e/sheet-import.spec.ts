import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { api, seed } from './app-api';
import { bankRegion, openExport } from './export-page';
import { expect, test, type WebApp } from './web-app';

/*
 * Stories from a spreadsheet, Markdown or pasted cells, through the Export view by role and
 * label: the preview as it will import, the column and principle choices, add, merge, cancel.
 */

const FIXTURES = join(import.meta.dirname, '../core/portability/fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const fileInput = (page: Page) =>
  bankRegion(page).getByLabel('Choose a spreadsheet or Markdown file');
const previewOf = (page: Page, name: RegExp) => bankRegion(page).getByRole('region', { name });

/** The row's status line once stories came in (the bank-file import has its own). */
const doneStatus = (page: Page) =>
  bankRegion(page)
    .getByRole('status')
    .filter({ hasText: /^Added / });

const stories = (request: APIRequestContext, app: WebApp) =>
  api<Story[]>(request, app, 'stories:list', {});

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  });
}

test('a Sheets CSV previews as it will import; columns and principles are the person’s to change', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [{ title: 'Already mine' }]);
  await openExport(page, app);
  await fileInput(page).setInputFiles(fixture('sheets-star-template.csv'));
  const preview = previewOf(page, /^“sheets-star-template\.csv” holds/);
  await expect(preview).toHaveAccessibleName(
    '“sheets-star-template.csv” holds 4 stories to import, 1 row not',
  );
  await expect(preview.getByLabel('Imports “Story” as')).toHaveValue('title');
  await expect(preview.getByLabel('Imports “Leadership Principle(s)” as')).toHaveValue(
    'principles',
  );
  const rows = preview.getByRole('table', { name: /as they will be imported/ });
  await expect(rows.getByRole('rowheader')).toHaveCount(4);
  await expect(rows.getByRole('row', { name: /Checkout latency/ })).toContainText(
    'Deliver Results (secondary)',
  );
  await expect(preview.getByRole('list', { name: 'Not imported' })).toHaveText(
    'Row 6: “last spring” is not a month Storybank can read (write 2024-03).',
  );

  // Principles the set lacks: one mapped, one left out, chosen by keyboard-usable selects.
  await preview.getByLabel(/“Customer Empathy”/).selectOption({ label: 'Customer Obsession' });
  await preview.getByLabel(/“Team Player”/).selectOption({ label: 'Leave out' });
  await expect(preview.getByLabel(/“Team Player”/)).toHaveValue('drop');
  // The unreadable dates are not worth losing the row for: the column is left out instead.
  // By keyboard: "Not imported" is the last choice of every column.
  await preview.getByLabel('Imports “Date” as').focus();
  await page.keyboard.press('End');
  await expect(preview.getByLabel('Imports “Date” as')).toHaveValue('ignore');
  await expect(preview).toHaveAccessibleName(
    '“sheets-star-template.csv” holds 5 stories to import',
  );
  await expect(rows.getByRole('rowheader')).toHaveCount(5);
  await expect(preview.getByRole('list', { name: 'Not imported' })).toHaveCount(0);

  await preview.getByRole('button', { name: 'Add 5 stories' }).click();
  await expect(doneStatus(page)).toContainText('Added 5 stories from “sheets-star-template.csv”.');
  const bank = await stories(request, app);
  expect(bank.map((s) => s.title)).toContain('Hiring my first two PMs');
  const onboarding = bank.find((s) => s.title === 'Onboarding in three clicks')!;
  expect(onboarding.principles.map((m) => m.principleId)).toEqual([
    'invent-and-simplify',
    'customer-obsession',
  ]);
  expect(onboarding.tags).toEqual(['onboarding']);
  expect(bank.find((s) => s.title === 'Cutting cloud spend')!.tags).toEqual(['cost', 'infra']);
  const backups = await api<{ reason: string }[]>(request, app, 'backups:list', {});
  expect(backups.some((b) => b.reason === 'pre-import')).toBe(true);
});

test('a workbook’s other sheet can be chosen, and Cancel writes nothing', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [{ title: 'Already mine' }]);
  await openExport(page, app);
  await fileInput(page).setInputFiles(fixture('star-bank.xlsx'));
  const preview = previewOf(page, /^“star-bank\.xlsx” holds/);
  await expect(preview.getByLabel('Sheet')).toHaveValue('STAR stories');
  await preview.getByLabel('Sheet').selectOption('Archive');
  await expect(preview.getByRole('table', { name: /as they will be imported/ })).toContainText(
    'Old intern project',
  );
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  await expect(fileInput(page)).toBeFocused();
  expect((await stories(request, app)).map((s) => s.title)).toEqual(['Already mine']);
  const backups = await api<{ reason: string }[]>(request, app, 'backups:list', {});
  expect(backups.some((b) => b.reason === 'pre-import')).toBe(false);
});

test('pasted cells merge by title: what a story lacks is filled in, nothing it has is changed', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [
    { title: 'Shipping the offline mode', action: 'My own words for the action.' },
  ]);
  await openExport(page, app);
  await bankRegion(page).getByRole('button', { name: 'Paste cells instead' }).click();
  await bankRegion(page)
    .getByLabel('Cells copied from a spreadsheet, header row first')
    .fill(await readFile(fixture('pasted-range.tsv'), 'utf8'));
  await bankRegion(page).getByRole('button', { name: 'Preview pasted cells' }).click();
  const preview = previewOf(page, /^The pasted cells hold 2 stories to import$/);
  await expect(preview.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(preview).toContainText('titled like a story in your bank (row 2)');
  await preview.getByRole('button', { name: 'Merge by title' }).click();
  await expect(doneStatus(page)).toContainText('Added 1 story, filled in 1 story.');
  const bank = await stories(request, app);
  expect(bank).toHaveLength(2);
  expect(bank[0]).toMatchObject({
    action: 'My own words for the action.',
    situation: 'Field reps lost orders without signal.',
  });
});

test('a Markdown bank: a story a heading, and a heading without a story named by its line', async ({
  app,
  page,
  request,
}) => {
  await openExport(page, app);
  await fileInput(page).setInputFiles(fixture('markdown-bank.md'));
  const preview = previewOf(page, /^“markdown-bank\.md” holds/);
  await expect(preview).toHaveAccessibleName(
    '“markdown-bank.md” holds 2 stories to import, 1 line not',
  );
  await expect(preview.getByRole('list', { name: 'Not imported' })).toHaveText(
    'Line 41: “An idea that is not a story yet” has no Situation, Task, Action or Result under it.',
  );
  await preview.getByRole('button', { name: 'Add 2 stories' }).click();
  await expect(doneStatus(page)).toContainText('Added 2 stories from “markdown-bank.md”.');
  await expect(doneStatus(page).getByRole('list', { name: 'Lines not imported' })).toContainText(
    'Line 41 not imported',
  );
  const titles = (await stories(request, app)).map((s) => s.title).sort();
  expect(titles).toEqual(['Killing my own feature', 'Winning over the finance lead']);
});

test('a file that cannot be read is refused in words and changes nothing', async ({
  app,
  page,
  request,
}, testInfo) => {
  await seed(request, app, [{ title: 'Already mine' }]);
  await openExport(page, app);
  const path = testInfo.outputPath('stories.xlsx');
  await mkdir(testInfo.outputDir, { recursive: true });
  await (await import('node:fs/promises')).writeFile(path, 'not a workbook');
  await fileInput(page).setInputFiles(path);
  await expect(bankRegion(page).getByRole('alert')).toHaveText(
    'That file is not an Excel workbook Storybank can read (.xlsx). Nothing was imported.',
  );
  expect((await stories(request, app)).map((s) => s.title)).toEqual(['Already mine']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`the preview at ${width}×${height}, ${colorScheme}: no axe violation (shot in .tmp/shots)`, async ({
      app,
      page,
      request,
    }) => {
      await seed(request, app, [{ title: 'Cutting cloud spend' }]);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await openExport(page, app);
      await fileInput(page).setInputFiles(fixture('sheets-star-template.csv'));
      const preview = previewOf(page, /holds 4 stories to import/);
      await expect(preview).toBeVisible();
      expect(await violations(page)).toEqual([]);
      const overflows = await page
        .locator('html')
        .evaluate((root) => root.scrollWidth > root.clientWidth);
      expect(overflows).toBe(false);
      await mkdir('.tmp/shots', { recursive: true });
      await preview.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
      await page.locator('.main').evaluate((main) => main.scrollBy(0, 60));
      await page.screenshot({
        path: `.tmp/shots/sheet-import-${width}-${colorScheme}-columns.png`,
      });
      await preview
        .getByRole('table', { name: /as they will be imported/ })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `.tmp/shots/sheet-import-${width}-${colorScheme}.png` });
      await preview.getByRole('heading', { name: /Principles not in/ }).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: `.tmp/shots/sheet-import-${width}-${colorScheme}-principles.png`,
      });
    });
  }
}
