import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { api, seed, type Seed } from './app-api';
import { bankRegion, downloadBy, exportPack, openExport, packRegion, saved } from './export-page';
import { expect, test, WebApp } from './web-app';

const STORIES: Seed[] = [
  {
    title: 'Billing migration to Kafka',
    status: 'ready',
    situation: 'Our billing batch took nine hours for Acme and every other client.',
    principles: [{ principleId: 'ownership', strength: 'primary' }],
  },
  {
    title: 'Checkout latency cut in half',
    status: 'ready',
    principles: [{ principleId: 'dive-deep', strength: 'primary' }],
  },
  { title: 'Hiring loop redesign', status: 'draft' },
];

test('the prep pack downloads as well-formed Word with the chosen stories and sections', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const pack = packRegion(page);
  await expect(pack.getByLabel('Principle set')).toHaveValue('amazon-lp');
  await expect(pack.getByRole('radio', { name: 'Ready stories' })).toBeChecked();
  await pack.getByRole('radio', { name: 'All stories' }).check();
  await expect(pack.getByText(/^3 stories · 16 principles · Cover, Coverage matrix/)).toBeVisible();
  await expect(pack.getByText(/^Storybank prep pack \d{4}-\d{2}-\d{2}\.docx$/)).toBeVisible();

  const everything = await exportPack(page);
  for (const story of STORIES) expect(everything).toContain(story.title);
  for (const name of ['Customer Obsession', 'Dive Deep', 'Ownership']) {
    expect(everything).toContain(name);
  }
  expect(everything).toContain('Interview prep pack');
  expect(everything).toContain('Question bank');
  expect(everything).toContain('Still to fix');

  // Ready stories only, without the cover and the question bank.
  await pack.getByRole('radio', { name: 'Ready stories' }).check();
  await pack.getByRole('checkbox', { name: 'Cover', exact: true }).uncheck();
  await pack.getByRole('checkbox', { name: 'Question bank' }).uncheck();
  await expect(
    pack.getByText('2 stories · 16 principles · Coverage matrix, Cheat sheet, Story cards'),
  ).toBeVisible();
  const trimmed = await exportPack(page);
  expect(trimmed).toContain('Billing migration to Kafka');
  expect(trimmed).toContain('Checkout latency cut in half');
  expect(trimmed).not.toContain('Hiring loop redesign');
  expect(trimmed).not.toContain('Interview prep pack');
  expect(trimmed).not.toContain('Question bank');

  // The cards without what each story still has to fix.
  const stillToFix = pack.getByRole('checkbox', { name: 'List it on the story cards' });
  await expect(stillToFix).toBeChecked();
  await stillToFix.uncheck();
  expect(await exportPack(page)).not.toContain('Still to fix');
});

test('with no story chosen the export is disabled, and says why', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const pack = packRegion(page);
  await pack.getByRole('radio', { name: 'Choose stories' }).check();
  const checklist = pack.getByRole('group', { name: 'Stories to include' });
  await expect(checklist.getByRole('checkbox', { name: /Billing migration/ })).toBeChecked();
  await expect(checklist.getByRole('checkbox', { name: /Hiring loop/ })).not.toBeChecked();
  await checklist.getByRole('button', { name: 'Select none' }).click();
  const button = pack.getByRole('button', { name: 'Export prep pack' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/No stories are chosen/);

  await checklist.getByRole('checkbox', { name: /Hiring loop/ }).check();
  await expect(button).toBeEnabled();
  await expect(pack.getByText(/^1 story · 16 principles/)).toBeVisible();
  const xml = await exportPack(page);
  expect(xml).toContain('Hiring loop redesign');
  expect(xml).not.toContain('Billing migration to Kafka');
});

test('confidential terms are listed before export, masked by default, kept on request', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const pack = packRegion(page);
  const terms = pack.getByLabel('Confidential terms (one per line)');
  await terms.fill('Acme');
  await terms.press('Tab');
  await expect(pack.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const warning = pack.getByRole('region', { name: /Confidential terms appear in 1 story/ });
  await expect(
    warning.getByRole('row', { name: /Acme Billing migration to Kafka Situation 1/ }),
  ).toBeVisible();
  const mask = warning.getByRole('checkbox', { name: 'Mask them as [redacted] in the pack' });
  await expect(mask).toBeChecked();

  const masked = await exportPack(page);
  expect(masked).toContain('[redacted]');
  expect(masked).not.toContain('Acme');

  await mask.uncheck();
  const unmasked = await exportPack(page);
  expect(unmasked).toContain('Acme');
  expect(unmasked).not.toContain('[redacted]');

  const settings = await api<{ bank: { settings: { confidentialTerms: string[] } } }>(
    request,
    app,
    'bank:load',
    {},
  );
  expect(settings.bank.settings.confidentialTerms).toEqual(['Acme']);
});

test('the paper size is saved as a setting', async ({ app, page, request }) => {
  await openExport(page, app);
  const pack = packRegion(page);
  await expect(pack.getByRole('radio', { name: 'A4' })).toBeChecked();
  await pack.getByRole('radio', { name: 'Letter' }).check();
  await expect
    .poll(async () => {
      const view = await api<{ bank: { settings: { paperSize: string } } }>(
        request,
        app,
        'bank:load',
        {},
      );
      return view.bank.settings.paperSize;
    })
    .toBe('letter');
  await openExport(page, app);
  await expect(packRegion(page).getByRole('radio', { name: 'Letter' })).toBeChecked();
});

test('Markdown holds the stories, or the ready ones only', async ({ app, page, request }) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const bank = bankRegion(page);
  const all = await downloadBy(page, () =>
    bank.getByRole('button', { name: 'Export as Markdown' }).click(),
  );
  expect(all.suggestedFilename()).toMatch(/^Storybank stories \d{4}-\d{2}-\d{2}\.md$/);
  const text = await readFile(await all.path(), 'utf8');
  for (const story of STORIES) expect(text).toContain(story.title);

  await bank.getByRole('checkbox', { name: 'Ready stories only' }).check();
  const ready = await downloadBy(page, () =>
    bank.getByRole('button', { name: 'Export as Markdown' }).click(),
  );
  const readyText = await readFile(await ready.path(), 'utf8');
  expect(readyText).toContain('Billing migration to Kafka');
  expect(readyText).not.toContain('Hiring loop redesign');
});

/** A second app on a data folder of its own, as on another computer. */
async function withFreshApp(run: (other: WebApp) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'storybank-e2e-other-'));
  const other = new WebApp(dir);
  await other.start();
  try {
    await run(other);
  } finally {
    await other.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const importInput = (page: Page) =>
  bankRegion(page).getByLabel('Choose a Storybank backup or export');

const titles = (request: APIRequestContext, app: WebApp) =>
  api<Story[]>(request, app, 'stories:list', {}).then((stories) => stories.map((s) => s.title));

test('a JSON backup imports into another bank: preview, then replace or merge', async ({
  app,
  page,
  request,
}, testInfo) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const backup = await downloadBy(page, () =>
    bankRegion(page).getByRole('button', { name: 'Download a JSON backup' }).click(),
  );
  expect(backup.suggestedFilename()).toMatch(/^Storybank backup \d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await saved(backup, testInfo);

  // The same file back into the same bank: every story is known and ours is as new.
  await importInput(page).setInputFiles(backupPath);
  const preview = bankRegion(page).getByRole('region', {
    name: /^“Storybank backup \d{4}-\d{2}-\d{2}\.json” holds 3 stories$/,
  });
  await expect(preview.locator('dl')).toHaveText(
    /Added\s*0\s*Updated\s*0\s*Kept\s*3\s*Sets added\s*0/,
  );
  await preview.getByRole('button', { name: 'Merge into my bank' }).click();
  await expect(bankRegion(page).getByRole('status').last()).toHaveText(
    /^Merged “.*”: 0 stories added, 0 updated\.$/,
  );
  expect(await titles(request, app)).toHaveLength(3);

  await withFreshApp(async (other) => {
    await seed(request, other, [{ title: 'Only on this computer' }]);
    await openExport(page, other);
    await importInput(page).setInputFiles(backupPath);
    const fresh = bankRegion(page).getByRole('region', { name: /holds 3 stories/ });
    await expect(fresh.locator('dl')).toHaveText(/Added\s*3\s*Updated\s*0\s*Kept\s*0/);
    await expect(fresh.getByRole('list', { name: 'Added' })).toContainText('Hiring loop redesign');

    await fresh.getByRole('button', { name: 'Replace my bank' }).click();
    const confirm = page.getByRole('alertdialog', {
      name: 'Replace your whole bank with this file?',
    });
    await expect(confirm).toContainText('takes a backup of your bank first');
    await expect(confirm.getByRole('button', { name: 'Keep my bank' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Yes, replace my bank' }).click();
    await expect(bankRegion(page).getByRole('status').last()).toContainText('Your bank is now');

    expect((await titles(request, other)).sort()).toEqual(STORIES.map((s) => s.title).sort());
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Stories' })
      .click();
    await expect(page.getByText('Hiring loop redesign').first()).toBeVisible();
    await expect(page.getByText('Only on this computer')).toHaveCount(0);
  });
});

test('a file that is not JSON, or not a bank, is refused in words and changes nothing', async ({
  app,
  page,
  request,
}, testInfo) => {
  await seed(request, app, STORIES);
  await openExport(page, app);
  const files = {
    'notes.json': '{ "stories": [ oops',
    'wrong.json': JSON.stringify({ hello: 'world' }),
    'list.json': '[1, 2, 3]',
  };
  const expected = [
    'That file is not valid JSON, so nothing was imported.',
    /^That file can't be imported: .*Nothing was changed\.$/,
    'That file is not a Storybank backup or export, so nothing was imported.',
  ];
  for (const [index, [name, text]] of Object.entries(files).entries()) {
    const path = testInfo.outputPath(name);
    await writeFile(path, text);
    await importInput(page).setInputFiles(path);
    await expect(bankRegion(page).getByRole('alert')).toHaveText(expected[index]!);
    await expect(bankRegion(page).getByRole('button', { name: 'Merge into my bank' })).toHaveCount(
      0,
    );
  }
  expect(await titles(request, app)).toHaveLength(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Export view in the ${colorScheme} theme (screenshot in .tmp/shots)`, async ({
    app,
    page,
    request,
  }, testInfo) => {
    await seed(request, app, STORIES);
    await api(request, app, 'settings:update', { changes: { confidentialTerms: ['Acme'] } });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await openExport(page, app);
    await expect(
      packRegion(page).getByRole('region', { name: /Confidential terms appear/ }),
    ).toBeVisible();
    const overflows = await page
      .locator('html')
      .evaluate((root) => root.scrollWidth > root.clientWidth);
    expect(overflows).toBe(false);
    await mkdir('.tmp/shots', { recursive: true });
    await page.screenshot({ path: `.tmp/shots/export-${colorScheme}.png` });

    // Choosing stories by hand, none ticked: the checklist and the reason the button is off.
    await packRegion(page).getByRole('radio', { name: 'Choose stories' }).check();
    await packRegion(page).getByRole('button', { name: 'Select none' }).click();
    await expect(packRegion(page).getByText(/^0 stories/)).toBeVisible();
    await page.locator('.main').evaluate((main) => main.scrollTo(0, 120));
    await page.screenshot({ path: `.tmp/shots/export-choose-${colorScheme}.png` });

    // The bank's part, with a file previewed and the replace question open.
    const backup = await downloadBy(page, () =>
      bankRegion(page).getByRole('button', { name: 'Download a JSON backup' }).click(),
    );
    await importInput(page).setInputFiles(await saved(backup, testInfo));
    await bankRegion(page).getByRole('button', { name: 'Replace my bank' }).click();
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.tmp/shots/export-bank-${colorScheme}.png` });
  });
}
