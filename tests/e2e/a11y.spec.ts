import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { api, openView } from './app-api';
import { expect, test, type WebApp } from './web-app';

/*
 * axe-core on every view, empty and filled, light and dark: no violation of any impact.
 * axe is evaluated through the DevTools protocol, so the page keeps its own strict CSP.
 */

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = ['Stories', 'Coverage', 'Loops', 'Rehearse', 'Export', 'Settings'];

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
  });
}

async function fill(request: APIRequestContext, app: WebApp) {
  const stories: Story[] = [];
  for (const [title, principleId] of [
    ['Rescued the partner launch', 'deliver-results'],
    ['Found the cause of the churn spike', 'dive-deep'],
    ['Story 7', 'ownership'],
  ] as const) {
    stories.push(
      await api<Story>(request, app, 'stories:create', {
        title,
        status: 'ready',
        headline: `${title}.`,
        situation: 'Our biggest partner launch was slipping by six weeks.',
        task: 'I owned the launch plan.',
        action:
          'I met the partner, cut the scope to the three features customers used, and re-planned.',
        result: 'Activation rose from 31% to 44%.',
        when: '2025-05',
        principles: [{ principleId, strength: 'primary' }],
      }),
    );
  }
  await api(request, app, 'loops:create', {
    name: 'Amazon PM onsite',
    template: 'amazon-pm',
    at: '2027-01-12T09:30',
  });
  await api(request, app, 'practice:record', {
    storyId: stories[0]!.id,
    card: 'story',
    seconds: 125,
    parts: [20, 15, 70, 20],
    rating: 3,
  });
}

for (const filled of [false, true]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on any view, ${filled ? 'filled' : 'empty'}, ${colorScheme}`, async ({
      app,
      page,
      request,
    }) => {
      test.setTimeout(90_000);
      if (filled) await fill(request, app);
      await page.emulateMedia({ colorScheme });
      const found: string[] = [];
      for (const view of VIEWS) {
        await openView(page, app, view);
        if (view === 'Stories' && filled) {
          await page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first().click();
        }
        found.push(...(await violations(page)).map((line) => `${view}: ${line}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('Ctrl+1 from a matrix cell puts focus in the new view; Ctrl+Z undoes a Delete', async ({
  app,
  page,
  request,
}) => {
  await fill(request, app);
  await openView(page, app, 'Coverage');
  const cell = page.getByRole('gridcell').first();
  await cell.focus();
  await expect(cell).toBeFocused();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeFocused();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Loops', level: 1 })).toBeFocused();

  await page.keyboard.press('Control+1');
  const list = page.getByRole('listbox', { name: 'Stories' });
  const option = (title: string) => list.getByRole('option', { name: new RegExp(`^${title}`) });
  await option('Story 7').click();
  await page.keyboard.press('Delete');
  await expect(option('Story 7')).toHaveCount(0);
  await expect(list.getByRole('option').first()).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(option('Story 7')).toBeVisible();
  await expect(option('Story 7')).toBeFocused();
});
