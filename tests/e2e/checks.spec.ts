import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seed } from './app-api';
import { expect, test } from './web-app';

const checks = (page: Page) => page.getByRole('complementary', { name: 'Checks' });
const item = (page: Page, label: string) =>
  checks(page).getByRole('listitem').filter({ hasText: label });

async function open(page: Page, url: string, title: string) {
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Stories' }).getByRole('option', { name: title }).click();
  await expect(checks(page)).toBeVisible();
}

test('the checks quote what they found, weigh it, and say when there is nothing to judge yet', async ({
  app,
  page,
  request,
}) => {
  await seed(request, app, [
    {
      title: 'Story 7',
      status: 'ready',
      situation: 'Our onboarding was kind of slow and basically nobody finished it.',
      task: 'I owned onboarding.',
      action: 'We mapped the flow, we cut two steps and I think we tested it with users.',
      result: 'I ran 12 customer interviews and wrote a 20-page report.',
      when: '2025-04',
      principles: [{ principleId: 'customer-obsession', strength: 'primary' }],
    },
  ]);
  await open(page, app.url, 'Story 7');

  await expect(item(page, 'Has a real title')).toContainText('(Problem)');
  await expect(item(page, 'Has a real title')).toContainText('“Story 7” is a placeholder');
  await expect(item(page, 'Headline written')).toContainText('(Problem)');
  await expect(item(page, 'Says it plainly')).toContainText(
    '3 hedges and fillers (“kind of”, “basically”, “I think”)',
  );
  await expect(item(page, 'Result is measurable')).toContainText(
    'The Result counts what was done (“12”, “20”), not what it changed',
  );
  await expect(item(page, 'Says “I”, not “we”')).toContainText('(Problem)');
  // Too few words to weigh the balance: waiting, not passed.
  const balance = item(page, 'Action is the bulk');
  await expect(balance).toContainText('(not judged yet)');
  await expect(balance).toHaveClass(/check--waiting/);
  await expect(balance).not.toContainText('✓');

  // The label takes the person to the field it is about.
  await item(page, 'Has a real title')
    .getByRole('button', { name: 'Has a real title', exact: true })
    .click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();

  // The editor's layout at 1024 px is issue 13's; here, how the checks read.
  await page.setViewportSize({ width: 1280, height: 800 });
  await mkdir('.tmp/shots', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `.tmp/shots/checks-1280-${colorScheme}.png` });
  }
});
