import { CHECK_IDS } from '../../src/core/quality';
import { option, seed, stories, titled } from './library-page';
import { expect, test } from './web-app';

/*
 * The library's rows as a person reads them (two-line titles, a labelled count of what to
 * fix) and the virtualized list driven by keyboard alone.
 */

test('a row labels its open checks on screen, and its name holds all it shows', async ({
  app,
  page,
  request,
}) => {
  // A title-only story fails both of these; every other check is dismissed ("I know").
  const open = ['headline-written', 'situation-written'];
  await seed(request, app, {
    title: 'Billing migration',
    dismissedChecks: CHECK_IDS.filter((id) => !open.includes(id)),
  });
  await seed(request, app, {
    title: 'Why did the launch slip?',
    headline: 'Six weeks late, then two early.',
    principles: ['dive-deep', 'ownership', 'bias-for-action', 'deliver-results'].map(
      (principleId) => ({ principleId, strength: 'secondary' }),
    ),
  });
  await page.goto(app.url);

  const billing = option(page, 'Billing migration');
  await expect(billing.getByText('2 to fix', { exact: true })).toBeVisible();
  // Read aloud with a pause where the eye sees a new line.
  await expect(billing).toHaveAccessibleName(
    'Billing migration. Draft. No headline yet. No principles mapped. 2 to fix',
  );
  await expect(billing).toHaveAttribute('aria-setsize', '2');
  await expect(billing).toHaveAttribute('aria-posinset', '2');

  // Two principles on screen and "+2"; the description names all four.
  const slip = option(page, 'Why did the launch slip?');
  await expect(slip).toHaveAccessibleName(
    /^Why did the launch slip\? Draft\. Six weeks late, then two early\. Dive Deep · Ownership \+2\. \d+ to fix$/,
  );
  await expect(slip).toHaveAccessibleDescription(
    'All principles: Dive Deep, Ownership, Bias for Action, Deliver Results',
  );
});

test('a long title takes two lines, then ends in an ellipsis; its name keeps it whole', async ({
  app,
  page,
  request,
}) => {
  const long =
    'Rescued the partner launch after the vendor slipped six weeks and the CEO asked for a date';
  // Under the 200-character cap, and far more than two lines of the pane hold.
  const endless = `${long}, then rebuilt the plan with finance, legal and three engineering teams`;
  for (const title of ['Hired two analysts', long, endless]) await seed(request, app, { title });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);

  /** How many lines the row's title takes on screen. */
  const titleLines = (title: string) =>
    option(page, title)
      .locator('.story-option__title')
      .evaluate((element) => {
        const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
        return Math.round(element.getBoundingClientRect().height / lineHeight);
      });
  expect(await titleLines('Hired two analysts')).toBe(1);
  expect(await titleLines(long)).toBe(2);
  expect(await titleLines(endless)).toBe(2);
  // Cut on screen, whole to a screen reader and to a voice user (it was seeded last: first).
  await expect(stories(page).getByRole('option').first()).toHaveAccessibleName(titled(endless));
});

test('300 stories: only the rows in view exist, and the keyboard still reaches every one', async ({
  app,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const COUNT = 300;
  const title = (n: number) => `Launch review ${n}`;
  for (let n = 1; n <= COUNT; n++) await seed(request, app, { title: title(n) });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  // By title, numbers in order: "Launch review 2" before "Launch review 10".
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await expect(page.getByText(`${COUNT} stories`)).toBeVisible();

  const rows = stories(page).getByRole('option');
  expect(await rows.count()).toBeLessThan(40);
  await option(page, title(1)).click();
  await expect(option(page, title(1))).toHaveAttribute('aria-setsize', String(COUNT));

  await page.keyboard.press('End');
  const last = option(page, title(COUNT));
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(last).toBeInViewport();
  await expect(page.locator('.editor')).toContainText(title(COUNT));
  expect(await rows.count()).toBeLessThan(40);

  // Up three and down again, then once more at the end: the last story keeps the keyboard.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(option(page, title(COUNT - 3))).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();

  // Home goes back to the top; ↓ walks past the first screenful with the focused row in view.
  await page.keyboard.press('Home');
  await expect(option(page, title(1))).toBeFocused();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
  const walked = option(page, title(26));
  await expect(walked).toBeFocused();
  await expect(walked).toHaveAttribute('aria-posinset', '26');
  await expect(walked).toBeInViewport();

  // Scrolled away with the wheel, the selected row still exists: Tab lands on it.
  await stories(page).hover();
  await page.mouse.wheel(0, 6000);
  await page.getByRole('button', { name: 'Trash (0)' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(walked).toBeFocused();

  // Delete at the end moves to the Trash and the keyboard to the story before it.
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await expect(option(page, title(COUNT - 1))).toBeFocused();
  await expect(page.getByText(`${COUNT - 1} stories`)).toBeVisible();
});
