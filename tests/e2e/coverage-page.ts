import type { Page } from '@playwright/test';
import type { PrincipleMapping } from '../../src/core/model/schema';
import type { Seed } from './app-api';
import { openView } from './app-api';
import { expect, type WebApp } from './web-app';

export const primary = (principleId: string): PrincipleMapping => ({
  principleId,
  strength: 'primary',
});
export const secondary = (principleId: string): PrincipleMapping => ({
  principleId,
  strength: 'secondary',
});

/** Opens Coverage and waits for the matrix, or for the guide that takes its place when no story counts. */
export async function openCoverage(page: Page, app: WebApp) {
  await openView(page, app, 'Coverage');
  await expect(page.getByRole('grid').or(emptyGuide(page))).toBeVisible();
}

/** What an empty matrix shows: "No stories yet", or "No story counts under these filters". */
export const emptyGuide = (page: Page) => page.getByRole('region', { name: /^No stor(y|ies)/ });

export const rowHeader = (page: Page, principle: string) =>
  page.getByRole('rowheader', { name: new RegExp(`^${principle} — `) });
export const cell = (page: Page, principle: string, story: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${principle} × ${story}: `) });
export const summary = (page: Page) => page.getByText(/^\d+ of \d+ covered/);

/**
 * 25 stories with titles as people write them (some long), ready and draft, mapped unevenly
 * (Frugality and two more are gaps): the bank the matrix must stay readable with.
 */
export const TWENTY_FIVE: Seed[] = [
  ['Cut checkout latency before the EU launch', 'customer-obsession deliver-results'],
  ['Migrated billing off the legacy monolith without a single failed invoice', 'ownership'],
  [
    'Disagreed with the VP on pricing tiers and lost, then made it work',
    'have-backbone-disagree-and-commit',
  ],
  ['Found the churn spike in the cohort data', 'dive-deep'],
  ['Shipped onboarding v2 with half the team', 'invent-and-simplify'],
  ['Launched the partner API a quarter early', 'bias-for-action'],
  ['Hired and coached two junior PMs', 'hire-and-develop-the-best'],
  ['Killed my own roadmap bet after the pilot', 'are-right-a-lot'],
  ['Rebuilt trust with the support team', 'earn-trust'],
  ['Simplified the refund flow to one screen', 'invent-and-simplify'],
  ['Missed the Q3 forecast and what I changed', 'ownership'],
  ['Set the 5-year vision for self-serve', 'think-big'],
  ['Replaced a vendor after their outage took down sign-ups for six hours', 'customer-obsession'],
  ['Taught myself SQL to answer my own questions', 'learn-and-be-curious'],
  ['Raised the bar on launch reviews', 'insist-on-the-highest-standards'],
  ['Paused a growth experiment that misled new users', 'customer-obsession'],
  ['Protected the team from a death march', 'hire-and-develop-the-best'],
  ['Negotiated scope with legal for the data export', 'deliver-results'],
  ['Unblocked the mobile release in a weekend', 'bias-for-action'],
  ['Turned a support ticket into a new product line', 'think-big'],
  ['Said no to the biggest customer’s custom feature', 'customer-obsession'],
  ['Ran the pricing experiment nobody wanted to run', 'dive-deep'],
  ['Merged two teams after a reorg', 'earn-trust'],
  ['Wrote the incident review that changed our on-call', 'insist-on-the-highest-standards'],
  ['Mentored a designer into product management', 'hire-and-develop-the-best'],
].map(([title, ids], index) => ({
  title: title!,
  status: index % 3 === 2 ? ('draft' as const) : ('ready' as const),
  principles: ids!.split(' ').map(primary),
}));
