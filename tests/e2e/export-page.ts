import { readFile } from 'node:fs/promises';
import type { Download, Page, TestInfo } from '@playwright/test';
import { docxPart, xmllint } from '../core/export/docx-tools';
import { openView } from './app-api';
import { expect, type WebApp } from './web-app';

/*
 * The Export view as its tests drive it: its two regions, and a download taken the way a
 * person takes it. Shared by export.spec.ts and export-drafts.spec.ts.
 */

export const openExport = (page: Page, app: WebApp) => openView(page, app, 'Export');

export const packRegion = (page: Page) => page.getByRole('region', { name: 'Prep pack (Word)' });
export const bankRegion = (page: Page) => page.getByRole('region', { name: 'Your bank' });

/** Clicks a button and returns the download it starts. */
export async function downloadBy(page: Page, click: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download');
  await click();
  return download;
}

/** The download under its own name, as a person would have it on disk. */
export async function saved(download: Download, testInfo: TestInfo): Promise<string> {
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile(await download.path()));
}

export async function exportPack(page: Page): Promise<string> {
  const download = await downloadBy(page, () =>
    packRegion(page).getByRole('button', { name: 'Export prep pack' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^Storybank prep pack \d{4}-\d{2}-\d{2}\.docx$/);
  const xml = docxPart(await bytesOf(download));
  const lint = xmllint(xml);
  expect(lint.ok, lint.errors).toBe(true);
  await expect(packRegion(page).getByRole('status').last()).toHaveText(/^Downloaded “/);
  return xml;
}
