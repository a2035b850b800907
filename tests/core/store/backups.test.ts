import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../src/core/model/notice';
import type { Bank } from '../../../src/core/model/schema';
import { backupsToPrune, newestGoodBackup } from '../../../src/core/store/backups';
import type { BankStore } from '../../../src/core/store/store';
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

describe('a backup that cannot be made', () => {
  it('never blocks saving: the text is saved, a notice says why, and the backup comes back later', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const store = await openStore({ dataDir: dir, now: clock.now });
    await store.update(add('first')); // no file yet
    // A file where the backups folder goes: every backup fails, as on a full disk.
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'in the way');
    const reopened = await reopen(store, dir, clock.now);
    await reopened.update(add('typed while backups fail'));
    expect(await titlesIn(join(dir, 'storybank.json'))).toEqual([
      'first',
      'typed while backups fail',
    ]);
    expect(reopened.currentNotices()[0]).toMatchObject({
      kind: 'backup-skipped',
      message: expect.stringContaining(
        'Your changes are saved, but the automatic backup was skipped: a file stands where',
      ),
    });

    await rm(join(dir, 'backups'));
    clock.advance(30_000);
    await reopened.update(add('half a minute later')); // not yet tried again
    expect(await readdir(dir)).not.toContain('backups');
    clock.advance(MINUTE);
    await reopened.update(add('a minute later'));
    expect(await backupNames(dir)).toHaveLength(1);
    expect(reopened.currentNotices().map((n) => n.kind)).not.toContain('backup-skipped');
  });

  it('stops a step that needs it (an import, a restore) in words, changing nothing', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update(add('mine'));
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'in the way');
    const before = store.bank;
    await expect(
      store.importWith(() => ({ replaceWith: { ...before, stories: [] } })),
    ).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(
        'could not back up the bank before importing, so nothing was changed',
      ),
    });
    expect(store.bank).toBe(before);
    expect(await titlesIn(join(dir, 'storybank.json'))).toEqual(['mine']);
  });

  it('left half-written by a crash is never listed or offered as a backup', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, backupIntervalMs: 0 });
    await store.update(add('one'));
    await store.update(add('two'));
    const [good] = await store.listBackups();
    // What a crash during a copy leaves: the temp name, never the backup's own name.
    await writeFile(join(dir, 'backups', `.${good!.id.replace('.json', '-2.json')}.tmp`), '');
    expect((await store.listBackups()).map((b) => b.id)).toEqual([good!.id]);
    expect(await newestGoodBackup(dir)).toMatchObject({ id: good!.id });
  });
});

async function reopen(store: BankStore, dir: string, now: () => Date): Promise<BankStore> {
  await store.close();
  return openStore({ dataDir: dir, now });
}

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
