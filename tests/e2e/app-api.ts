import type { APIRequestContext, Page } from '@playwright/test';
import type { Story } from '../../src/core/model/schema';
import { expect, type WebApp } from './web-app';

export type Seed = Partial<Omit<Story, 'id'>> & { title: string };

/** Calls a channel as the page would, to seed a bank fast and to read what it saved. */
export async function api<T>(
  request: APIRequestContext,
  app: WebApp,
  channel: string,
  data: object,
): Promise<T> {
  const response = await request.post(`${app.origin}/api/${channel}`, {
    headers: { origin: app.origin, 'x-storybank-token': app.token },
    data,
  });
  const envelope = await response.json();
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

export async function seed(request: APIRequestContext, app: WebApp, stories: Seed[]) {
  for (const story of stories) await api(request, app, 'stories:create', story);
}

/** Loads the app afresh and opens one view from the main navigation. */
export async function openView(page: Page, app: WebApp, name: string) {
  // A fresh load each time: going to the same address with a new #token alone would not.
  await page.goto('about:blank');
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}
