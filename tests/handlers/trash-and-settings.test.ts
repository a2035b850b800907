import { testClient } from '../dispatch-client';
import { describe, expect, it, vi } from 'vitest';

async function setup(openPath = vi.fn(async (_path: string) => undefined)) {
  let n = 0;
  const client = await testClient({
    now: () => new Date(Date.UTC(2026, 0, 1, 10, 0, n++)),
    newId: () => `id-${n++}`,
    openPath,
  });
  return { ...client, openPath };
}

describe('trash', () => {
  it('restores a deleted story, and emptying removes only what is in the trash', async () => {
    const { call, store } = await setup();
    const kept = await call('stories:create', { title: 'Kept' });
    const binned = await call('stories:create', { title: 'Binned' });
    const restored = await call('stories:create', { title: 'Restored' });
    await call('stories:delete', { id: binned.id });
    await call('stories:delete', { id: restored.id });
    expect((await call('stories:restore', { id: restored.id })).deletedAt).toBeNull();

    expect(await call('trash:empty')).toEqual({ removed: 1 });
    expect(store.bank.stories.map((story) => story.title)).toEqual(['Kept', 'Restored']);
    expect(kept.deletedAt).toBeNull();
  });
});

describe('duplicating a story', () => {
  it('makes a draft copy with a new identity right after the original', async () => {
    const { call, store } = await setup();
    const original = await call('stories:create', {
      title: 'Billing migration',
      status: 'ready',
      action: 'I planned the cut-over.',
      followUps: [{ id: 'f1', question: 'Who pushed back?', answer: 'Finance.' }],
    });
    await call('stories:create', { title: 'Another' });
    const copy = await call('stories:duplicate', { id: original.id });
    expect(copy).toMatchObject({
      title: 'Billing migration (copy)',
      status: 'draft',
      action: 'I planned the cut-over.',
      followUps: [{ question: 'Who pushed back?', answer: 'Finance.' }],
    });
    expect(copy.id).not.toBe(original.id);
    expect(copy.followUps[0]?.id).not.toBe('f1');
    expect(store.bank.stories.map((story) => story.title)).toEqual([
      'Billing migration',
      'Billing migration (copy)',
      'Another',
    ]);
  });

  it('keeps the copy title within 200 characters', async () => {
    const { call } = await setup();
    const original = await call('stories:create', { title: 'x'.repeat(200) });
    const copy = await call('stories:duplicate', { id: original.id });
    expect(copy.title).toHaveLength(200);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });
});

describe('settings', () => {
  it('change only what is given, and are saved', async () => {
    const { call, store } = await setup();
    const settings = await call('settings:update', {
      changes: { speakingRateWpm: 150 },
    });
    expect(settings).toMatchObject({ speakingRateWpm: 150, theme: 'system', minIPerWe: 2 });
    expect(store.bank.settings.speakingRateWpm).toBe(150);
  });

  it('refuse a speaking window that ends before it starts, and unknown settings', async () => {
    const { call, store } = await setup();
    await expect(
      call('settings:update', { changes: { minSpeakingSeconds: 200, maxSpeakingSeconds: 120 } }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('less than'),
    });
    await expect(
      call('settings:update', { changes: { volume: 11 } as never }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(store.bank.settings.minSpeakingSeconds).toBe(90);
  });
});

describe('opening the data folder', () => {
  it('hands the data folder to the desktop, and says when it could not', async () => {
    const { call, dataDir, openPath } = await setup();
    expect(await call('app:openDataFolder')).toEqual({ opened: true });
    expect(openPath).toHaveBeenCalledWith(dataDir);
    const failing = await setup(vi.fn(async () => Promise.reject(new Error('no xdg-open'))));
    expect(await failing.call('app:openDataFolder')).toEqual({ opened: false });
  });
});
