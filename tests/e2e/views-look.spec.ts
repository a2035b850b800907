import type { APIRequestContext, Page } from '@playwright/test';
import { api, openView, seed, type Seed } from './app-api';
import { expect, test, type WebApp } from './web-app';

/*
 * Every view at the two sizes a laptop gives, light and dark, empty and with 25 stories: nothing
 * spills sideways out of the window, and each view's screenshot lands in .tmp/shots/views/ to be
 * looked at.
 */

const VIEWS = ['Stories', 'Coverage', 'Loops', 'Rehearse', 'Export', 'Settings'];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];
const PRINCIPLES = [
  'customer-obsession',
  'ownership',
  'dive-deep',
  'deliver-results',
  'invent-and-simplify',
];

function stories(count: number): Seed[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `${['Rescued', 'Rebuilt', 'Simplified', 'Disagreed about', 'Measured'][i % 5]} the ${
      ['partner launch', 'pricing page', 'onboarding flow', 'data pipeline', 'support queue'][
        Math.floor(i / 5) % 5
      ]
    } (${2019 + (i % 7)})`,
    status: i % 3 === 0 ? 'ready' : 'draft',
    headline: 'Cut the launch slip from six weeks to one by re-planning with the partner.',
    situation: 'Our biggest partner launch was slipping by six weeks and the partner was upset.',
    task: 'I owned the launch plan and the relationship with the partner team.',
    action:
      'I met the partner every morning, cut the scope to the three features customers used, and re-planned the work with both teams so each week ended in something shipped.',
    result: 'We launched one week late instead of six; activation rose from 31% to 44%.',
    when: `${2019 + (i % 7)}-0${1 + (i % 9)}`,
    principles: [
      { principleId: PRINCIPLES[i % PRINCIPLES.length]!, strength: 'primary' },
      { principleId: PRINCIPLES[(i + 2) % PRINCIPLES.length]!, strength: 'secondary' },
    ],
  }));
}

async function fill(request: APIRequestContext, app: WebApp) {
  await seed(request, app, stories(25));
  await api(request, app, 'loops:create', {
    name: 'Amazon PM onsite',
    template: 'amazon-pm',
    at: '2027-01-12T09:30',
  });
}

/** How far the page scrolls sideways beyond the window: 0 when nothing spills out. */
const spill = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const filled of [false, true]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every view fits both window sizes, ${filled ? '25 stories' : 'empty'}, ${colorScheme}`, async ({
      app,
      page,
      request,
    }) => {
      test.setTimeout(120_000);
      if (filled) await fill(request, app);
      await page.emulateMedia({ colorScheme });
      const spilled: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const view of VIEWS) {
          await openView(page, app, view);
          if (view === 'Stories' && filled) {
            await page
              .getByRole('listbox', { name: 'Stories' })
              .getByRole('option')
              .first()
              .click();
            await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
          }
          const over = await spill(page);
          if (over > 0) spilled.push(`${view} at ${size.width}: ${over}px`);
          await page.screenshot({
            path: `.tmp/shots/views/${view.toLowerCase()}-${filled ? 'filled' : 'empty'}-${size.width}-${colorScheme}.png`,
          });
        }
      }
      expect(spilled).toEqual([]);
    });
  }
}
