import { filterMenus, filtersButton, focusInEditor, option, seed, stories } from './library-page';
import { expect, test } from './web-app';

test('arrows move the selection, Home and End jump, Enter opens the story in the editor', async ({
  app,
  page,
  request,
}) => {
  // Seeded last-first, so "Last edited" lists them A, B, C.
  for (const title of ['Gamma', 'Beta', 'Alpha']) await seed(request, app, { title });
  await page.goto(app.url);
  await option(page, 'Alpha').click();
  await expect(option(page, 'Alpha')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(option(page, 'Beta')).toHaveAttribute('aria-selected', 'true');
  await expect(option(page, 'Beta')).toBeFocused();
  await expect(option(page, 'Alpha')).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(option(page, 'Alpha')).toBeFocused();
  await page.keyboard.press('End');
  await expect(option(page, 'Gamma')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(option(page, 'Alpha')).toBeFocused();
  await expect(page.locator('.editor')).toContainText('Alpha');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusInEditor(page)).toBe(true);
  await expect(page.locator('.editor')).toContainText('Beta');

  // Back to the list and Enter again on the story already open: focus goes to it once more.
  await option(page, 'Beta').focus();
  await expect.poll(() => focusInEditor(page)).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusInEditor(page)).toBe(true);
  // Arrowing to another story shows it without taking focus from the list.
  await option(page, 'Beta').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.editor')).toContainText('Alpha');
  await expect(option(page, 'Alpha')).toBeFocused();
});

test('Delete moves to the Trash with Undo; the Trash restores and empties after asking', async ({
  app,
  page,
  request,
}) => {
  for (const title of ['Gamma', 'Billing migration', 'Alpha']) await seed(request, app, { title });
  await page.goto(app.url);
  await option(page, 'Billing migration').click();

  await page.keyboard.press('Delete');
  // The editor has a status line of its own ("Saved"); the toast is the one about the Trash.
  const toast = page.getByRole('status').filter({ hasText: 'to Trash' });
  await expect(toast).toContainText('Moved “Billing migration” to Trash.');
  await expect(option(page, 'Billing migration')).toHaveCount(0);
  // The selection moves on to the next story, and the keyboard with it.
  await expect(option(page, 'Gamma')).toBeFocused();
  await expect(option(page, 'Gamma')).toHaveAttribute('aria-selected', 'true');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(option(page, 'Billing migration')).toBeFocused();
  await expect(toast).toHaveCount(0);

  await page.keyboard.press('Delete');
  await expect(option(page, 'Billing migration')).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeFocused();
  await page.getByRole('button', { name: 'Restore Billing migration' }).click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to stories' }).click();
  await expect(option(page, 'Billing migration')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeFocused();

  // Emptying asks first; Escape or Cancel keeps everything.
  await option(page, 'Alpha').click();
  await page.keyboard.press('Delete');
  await option(page, 'Gamma').click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByRole('button', { name: 'Trash (2)' }).click();
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Empty the Trash?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore Alpha' })).toBeVisible();
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await dialog.getByRole('button', { name: 'Delete 2 stories forever' }).click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to stories' })).toBeFocused();

  const listed = await request.post(app.origin + '/api/stories:list', {
    headers: { origin: app.origin, 'x-storybank-token': app.token },
    data: { includeDeleted: true },
  });
  const titles = (await listed.json()).value.map((story: { title: string }) => story.title);
  expect(titles).toEqual(['Billing migration']);
});

test('search finds words from any field, follow-up answers too; Escape clears it', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, {
    title: 'Billing migration',
    action: 'I wrote the cutover runbook and rehearsed it twice.',
    followUps: [{ id: 'f1', question: 'Who pushed back?', answer: 'The finance controller.' }],
  });
  await seed(request, app, { title: 'Résumé screening', situation: 'Hiring in São Paulo.' });
  await seed(request, app, { title: 'Pricing tiers' });
  await page.goto(app.url);
  await expect(page.getByText('3 stories')).toBeVisible();

  const search = page.getByLabel('Search stories');
  await search.fill('runbook');
  await expect(stories(page).getByRole('option')).toHaveCount(1);
  await expect(option(page, 'Billing migration')).toBeVisible();
  await expect(page.getByText('1 of 3 stories matches')).toBeVisible();
  await search.fill('finance controller');
  await expect(stories(page).getByRole('option')).toHaveText([/Billing migration/]);
  await search.fill('resume sao');
  await expect(stories(page).getByRole('option')).toHaveText([/Résumé screening/]);

  await search.fill('nothing like this');
  await expect(page.getByText('No stories match. Clear the search or filters.')).toBeVisible();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(stories(page).getByRole('option')).toHaveCount(3);
});

test('filters narrow by principle, status, tag and company; Clear filters resets', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, {
    title: 'Checkout latency',
    status: 'ready',
    company: 'Zalando',
    tags: ['launch'],
    principles: [{ principleId: 'dive-deep', strength: 'primary' }],
  });
  await seed(request, app, {
    title: 'Pricing pushback',
    company: 'Shopify',
    tags: ['pricing'],
    principles: [{ principleId: 'have-backbone-disagree-and-commit', strength: 'primary' }],
  });
  await seed(request, app, { title: 'Hiring analysts', company: 'Zalando', tags: ['launch'] });
  await page.goto(app.url);
  const shown = () => stories(page).getByRole('option');

  // The menus are folded until asked for; the search stays in view.
  await expect(page.getByLabel('Principle')).toBeHidden();
  await filtersButton(page).click();
  await page.getByLabel('Principle').selectOption({ label: 'Dive Deep' });
  await expect(shown()).toHaveText([/Checkout latency/]);
  await page.getByLabel('Principle').selectOption({ label: 'Any' });
  await page.getByLabel('Status').selectOption({ label: 'Draft' });
  await expect(shown()).toHaveCount(2);
  await page.getByLabel('Tag').selectOption({ label: 'launch' });
  await expect(shown()).toHaveText([/Hiring analysts/]);
  await page.getByLabel('Status').selectOption({ label: 'Any' });
  await page.getByLabel('Company').selectOption({ label: 'Zalando' });
  await expect(shown()).toHaveCount(2);
  await expect(page.getByText('2 of 3 stories match')).toBeVisible();
  await expect(filtersButton(page)).toHaveAccessibleName('Filters 2 active');
  await page.getByLabel('Company').selectOption({ label: 'Shopify' });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(shown()).toHaveCount(3);
  await expect(page.getByLabel('Search stories')).toBeFocused();
  await expect(filtersButton(page)).toHaveAccessibleName('Filters');

  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await expect(shown()).toHaveText([/Checkout/, /Hiring/, /Pricing/]);
});

test('the filter menus fold and unfold from the keyboard, and say how many are set', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, { title: 'Checkout latency', status: 'ready' });
  await seed(request, app, { title: 'Pricing pushback' });
  await page.goto(app.url);
  await expect(option(page, 'Checkout latency')).toBeVisible();

  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search stories')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(filtersButton(page)).toBeFocused();
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(filterMenus(page)).toBeHidden();

  await page.keyboard.press('Enter');
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(filterMenus(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(filterMenus(page).getByLabel('Principle')).toBeFocused();
  await page.keyboard.press('Tab');
  const status = filterMenus(page).getByLabel('Status');
  await expect(status).toBeFocused();
  // A closed menu steps through its choices with the arrows: Any → Draft → Ready.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('ready');
  await expect(stories(page).getByRole('option')).toHaveText([/Checkout latency/]);

  // Escape folds the menus and gives the keyboard back to the button, which shows the count.
  await page.keyboard.press('Escape');
  await expect(filterMenus(page)).toBeHidden();
  await expect(filtersButton(page)).toBeFocused();
  await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active');
  await expect(filtersButton(page)).toContainText('1');
  await expect(page.getByText('1 of 2 stories matches')).toBeVisible();

  await page.keyboard.press('Space');
  await expect(filterMenus(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(filterMenus(page)).toBeHidden();
});

test('Ctrl+F focuses the search and Ctrl+N the new story title, even from a field', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel('Story title').fill('Half-typed');
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search stories')).toBeFocused();
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('Story title')).toBeFocused();
  await expect(page.getByLabel('Story title')).toHaveValue('Half-typed');
});

test('Duplicate makes a "(copy)" and selects it', async ({ app, page, request }) => {
  await seed(request, app, { title: 'Billing migration', headline: 'Zero lost invoices.' });
  await page.goto(app.url);
  await option(page, 'Billing migration').click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const copy = option(page, 'Billing migration (copy)');
  await expect(copy).toHaveAttribute('aria-selected', 'true');
  await expect(copy).toBeFocused();
  await expect(stories(page).getByRole('option')).toHaveCount(2);
});

test('leaving Stories and coming back keeps the open story and the search', async ({
  app,
  page,
  request,
}) => {
  for (const title of ['Gamma', 'Beta', 'Alpha']) await seed(request, app, { title });
  await page.goto(app.url);
  await page.getByLabel('Search stories').fill('beta');
  await option(page, 'Beta').click();
  await expect(page.locator('.editor')).toContainText('Beta');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
  await nav.getByRole('button', { name: 'Stories' }).click();

  await expect(page.getByLabel('Search stories')).toHaveValue('beta');
  await expect(option(page, 'Beta')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.editor')).toContainText('Beta');
});
