import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { BankStore, type StoreOptions } from '../src/core/store/store';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A fresh data folder per test, removed afterwards. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'storybank-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a store that is closed after the test (closing twice is harmless). */
export async function openStore(options: StoreOptions): Promise<BankStore> {
  const store = await BankStore.open(options);
  cleanups.push(() => store.close().catch(() => undefined));
  return store;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-01T09:00:00.000Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export { testStory } from './story-factory';
