import type { PrincipleSet } from '../../src/core/model/schema';
import { api, seed } from './app-api';
import { openCoverage, primary, rowHeader, summary } from './coverage-page';
import { expect, test } from './web-app';

test('a principle is renamed and given a question; a copied set becomes active and the matrix follows', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [{ title: 'Pricing pushback', principles: [primary('frugality')] }]);
  await openCoverage(page, app);
  // The tabs: arrow keys move between them.
  await page.getByRole('tab', { name: 'Matrix' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Principle sets' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  await page.getByRole('button', { name: 'Edit “Dive Deep”' }).click();
  const form = page.getByRole('form', { name: 'Edit “Dive Deep”' });
  await form.getByLabel('Name').fill('Dive Deep Into Data');
  await form.getByRole('button', { name: 'Add a question' }).click();
  await expect(form.getByLabel('Question 6')).toBeFocused();
  await page.keyboard.type('Tell me about a dashboard you rebuilt from raw logs.');
  await form.getByRole('button', { name: 'Save principle' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved “Dive Deep Into Data”.');
  await expect(page.getByRole('list', { name: 'Questions for Dive Deep Into Data' })).toContainText(
    'Tell me about a dashboard you rebuilt from raw logs.',
  );

  // Reorder with the keyboard: focus stays on the moved principle's button.
  const moveUp = page.getByRole('button', { name: 'Move up “Dive Deep Into Data”' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(moveUp).toBeFocused();
  await expect
    .poll(async () => {
      const { sets } = await api<{ sets: PrincipleSet[] }>(request, app, 'principleSets:list', {});
      return sets[0]!.principles.findIndex((p) => p.id === 'dive-deep');
    })
    .toBe(10);

  await page.getByLabel('New set name').fill('Acme values');
  await page
    .getByLabel('Start from')
    .selectOption({ label: 'Copy of Amazon Leadership Principles' });
  await page.getByRole('button', { name: 'Create set' }).click();
  await page.getByRole('button', { name: 'Make “Acme values” active' }).click();
  await expect(page.getByRole('heading', { name: 'Principles of “Acme values”' })).toBeVisible();

  // Removing asks first and says what stories lose: nothing, the Amazon set still has it.
  await page.getByRole('button', { name: 'Remove “Frugality”' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove “Frugality” from “Acme values”?' });
  await expect(dialog).toContainText('Another set still has this principle');
  await dialog.getByRole('button', { name: 'Remove principle' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Removed “Frugality”; 0 stories lost the mapping.',
  );

  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(summary(page)).toHaveText('0 of 15 covered, 0 thin, 15 gaps');
  await expect(rowHeader(page, 'Frugality')).toHaveCount(0);
  await expect(rowHeader(page, 'Dive Deep Into Data')).toBeVisible();

  await page.getByRole('tab', { name: 'Principle sets' }).click();
  await page.getByRole('button', { name: 'Make “Amazon Leadership Principles” active' }).click();
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(summary(page)).toHaveText('0 of 16 covered, 1 thin, 15 gaps');
  await expect(rowHeader(page, 'Frugality')).toHaveAccessibleName('Frugality — 1 story — thin');
});

test('a set file that is not JSON, or not a set, is refused in words; a good one is imported', async ({
  app,
  page,
}) => {
  await openCoverage(page, app);
  await page.getByRole('tab', { name: 'Principle sets' }).click();
  const input = page.getByLabel('Import a principle set');
  const error = page.locator('.cov-import').getByRole('alert');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "kind": '),
  });
  await expect(error).toHaveText(
    'broken.json: That file is not valid JSON, so no set was imported.',
  );

  await input.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 3, stories: [] })),
  });
  await expect(error).toContainText('backup.json: That file is not a Storybank principle set');
  await expect(error).toContainText('Nothing was imported.');

  const good = {
    kind: 'storybank-principle-set',
    version: 1,
    set: { id: 'acme', name: 'Acme values', principles: [{ id: 'bold', name: 'Be bold' }] },
  };
  await input.setInputFiles({
    name: 'acme.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(error).toHaveText('');
  await expect(page.getByRole('status')).toContainText('Imported “Acme values”');
  await expect(page.getByRole('list', { name: 'Principle sets' })).toContainText('Acme values');
});
