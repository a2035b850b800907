import type { Page } from '@playwright/test';
import type { PrincipleMapping } from '../../src/core/model/schema';
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

export async function openCoverage(page: Page, app: WebApp) {
  await openView(page, app, 'Coverage');
  await expect(page.getByRole('grid')).toBeVisible();
}

export const rowHeader = (page: Page, principle: string) =>
  page.getByRole('rowheader', { name: new RegExp(`^${principle} — `) });
export const cell = (page: Page, principle: string, story: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${principle} × ${story}: `) });
export const summary = (page: Page) => page.getByText(/^\d+ of \d+ covered/);
