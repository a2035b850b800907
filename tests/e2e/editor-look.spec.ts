import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { seed, type Seed } from './app-api';
import { checks, createStory, editor, field, openStory, readBank, saveState } from './editor-page';
import { expect, test, type WebApp } from './web-app';

/*
 * How the editor reads (issue 13): room to write, the checks in view while writing, and a
 * month and year that read well empty and filled. Screenshots go to .tmp/shots/editor-*.png.
 */

const FULL: Seed = {
  title: 'Rescued the EU checkout after the payment provider change',
  headline: 'I cut checkout drop-off by a third in six weeks.',
  situation:
    'Our German checkout converted at 61% after we moved payment providers, against 78% before, and finance flagged it as the largest revenue leak of the quarter.',
  task: 'I owned the checkout funnel and had to close the gap before the holiday peak.',
  action:
    'I read two hundred support tickets, ran five customer calls, found that invoices were missing as a payment method, and shipped invoice payments behind a flag with the payments team.',
  result: 'Conversion rose to 74% within four weeks, about $1.2M a year.',
  metrics: '61% → 74%',
  learnings: 'Call customers before building dashboards.',
  company: 'Contoso',
  role: 'Senior PM',
  when: '2024-03',
  tags: ['payments', 'growth'],
  principles: [{ principleId: 'customer-obsession', strength: 'primary' }],
};
const WRITING = ['Title', 'One-line headline', 'Situation', 'Task', 'Action', 'Result'];

async function openFull(page: Page, app: WebApp, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(app.url);
  await openStory(page, FULL.title);
}

/** The element's box, asserted to lie wholly inside the window. */
async function boxInView(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error(`${locator} has no box`);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  return box;
}

async function shoot(page: Page, name: string) {
  await mkdir('.tmp/shots', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `.tmp/shots/editor-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('at 1280 × 800 every writing field is at least 600 px wide, the checks docked under it', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [FULL]);
  await openFull(page, app, 1280, 800);
  for (const name of WRITING) {
    expect((await field(page, name).boundingBox())?.width).toBeGreaterThanOrEqual(600);
  }
  await field(page, 'Action').focus();
  const action = await boxInView(page, field(page, 'Action'));
  const dock = await boxInView(page, checks(page));
  expect(action.y + action.height).toBeLessThanOrEqual(dock.y);
  await shoot(page, '1280');
  await editor(page).getByRole('group', { name: 'When it happened' }).scrollIntoViewIfNeeded();
  await shoot(page, 'details-1280');
});

test('at 1024 × 700 the checks stay in view while the Action is written, and never move', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [FULL]);
  await openFull(page, app, 1024, 700);
  const action = field(page, 'Action');
  await action.focus();
  await boxInView(page, action);
  const before = await boxInView(page, checks(page));
  await boxInView(
    page,
    checks(page).getByRole('list', { name: 'Open checks' }).getByRole('listitem').first(),
  );
  await shoot(page, '1024');

  // Checks passing and failing as the text changes never resize the panel.
  await action.press('End');
  await action.pressSequentially(' We shipped it together.');
  await expect(checks(page).getByRole('list', { name: 'Open checks' })).toContainText(
    'Says “I”, not “we”',
  );
  expect(await boxInView(page, checks(page))).toEqual(before);
  await boxInView(page, action);
  await editor(page).getByRole('group', { name: 'When it happened' }).scrollIntoViewIfNeeded();
  await shoot(page, 'details-1024');
});

test('the checks fold to a bar and back by keyboard, and stay folded from story to story', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [FULL, { title: 'Hiring loop' }]);
  await openFull(page, app, 1024, 700);
  const open = checks(page).getByRole('list', { name: 'Open checks' });
  const hide = checks(page).getByRole('button', { name: 'Hide checks' });
  const before = (await field(page, 'Action').boundingBox())!;
  await hide.focus();
  await page.keyboard.press('Enter');
  const show = checks(page).getByRole('button', { name: 'Show checks' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();
  await expect(open).toBeHidden();
  // Folded, it is a bar that still says how many are open, and the writing has the room.
  const bar = await boxInView(page, checks(page));
  expect(bar.height).toBeLessThan(50);
  await expect(checks(page)).toContainText(/\d+ to fix/);
  expect((await field(page, 'Action').boundingBox())!.width).toBe(before.width);

  await openStory(page, 'Hiring loop');
  await expect(show).toBeVisible();
  await show.press('Enter');
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(open).toBeVisible();
});

test('on a wide pane the checks sit beside the writing, as tall as the pane', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [FULL]);
  await openFull(page, app, 1680, 900);
  await field(page, 'Action').focus();
  const action = await boxInView(page, field(page, 'Action'));
  const panel = await boxInView(page, checks(page));
  expect(action.width).toBeGreaterThanOrEqual(600);
  expect(panel.x).toBeGreaterThanOrEqual(action.x + action.width);
  expect(panel.height).toBeGreaterThan(800);
});

test('"When it happened" is a month and a year, said "Not set" when empty, and cleared again', async ({
  app,
  page,
  dataDir,
}) => {
  await createStory(page, app, 'Warehouse move');
  const when = editor(page).getByRole('group', { name: 'When it happened' });
  const month = when.getByRole('combobox', { name: 'Month' });
  const year = when.getByRole('combobox', { name: 'Year' });
  await expect(when).toHaveAccessibleDescription('Not set');
  await expect(month).toHaveValue('');
  await expect(year).toHaveValue('');

  // By keyboard: a closed select steps through its options with the arrows.
  await month.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  await expect(month).toHaveValue('03');
  // Half a date is not saved, and the half still missing says so.
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription('Add the year to save it.');
  await page.keyboard.press('Tab');
  await expect(year).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const lastYear = String(new Date().getFullYear() - 1);
  await expect(year).toHaveValue(lastYear);
  await expect(year).not.toHaveAttribute('aria-invalid');
  await expect(month.locator('option:checked')).toHaveText('March');
  await year.blur();
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();
  expect((await readBank(dataDir)).stories[0].when).toBe(`${lastYear}-03`);

  await app.start();
  await page.goto(app.url);
  await openStory(page, 'Warehouse move');
  await expect(month).toHaveValue('03');
  await expect(year).toHaveValue(lastYear);
  await editor(page).getByRole('button', { name: 'Clear when it happened' }).click();
  await expect(month).toHaveValue('');
  await expect(year).toHaveValue('');
  await expect(month).toBeFocused();
  await expect(when).toHaveAccessibleDescription('Not set');
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();
  expect((await readBank(dataDir)).stories[0].when).toBeNull();
});
