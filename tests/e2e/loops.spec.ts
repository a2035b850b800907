import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Bank } from '../../src/core/model/schema';
import { docxPart } from '../core/export/docx-tools';
import { api, openView, seed, type Seed } from './app-api';
import { expect, test } from './web-app';

const story = (title: string, principleId: string, project = ''): Seed => ({
  title,
  status: 'ready',
  project,
  headline: `${title}: the headline.`,
  result: 'Churn fell from 4.1% to 3.2%.',
  metrics: '−0.9 pt churn',
  principles: [{ principleId, strength: 'primary' }],
});

const STORIES: Seed[] = [
  story('Took over the failing billing migration', 'ownership', 'billing'),
  story('Owned the on-call rota nobody wanted', 'ownership'),
  story('Cut checkout latency in half', 'customer-obsession'),
  story('Called customers about the pricing change', 'customer-obsession'),
  story('Shipped the EU launch on time', 'deliver-results'),
  story('Rescued the partner launch', 'deliver-results', 'billing'),
  story('Found the cause of the churn spike', 'dive-deep'),
];

const main = (page: Page) => page.locator('.loop-details');
const plan = (page: Page) => page.getByRole('table');

test('a loop of five rounds is planned, pinned, debriefed and printed in the prep pack', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, STORIES);
  await openView(page, app, 'Loops');
  await expect(page.getByText('A loop is the set of interviews at one company')).toBeVisible();

  await page.getByLabel('New loop').fill('Amazon PM, December');
  await page.getByLabel('Start from').selectOption({ label: 'Amazon PM loop (5 interviews)' });
  await page.getByRole('button', { name: 'Create loop' }).click();
  await expect(main(page).getByRole('heading', { name: 'Amazon PM, December' })).toBeVisible();
  await expect(plan(page).getByRole('rowheader', { name: /^Round \d ·/ })).toHaveCount(5);

  // The plan: every principle a row; Ownership in the first round has a story to tell.
  const ownership = plan(page)
    .getByRole('row', { name: /^Ownership/ })
    .first();
  await expect(ownership.getByRole('button', { name: /^Open “/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'What the plan still lacks' })).toContainText(
    'No story is mapped to Frugality yet',
  );

  // Pinning: choose the story by hand; the planner plans the rest around it.
  const choose = page.getByRole('combobox', {
    name: 'Story to tell in Round 1 · Hiring manager, Ownership',
  });
  await choose.selectOption({ label: 'Owned the on-call rota nobody wanted' });
  await expect(
    ownership.getByRole('button', { name: 'Open “Owned the on-call rota nobody wanted”' }),
  ).toBeVisible();
  await expect(choose).toHaveValue(/.+/);

  // The dates: a countdown beside the name.
  await main(page).getByLabel('Date and time').fill('2026-12-14T09:30');
  await main(page).getByLabel('Company').click();
  await expect(
    main(page)
      .getByText(/^in \d+ days$|^today$|^tomorrow$|days ago$/)
      .first(),
  ).toBeVisible();

  // Debrief the first round: the question joins the question bank.
  await page.getByText('Round 1 · Hiring manager — not debriefed yet').click();
  const debrief = page.locator('details.loop-debrief').first();
  await debrief.getByLabel('What was asked').fill('Tell me about something you owned end to end.');
  await debrief.getByLabel('Principle').selectOption({ label: 'Ownership' });
  await debrief
    .getByLabel('Story told')
    .selectOption({ label: 'Owned the on-call rota nobody wanted' });
  await debrief.getByRole('radio', { name: 'Well', exact: true }).check();
  await debrief.getByRole('button', { name: 'Save debrief' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the debrief' })).toBeVisible();
  const bank = await api<{ bank: Bank }>(request, app, 'bank:load', {});
  const loop = bank.bank.loops[0]!;
  expect(loop.rounds[0]!.debrief).toMatchObject({ rating: 3 });
  const ownershipQuestions = bank.bank.principleSets[0]!.principles.find(
    (p) => p.id === 'ownership',
  )!.questions;
  expect(ownershipQuestions.map((q) => q.text)).toContain(
    'Tell me about something you owned end to end.',
  );

  // The pack, from the Export view: the coming loop is chosen, its pages go in.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Export' })
    .click();
  const pack = page.getByRole('region', { name: 'Prep pack (Word)' });
  await expect(pack.getByLabel('Loop plan for')).toHaveValue(loop.id);
  await expect(pack.getByRole('checkbox', { name: 'Loop plan' })).toBeChecked();
  await expect(pack.getByText(/Cover, Loop plan, Coverage matrix/)).toBeVisible();
  const download = page.waitForEvent('download');
  await pack.getByRole('button', { name: 'Export prep pack' }).click();
  const xml = docxPart(new Uint8Array(await readFile(await (await download).path())));
  expect(xml).toContain('Loop plan: Amazon PM, December');
  expect(xml).toContain('Owned the on-call rota nobody wanted');

  // A principle nobody can answer yet: one click drafts a story for it.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Loops' })
    .click();
  await page.getByRole('button', { name: 'Draft one for Frugality' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText('New Frugality story');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`the Loops view at ${width}×${height}, ${colorScheme} (screenshot in .tmp/shots)`, async ({
      app,
      page,
      request,
    }) => {
      await seed(request, app, STORIES);
      await api(request, app, 'loops:create', {
        name: 'Amazon PM, December',
        template: 'amazon-pm',
        at: '2026-12-14T09:30',
      });
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await openView(page, app, 'Loops');
      await expect(plan(page)).toBeVisible();
      const overflows = await page
        .locator('html')
        .evaluate((root) => root.scrollWidth > root.clientWidth);
      expect(overflows).toBe(false);
      await mkdir('.tmp/shots', { recursive: true });
      await page.screenshot({ path: `.tmp/shots/loops-${width}-${colorScheme}.png` });
      await plan(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `.tmp/shots/loops-plan-${width}-${colorScheme}.png` });
    });
  }
}
