import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../src/core/model/notice';
import type { Bank } from '../../../src/core/model/schema';
import { backupsToPrune } from '../../../src/core/store/backups';
import { DAY, MINUTE, manualClock, openStore, tempDir, testStory } from '../../helpers';

const story = testStory;
const add = (title: string) => (bank: Bank) => void bank.stories.push(story(title));
const backupNames = async (dir: string) => (await readdir(join(dir, 'backups'))).sort();
const titlesIn = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as Bank).stories.map((s) => s.title);

describe('rolling backups', () => {
  it('copies the file at the first save of a run, then at most every 15 minutes', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const first = await openStore({ dataDir: dir, now: clock.now });
    await first.update(add('one')); // no file yet: nothing to back up
    await first.close();

    const store = await openStore({ dataDir: dir, now: clock.now });
    await store.update(add('two'));
    const [runStart] = await backupNames(dir);
    expect(runStart).toMatch(/-auto\.json$/);
    expect(await titlesIn(join(dir, 'backups', runStart!))).toEqual(['one']);

    clock.advance(14 * MINUTE);
    await store.update(add('three'));
    expect(await backupNames(dir)).toHaveLength(1);

    clock.advance(1 * MINUTE);
    await store.update(add('four'));
    const names = await backupNames(dir);
    expect(names).toHaveLength(2);
    expect(await titlesIn(join(dir, 'backups', names[1]!))).toEqual(['one', 'two', 'three']);
  });

  it('keeps the newest ten plus one a day for a week, and prunes as it goes', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00.000Z');
    const store = await openStore({ dataDir: dir, now: clock.now, backupIntervalMs: 0 });
    await store.update(add('start'));
    // Twelve days, three saves a day: far more backups than are kept.
    for (let day = 0; day < 12; day++) {
      for (let save = 0; save < 3; save++) {
        clock.advance(2 * 60 * MINUTE);
        await store.update(add(`d${day}s${save}`));
      }
      clock.advance(DAY - 6 * 60 * MINUTE);
    }
    const listed = await store.listBackups();
    const days = new Set(listed.map((backup) => backup.createdAt.slice(0, 10)));
    expect(listed.length).toBeGreaterThanOrEqual(10);
    expect(listed.length).toBeLessThanOrEqual(17);
    expect(days.size).toBeGreaterThanOrEqual(7);
    expect(listed[0]!.createdAt > listed[1]!.createdAt).toBe(true);
  });

  it('restoring one first backs up the current file, so the restore can be undone', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const store = await openStore({ dataDir: dir, now: clock.now });
    await store.update(add('old'));
    clock.advance(MINUTE);
    await store.update(add('new')); // first save with a file: backs up ['old']
    const [backup] = await store.listBackups();
    expect(await titlesIn(join(dir, 'backups', backup!.id))).toEqual(['old']);

    clock.advance(MINUTE);
    const notice = await store.restoreBackup(backup!.id);
    expect(store.bank.stories.map((s) => s.title)).toEqual(['old']);
    expect(await titlesIn(join(dir, 'storybank.json'))).toEqual(['old']);

    const undo = notice.actions[0];
    expect(undo).toMatchObject({ kind: 'restore-backup', label: 'Undo the restore' });
    if (undo?.kind !== 'restore-backup') throw new Error('no undo offered');
    expect(undo.backupId).toMatch(/-pre-restore\.json$/);
    clock.advance(MINUTE);
    await store.restoreBackup(undo.backupId);
    expect(store.bank.stories.map((s) => s.title)).toEqual(['old', 'new']);
  });

  it('refuses a backup name that is a path, or not a backup', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await expect(store.restoreBackup('../storybank.json')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      store.restoreBackup('storybank-2026-01-01T00-00-00-000Z-auto.json'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('which backups are pruned', () => {
  const at = (iso: string, n = 0): BackupInfo => ({
    id: `storybank-${iso.replace(/[:.]/g, '-')}${n ? `-${n}` : ''}-auto.json`,
    createdAt: iso,
    reason: 'auto',
    bytes: 1,
  });

  it('keeps everything up to ten', () => {
    const backups = Array.from({ length: 10 }, (_, i) => at(`2026-03-01T10:${10 + i}:00.000Z`));
    expect(backupsToPrune(backups, new Date('2026-03-01T12:00:00Z'))).toEqual([]);
  });

  it('keeps the newest ten and the newest of each of the last seven days', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const today = Array.from({ length: 12 }, (_, i) => at(`2026-03-20T10:${10 + i}:00.000Z`));
    const earlierDays = [19, 18, 17, 16, 15, 14, 13, 12, 11].flatMap((day) => [
      at(`2026-03-${day}T08:00:00.000Z`),
      at(`2026-03-${day}T18:00:00.000Z`),
    ]);
    const pruned = backupsToPrune([...today, ...earlierDays], now).map((b) => b.createdAt);
    // Today's two oldest go; each earlier day within a week keeps its evening copy only.
    expect(pruned).toContain('2026-03-20T10:10:00.000Z');
    expect(pruned).toContain('2026-03-20T10:11:00.000Z');
    for (const day of [19, 18, 17, 16, 15, 14]) {
      expect(pruned).toContain(`2026-03-${day}T08:00:00.000Z`);
      expect(pruned).not.toContain(`2026-03-${day}T18:00:00.000Z`);
    }
    // Older than a week: gone entirely.
    expect(pruned).toContain('2026-03-12T18:00:00.000Z');
    expect(pruned).toContain('2026-03-11T18:00:00.000Z');
  });
});
