import { mkdir } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { api, openView, type Seed } from './app-api';
import { expect, test, type WebApp } from './web-app';

const story = (title: string, principleId: string, extra: Partial<Seed> = {}): Seed => ({
  title,
  status: 'ready',
  headline: `${title}, and what it changed for customers.`,
  situation: 'Our checkout conversion had fallen for three straight months.',
  task: 'I owned the checkout funnel and its targets.',
  action:
    'I read two hundred support tickets, ran five customer calls, found the address form was failing on mobile, and shipped a fix behind a flag with the payments team.',
  result: 'Conversion rose from 2.1% to 2.6% in four weeks, about $1.2M a year.',
  principles: [{ principleId, strength: 'primary' }],
  ...extra,
});

const STORIES: Seed[] = [
  story('Fixed the mobile checkout', 'customer-obsession', {
    followUps: [
      { id: 'f1', question: 'How did you know it was the form?', answer: 'Session replays.' },
    ],
  }),
  story('Took over the failing billing migration', 'ownership'),
  story('Cut the launch scope with the partner', 'deliver-results', { tags: ['failure'] }),
  story('Found the cause of the churn spike', 'dive-deep'),
];

/** "2026-12-10T09:30" nine days from now, in this computer's time. */
function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:30`;
}

async function seedPractice(request: APIRequestContext, app: WebApp) {
  const created: Story[] = [];
  for (const seed of STORIES) created.push(await api<Story>(request, app, 'stories:create', seed));
  await api(request, app, 'loops:create', {
    name: 'Amazon PM onsite',
    template: 'amazon-pm',
    at: inDays(9),
  });
  const [first, second] = created;
  for (const [storyId, seconds, rating] of [
    [first!.id, 134, 3],
    [first!.id, 118, 4],
    [second!.id, 201, 2],
  ] as const) {
    await api(request, app, 'practice:record', {
      storyId,
      card: 'story',
      seconds,
      parts: [20, 15, seconds - 60, 25],
      rating,
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    test(`the Rehearse view at ${width}×${height}, ${colorScheme} (screenshots in .tmp/shots)`, async ({
      app,
      page,
      request,
    }) => {
      await seedPractice(request, app);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await openView(page, app, 'Rehearse');
      await expect(page.getByText(/Due today: \d+ cards · loop in 9 days/)).toBeVisible();
      const overflows = () =>
        page.locator('html').evaluate((root) => root.scrollWidth > root.clientWidth);
      expect(await overflows()).toBe(false);
      await mkdir('.tmp/shots', { recursive: true });
      await page.screenshot({ path: `.tmp/shots/rehearse-${width}-${colorScheme}.png` });

      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: 'Next part' }).click();
      await page.waitForTimeout(1_100);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(page.getByRole('group', { name: 'How did it go?' })).toBeVisible();
      expect(await overflows()).toBe(false);
      await page.screenshot({ path: `.tmp/shots/rehearse-stopped-${width}-${colorScheme}.png` });
      await page.getByRole('button', { name: 'Fixed the mobile checkout' }).click();
      await page
        .getByRole('region', { name: 'Rehearsals of Fixed the mobile checkout' })
        .scrollIntoViewIfNeeded();
      expect(await overflows()).toBe(false);
      await page.screenshot({ path: `.tmp/shots/rehearse-log-${width}-${colorScheme}.png` });
    });
  }
}
