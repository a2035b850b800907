import { mkdir } from 'node:fs/promises';
import { seed, type Seed } from './app-api';
import { exportPack, openExport, packRegion } from './export-page';
import { expect, test } from './web-app';

/* A bank of drafts only, as after a first evening of writing: the first pack is not blocked. */

const DRAFTS: Seed[] = [
  { title: 'Hiring loop redesign', status: 'draft' },
  { title: 'Onboarding checklist rewrite', status: 'draft' },
];

test('with only drafts the pack starts from all stories, says so, and exports', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, DRAFTS);
  await openExport(page, app);
  const pack = packRegion(page);
  const stories = pack.getByRole('radiogroup', { name: 'Stories' });
  await expect(stories.getByRole('radio', { name: 'All stories' })).toBeChecked();
  const said = 'None of your 2 stories is marked ready yet, so the pack holds all of them.';
  await expect(stories).toHaveAccessibleDescription(said);
  await expect(pack.getByText(said)).toBeVisible();
  const button = pack.getByRole('button', { name: 'Export prep pack' });
  await expect(button).toBeEnabled();
  await expect(pack.getByText(/^2 stories · 16 principles/)).toBeVisible();
  const xml = await exportPack(page);
  for (const story of DRAFTS) expect(xml).toContain(story.title);

  // Asking for ready stories after all: the button is off and says why.
  await stories.getByRole('radio', { name: 'Ready stories' }).check();
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/None of your stories is marked ready yet/);
  await expect(stories).toHaveAccessibleDescription('None of your 2 stories is marked ready yet.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`Export with only drafts at ${width}×${height}, ${colorScheme} (screenshot)`, async ({
      app,
      page,
      request,
    }) => {
      await seed(request, app, DRAFTS);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await openExport(page, app);
      await expect(packRegion(page).getByText(/^2 stories · 16 principles/)).toBeVisible();
      const overflows = await page
        .locator('html')
        .evaluate((root) => root.scrollWidth > root.clientWidth);
      expect(overflows).toBe(false);
      await mkdir('.tmp/shots', { recursive: true });
      await page.screenshot({ path: `.tmp/shots/export-drafts-${width}-${colorScheme}.png` });
    });
  }
}
