import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { seed, type Seed } from './app-api';
import {
  emptyGuide,
  openCoverage,
  primary,
  rowHeader,
  secondary,
  TWENTY_FIVE,
} from './coverage-page';
import { expect, test } from './web-app';

/*
 * How the matrix reads: at 1280 and 1024 px wide, light and dark, with 25 stories and none.
 * The screenshots land in .tmp/shots/ to be looked at, not compared.
 */

const SIZES = [
  [1280, 800],
  [1024, 700],
] as const;

/** Story columns whose number shows whole inside the grid's view (its scrollbar excluded). */
function columnsInView(page: Page): Promise<number> {
  return page.getByRole('grid').evaluate((grid) => {
    const box = grid.getBoundingClientRect();
    const right = box.left + grid.clientLeft + grid.clientWidth;
    return [...grid.querySelectorAll('[role=columnheader]')].filter((header) => {
      const at = header.getBoundingClientRect();
      return Number(header.getAttribute('aria-colindex')) > 1 && at.right <= right + 0.5;
    }).length;
  });
}

/**
 * Texts in the grid's headers and in its key whose box is smaller than the text: cut by an
 * ellipsis, a clamp or a clip. None may be.
 */
function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll('[role=grid], .cov-key');
    const boxes = [...roots].flatMap((root) => [
      ...root.querySelectorAll<HTMLElement>(
        '[role=rowheader], [role=rowheader] *, [role=columnheader], [role=columnheader] *, li, li *',
      ),
    ]);
    return boxes
      .filter((box) => box.textContent.trim() !== '')
      .filter(
        (box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1,
      )
      .map((box) => box.textContent.trim());
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's findings on the page, of any impact, as "rule: targets". */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<Result> } };
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('20 of 25 stories fit at 1280 px, each named in full in the key, and no name is cut', async ({
  app,
  page,
  request,
}) => {
  // axe-core over a full grid, three times, takes a while on a slow machine.
  test.setTimeout(120_000);
  await seed(request, app, TWENTY_FIVE);
  const key = page.getByRole('list', { name: 'Stories by number' });
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await openCoverage(page, app);
    const fit = await columnsInView(page);
    test.info().annotations.push({
      type: `story columns in view at ${width} px`,
      description: `${fit} of 25`,
    });
    expect(fit).toBeGreaterThanOrEqual(width === 1280 ? 20 : 10);
    expect(await cutTexts(page)).toEqual([]);
    expect(await axeFindings(page)).toEqual([]);
    await expect(key.getByRole('listitem')).toHaveCount(25);
    const named = (await key.getByRole('listitem').allTextContents()).join('\n');
    for (const { title } of TWENTY_FIVE) expect(named).toContain(title);
    // The longest principle name wraps in its row header instead of being cut.
    await expect(rowHeader(page, 'Success and Scale Bring Broad Responsibility')).toContainText(
      'Success and Scale Bring Broad Responsibility',
    );
  }

  // The focused cell's column is marked in the key, so its title is found at a glance.
  await page.getByRole('gridcell').first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = page.locator('[role=gridcell]:focus');
  await expect(third).toHaveAttribute('data-col', '2');
  await expect(key.locator('li[aria-current="true"]')).toHaveCount(1);
  await expect(key.locator('li[aria-current="true"]')).toContainText(/^3/);

  // Page Down twice at 1024×700: the focused cell, in a row whose name may wrap, is scrolled
  // into view whole, under the sticky header, not behind it.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const below = page.locator('[role=gridcell]:focus');
  expect(Number(await below.getAttribute('data-row'))).toBeGreaterThan(5);
  const whole = await below.evaluate((cell) => {
    const grid = cell.closest('[role=grid]')!;
    const head = grid.querySelector('[role=row]')!.getBoundingClientRect();
    const view = grid.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    return (
      at.top >= head.bottom - 1 && at.bottom <= view.top + grid.clientTop + grid.clientHeight + 1
    );
  });
  expect(whole).toBe(true);

  // Swapped, the stories are rows with their titles, the principles numbered columns.
  await page.getByLabel('Swap rows and columns').check();
  await expect(page.getByRole('list', { name: 'Principles by number' })).toBeVisible();
  expect(await cutTexts(page)).toEqual([]);
  expect(await axeFindings(page)).toEqual([]);
});

test('screenshots: 25 stories and an empty bank, 1280×800 and 1024×700, light and dark', async ({
  app,
  page,
  request,
}) => {
  // Eight loads and screenshots: generous, for a busy machine.
  test.setTimeout(120_000);
  await mkdir('.tmp/shots', { recursive: true });
  for (const filled of [false, true]) {
    if (filled) await seed(request, app, TWENTY_FIVE);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await openCoverage(page, app);
        if (!filled) await expect(emptyGuide(page)).toBeVisible();
        else await expect(rowHeader(page, 'Frugality')).toHaveAccessibleName(/— gap$/);
        const name = `coverage-${filled ? '25' : 'empty'}-${width}-${scheme}`;
        await page.screenshot({ path: `.tmp/shots/${name}.png` });
      }
    }
  }
});

/**
 * A PM's bank of 12 stories: title | when | status | primary principles | secondary ones.
 * Two principles are gaps, several thin, one story is stretched, one principle only has an
 * old story, and two stories are failures.
 */
const SHOWCASE: Seed[] = `
Cut checkout latency before the EU launch|2025-03|ready|customer-obsession deliver-results|bias-for-action dive-deep
Migrated billing off the legacy monolith|2024-10|ready|ownership insist-on-the-highest-standards deliver-results earn-trust|
Disagreed with the VP on pricing tiers|2025-01|ready|have-backbone-disagree-and-commit|earn-trust are-right-a-lot
Found the churn spike in the cohort data|2024-06|ready|dive-deep|customer-obsession learn-and-be-curious
Shipped onboarding v2 with half the team|2023-11|ready|frugality invent-and-simplify|deliver-results
Launched the partner API a quarter early|2024-02|draft|bias-for-action|ownership
Hired and coached two junior PMs|2025-05|draft|hire-and-develop-the-best|
Killed my own roadmap bet after the pilot|2023-08|ready|are-right-a-lot|learn-and-be-curious
Rebuilt trust with the support team|2024-09|ready|earn-trust|customer-obsession
Simplified the refund flow to one screen|2022-04|draft|invent-and-simplify|customer-obsession
Missed the Q3 forecast and what I changed|2024-12|ready|ownership|learn-and-be-curious
Set the 5-year vision for self-serve|2021-02|draft|think-big|`
  .trim()
  .split('\n')
  .map((line) => {
    const [title, when, status, primaries, secondaries] = line.split('|') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const ids = (list: string) => list.split(' ').filter(Boolean);
    return {
      title,
      when,
      status: status as Story['status'],
      company: when < '2024-06' ? 'Northwind' : 'Contoso',
      tags: /^(Missed|Killed)/.test(title) ? ['failure'] : [],
      principles: [...ids(primaries).map(primary), ...ids(secondaries).map(secondary)],
    };
  });

test('screenshots of a realistic bank with gaps, light and dark', async ({
  app,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await seed(request, app, SHOWCASE);
  await page.setViewportSize({ width: 1280, height: 800 });
  await mkdir('.tmp/shots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openCoverage(page, app);
    await expect(rowHeader(page, 'Think Big')).toHaveAccessibleName('Think Big — 1 story — thin');
    await page.screenshot({ path: `.tmp/shots/coverage-matrix-${scheme}.png` });
    await page.getByLabel('Swap rows and columns').check();
    await page.screenshot({ path: `.tmp/shots/coverage-swapped-${scheme}.png` });
    await page.getByRole('tab', { name: 'Principle sets' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-sets-${scheme}.png` });
    await page.getByRole('button', { name: 'Edit “Ownership”' }).click();
    await page.getByRole('button', { name: 'Remove “Customer Obsession”' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-edit-${scheme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.screenshot({ path: `.tmp/shots/coverage-questions-${scheme}.png` });
  }
});
