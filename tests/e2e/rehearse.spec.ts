import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Bank } from '../../src/core/model/schema';
import { api, openView, seed } from './app-api';
import { expect, test } from './web-app';

const STORY = {
  title: 'Rescued the partner launch',
  status: 'ready' as const,
  headline: 'Saved a slipping launch by cutting scope with the partner.',
  situation: 'Our biggest partner launch was slipping by six weeks.',
  task: 'I owned the launch plan.',
  action: 'I met the partner, cut the scope to the three features customers used, and re-planned.',
  result: 'We launched two weeks late instead of six; activation rose from 31% to 44%.',
};

const recordings = async (dataDir: string) =>
  (await readdir(join(dataDir, 'recordings')).catch(() => [])).filter((name) =>
    name.endsWith('.webm'),
  );

/** Waits until the audio element has played some of its sound. */
async function plays(page: Page, name: string | RegExp) {
  const audio = page.getByLabel(name);
  await audio.evaluate((element: HTMLAudioElement) => element.play());
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThan(0.3);
}

test('a rehearsal: start, mark the parts, stop, record, play back, rate, see it in the log', async ({
  app,
  page,
  request,
  dataDir,
}) => {
  await seed(request, app, [STORY]);
  await openView(page, app, 'Rehearse');
  await expect(page.getByText('Due today: 1 card')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tell it in about 2 min/ })).toBeVisible();
  const timer = page.getByRole('timer', { name: 'Speaking time' });
  await expect(timer).toHaveText('0:00');

  // Recording is off until asked for; then the (fake) microphone is taken.
  await page.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('button', { name: 'Record' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Records while the timer runs')).toBeVisible();

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByText('Recording', { exact: true })).toBeVisible();
  const parts = page.getByRole('list', { name: 'Parts' });
  await expect(parts.getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'step');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(parts.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await page.waitForTimeout(800);
  // Keys 1–4 jump forward from anywhere but a text field.
  await page.locator('body').press('3');
  await expect(parts.getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'step');
  await page.waitForTimeout(1_200);
  await page.keyboard.press('4');
  await expect(parts.getByRole('listitem').nth(3)).toHaveAttribute('aria-current', 'step');
  // At least 3 s of speech (and of recording) before Stop.
  await expect(timer).toHaveText(/^0:0[3-9]$/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const seconds = Number((await timer.textContent())!.split(':')[1]);

  const notes = page.getByRole('list', { name: 'How the timing went' });
  await expect(notes).toContainText(`${seconds} s: `);
  await expect(notes).toContainText('under the 1 min 30 s floor. Say more about what you did.');
  // A few seconds say nothing about the balance of the parts; the notes say so.
  await expect(notes).toContainText('Too short to judge the balance of the parts');
  // Each part's time, summing to the clock.
  const times = await parts.getByRole('listitem').allTextContents();
  const partSeconds = times.map((text) => Number(/0:(\d\d)$/.exec(text)![1]));
  expect(partSeconds.reduce((sum, part) => sum + part, 0)).toBe(seconds);
  await plays(page, 'Your recording');

  await page.getByLabel('Note for next time (optional)').fill('Slow down on the result.');
  await page
    .getByRole('group', { name: 'How did it go?' })
    .getByRole('button', { name: 'Good' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toHaveText(
    'Logged: Rescued the partner launch, with its recording.',
  );
  // Told in full once, the story's short versions and drill join the day's cards.
  await expect(page.getByText('Due today: 3 cards')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The 90-second version' })).toBeVisible();

  const files = await recordings(dataDir);
  expect(files).toHaveLength(1);
  const bank = (await api<{ bank: Bank }>(request, app, 'bank:load', {})).bank;
  expect(bank.practice).toHaveLength(1);
  expect(bank.practice[0]).toMatchObject({
    card: 'story',
    seconds,
    rating: 3,
    note: 'Slow down on the result.',
    recording: files[0],
  });
  expect(bank.practice[0]!.parts).toEqual(partSeconds);

  const log = page.getByRole('region', { name: 'Practice log' });
  const row = log.getByRole('row', { name: /Rescued the partner launch/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('1');
  await row.getByRole('button', { name: 'Rescued the partner launch' }).click();
  await log.getByRole('button', { name: /^Play recording of/ }).click();
  await plays(page, /^Recording of/);

  // The Trash keeps the story's recordings (undo); emptying it deletes them for good.
  const story = bank.stories[0]!;
  await api(request, app, 'stories:delete', { id: story.id });
  expect(await recordings(dataDir)).toHaveLength(1);
  await openView(page, app, 'Stories');
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await page
    .getByRole('alertdialog', { name: 'Empty the Trash?' })
    .getByRole('button', { name: 'Delete 1 story forever' })
    .click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();
  expect(await recordings(dataDir)).toEqual([]);
  const after = (await api<{ bank: Bank }>(request, app, 'bank:load', {})).bank;
  expect(after.practice).toEqual([]);
});

test('Space starts and stops the timer; nothing is recorded unless asked', async ({
  app,
  page,
  request,
  dataDir,
}) => {
  await seed(request, app, [STORY]);
  await openView(page, app, 'Rehearse');
  // Space anywhere but on a control or in a field.
  await page.getByText(STORY.headline).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await page.waitForTimeout(1_100);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  await expect(page.getByRole('timer', { name: 'Speaking time' })).toHaveText('0:01');
  await expect(page.getByLabel('Your recording')).toHaveCount(0);
  // The parts were never marked, so the balance is not judged.
  await expect(page.getByRole('list', { name: 'How the timing went' })).not.toContainText('Action');
  await page.getByRole('button', { name: 'Hard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toHaveText(
    'Logged: Rescued the partner launch.',
  );
  expect(await recordings(dataDir)).toEqual([]);
});
