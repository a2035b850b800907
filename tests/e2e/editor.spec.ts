import type { Locator, Page } from '@playwright/test';
import { checks, createStory, editor, field, openStory, readBank, saveState } from './editor-page';
import { expect, test } from './web-app';

/** Presses Tab until `target` has focus: what a keyboard user does, with a bound. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const STAR = {
  Situation: 'German checkout converted at 61%.',
  Task: 'I owned closing the gap.',
  Action: 'I ran five calls and added invoices.',
  Result: 'Conversion rose to 74%.',
};

test('a whole story written with the keyboard alone is kept across a restart', async ({
  app,
  page,
  dataDir,
}) => {
  test.setTimeout(90_000); // a few hundred keystrokes, one at a time
  await createStory(page, app, 'EU checkout');
  const keys = page.keyboard;
  await keys.press('End');
  await keys.type(' drop-off');
  await keys.press('Tab');
  await expect(field(page, 'One-line headline')).toBeFocused();
  await keys.type('I cut drop-off by a third.');
  for (const [label, text] of Object.entries(STAR)) {
    await keys.press('Tab');
    await expect(field(page, label)).toBeFocused();
    await keys.type(text);
  }
  await keys.press('Tab');
  await keys.type('61% → 74%');
  await keys.press('Tab');
  await expect(field(page, 'Learnings')).toBeFocused();
  await keys.type('Call customers first.');

  await tabTo(page, field(page, 'Add tag'));
  await keys.type('payments');
  await keys.press('Enter');
  await keys.type('launch,');
  await expect(editor(page).getByRole('button', { name: 'Remove tag launch' })).toBeVisible();

  const principle = editor(page).getByRole('combobox', { name: 'Customer Obsession' });
  await tabTo(page, principle);
  await keys.press('ArrowDown');
  await expect(principle).toHaveValue('primary');

  await tabTo(page, editor(page).getByRole('button', { name: 'Add follow-up' }));
  await keys.press('Enter');
  await expect(field(page, 'Follow-up 1 question')).toBeFocused();
  await keys.type('What data?');
  await keys.press('Tab');
  await expect(field(page, 'Follow-up 1 prepared answer')).toBeFocused();
  await keys.type('Funnel data and calls.');

  await tabTo(page, editor(page).getByRole('radio', { name: 'Draft' }));
  await keys.press('ArrowRight');
  await expect(editor(page).getByRole('radio', { name: 'Ready' })).toBeChecked();
  await expect(saveState(page)).toHaveText(/^Saved/);

  await app.stop();
  const [story] = (await readBank(dataDir)).stories;
  expect(story).toMatchObject({
    title: 'EU checkout drop-off',
    headline: 'I cut drop-off by a third.',
    situation: STAR.Situation,
    task: STAR.Task,
    action: STAR.Action,
    result: STAR.Result,
    metrics: '61% → 74%',
    learnings: 'Call customers first.',
    tags: ['payments', 'launch'],
    principles: [{ principleId: 'customer-obsession', strength: 'primary' }],
    followUps: [
      {
        id: expect.any(String),
        question: 'What data?',
        answer: 'Funnel data and calls.',
      },
    ],
    status: 'ready',
  });

  await app.start();
  await page.goto(app.url);
  await openStory(page, 'EU checkout drop-off');
  await expect(field(page, 'Action')).toHaveValue(STAR.Action);
  await expect(field(page, 'Follow-up 1 prepared answer')).toHaveValue('Funnel data and calls.');
  await expect(editor(page).getByRole('combobox', { name: 'Customer Obsession' })).toHaveValue(
    'primary',
  );
  await expect(editor(page).getByRole('radio', { name: 'Ready' })).toBeChecked();
});

test('checks follow the text, and a dismissed check stays dismissed after a reload', async ({
  app,
  page,
}) => {
  await createStory(page, app, 'Pricing pushback');
  const open = checks(page).getByRole('list', { name: 'Open checks' });
  const passing = checks(page).getByRole('list', { name: 'Passing checks' });

  await field(page, 'Result').fill('The new tiers shipped.');
  await expect(open).toContainText('Result is measurable');
  await field(page, 'Result').pressSequentially(' Churn fell 12%.');
  await expect(passing).toContainText('Result is measurable');
  await expect(open).not.toContainText('Result is measurable');

  await field(page, 'Action').fill('We met. We agreed. We shipped it together.');
  await expect(open).toContainText('Says “I”, not “we”');
  await checks(page).getByRole('button', { name: 'Dismiss: Says “I”, not “we”' }).click();
  const dismissed = checks(page).getByRole('list', { name: 'Dismissed checks' });
  await expect(dismissed).toContainText('Says “I”, not “we”');
  // Focus stays among the open checks, on the one that took its place.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Dismiss: /);
  await expect(saveState(page)).toHaveText(/^Saved/);

  await page.reload();
  await openStory(page, 'Pricing pushback');
  await expect(dismissed).toContainText('Says “I”, not “we”');
  await expect(open).not.toContainText('Says “I”, not “we”');
});

test('the field and the checklist count words as the checks do, in any script', async ({
  app,
  page,
}) => {
  await createStory(page, app, 'Words in Hindi');
  await field(page, 'Situation').fill('क्षत्रिय test');
  await expect(editor(page).getByText('2 words', { exact: true })).toBeVisible();
  await field(page, 'Task').fill('nai\u0308ve ideas');
  await expect(checks(page)).toContainText('· 4 words');
});

test('a reload right after typing keeps the text, and the bank gets it', async ({
  app,
  page,
  dataDir,
}) => {
  await createStory(page, app, 'Hiring loop');
  await field(page, 'Action').pressSequentially('I rewrote the rubric');
  await page.reload(); // well inside the pause autosave waits for
  await openStory(page, 'Hiring loop');
  await expect(field(page, 'Action')).toHaveValue('I rewrote the rubric');
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();
  expect((await readBank(dataDir)).stories[0].action).toBe('I rewrote the rubric');
});

test('text the bank never got comes back from the journal after a reload', async ({
  app,
  page,
  dataDir,
}) => {
  await createStory(page, app, 'Billing migration');
  await expect(saveState(page)).toHaveText(/^Saved/);
  // The worst case: not one save gets through, before the reload or after it.
  await page.route('**/api/stories:update', (route) => route.abort());
  await field(page, 'Action').pressSequentially('I moved 40k accounts');
  await page.reload();

  await openStory(page, 'Billing migration');
  await expect(field(page, 'Action')).toHaveValue('I moved 40k accounts');
  await expect(editor(page)).toContainText('Recovered text you typed before the window closed.');
  await expect(saveState(page)).toHaveText(/^Not saved — /);

  await page.unroute('**/api/stories:update');
  await editor(page).getByRole('button', { name: 'Try again' }).click();
  await expect(saveState(page)).toHaveText(/^Saved/);
  const journal = await page.evaluate(() =>
    Object.keys((globalThis as unknown as { localStorage: object }).localStorage),
  );
  expect(journal.filter((key) => key.startsWith('storybank.pending.'))).toEqual([]);
  await app.stop();
  expect((await readBank(dataDir)).stories[0].action).toBe('I moved 40k accounts');
});

test('a failed save says why and keeps the text, in the field and on this computer', async ({
  app,
  page,
}) => {
  await createStory(page, app, 'Launch slip');
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();

  await field(page, 'Action').fill('I called the partner myself');
  await expect(saveState(page)).toHaveText(
    "Not saved — Storybank's local server did not answer (is it still running?)",
  );
  await expect(editor(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(field(page, 'Action')).toHaveValue('I called the partner myself');
  const journal = await page.evaluate(() => {
    const { localStorage } = globalThis as unknown as { localStorage: Record<string, string> };
    return Object.entries(localStorage).filter(([key]) => key.startsWith('storybank.pending.'));
  });
  expect(journal).toHaveLength(1);
  expect(JSON.parse(journal[0]![1]).changes).toEqual({ action: 'I called the partner myself' });

  // Trying again while the server is still gone fails the same way, and keeps everything.
  await editor(page).getByRole('button', { name: 'Try again' }).click();
  await expect(saveState(page)).toHaveText(/^Not saved — /);
  await expect(field(page, 'Action')).toHaveValue('I called the partner myself');
});

test('an empty title is explained next to the field and not sent; other fields still save', async ({
  app,
  page,
  dataDir,
}) => {
  await createStory(page, app, 'Vendor negotiation');
  const title = field(page, 'Title');
  await title.fill('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(editor(page).getByText('A story needs a title.')).toBeVisible();
  await field(page, 'Task').fill('I owned the renewal.');
  await field(page, 'Task').blur();
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();
  expect((await readBank(dataDir)).stories[0]).toMatchObject({
    title: 'Vendor negotiation',
    task: 'I owned the renewal.',
  });
});

test('follow-ups are added, reordered and removed, and the bank keeps their order', async ({
  app,
  page,
  dataDir,
}) => {
  await createStory(page, app, 'Roadmap reset');
  const add = editor(page).getByRole('button', { name: 'Add follow-up' });
  for (const question of ['Who disagreed?', 'What did it cost?', 'What would you change?']) {
    await add.click();
    await page.keyboard.type(question);
  }
  await editor(page).getByRole('button', { name: 'Move follow-up 3 up' }).click();
  await expect(field(page, 'Follow-up 2 question')).toHaveValue('What would you change?');
  await expect(editor(page).getByRole('button', { name: 'Move follow-up 2 up' })).toBeFocused();
  await editor(page).getByRole('button', { name: 'Remove follow-up 1' }).click();
  await expect(field(page, 'Follow-up 1 question')).toHaveValue('What would you change?');
  await expect(field(page, 'Follow-up 1 question')).toBeFocused();
  await expect(saveState(page)).toHaveText(/^Saved/);
  await app.stop();
  const { followUps } = (await readBank(dataDir)).stories[0];
  expect(followUps.map((followUp: { question: string }) => followUp.question)).toEqual([
    'What would you change?',
    'What did it cost?',
  ]);
});

test('tags: Enter or a comma adds, duplicates are refused, Backspace takes the last back', async ({
  app,
  page,
}) => {
  await createStory(page, app, 'Churn analysis');
  const input = field(page, 'Add tag');
  await input.click();
  await page.keyboard.type('growth,Pricing');
  await page.keyboard.press('Enter');
  await page.keyboard.type('GROWTH');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByText('“growth” is already a tag.')).toBeVisible();
  const tags = editor(page).getByRole('list', { name: 'Tags' });
  await expect(tags.getByRole('listitem')).toHaveText(['growth×', 'Pricing×']);
  await page.keyboard.press('Backspace');
  await expect(tags.getByRole('listitem')).toHaveText(['growth×']);
  await editor(page).getByRole('button', { name: 'Remove tag growth' }).click();
  await expect(tags).toHaveCount(0);
  await expect(input).toBeFocused();
});
