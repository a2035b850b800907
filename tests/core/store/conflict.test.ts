import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/model/schema';
import { openStore, tempDir, testStory } from '../../helpers';

const story = testStory;

async function bankWithAnotherProgramsEdit(dir: string) {
  const store = await openStore({ dataDir: dir });
  await store.update((bank) => bank.stories.push(story('mine, saved')));
  const file = join(dir, 'storybank.json');
  const theirs = JSON.parse(await readFile(file, 'utf8')) as Bank;
  theirs.stories.push(story('theirs, from the other laptop'));
  const theirText = JSON.stringify(theirs, null, 2);
  await writeFile(file, theirText);
  return { store, file, theirText };
}

const titles = (bank: Bank) => bank.stories.map((s) => s.title);

describe('a file changed on disk by another program', () => {
  it('is not clobbered: the save is refused, both versions are kept, and the person is told', async () => {
    const dir = await tempDir();
    const { store, file, theirText } = await bankWithAnotherProgramsEdit(dir);

    await expect(
      store.update((bank) => bank.stories.push(story('mine, unsaved'))),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Another program changed the Storybank file'),
    });
    expect(await readFile(file, 'utf8')).toBe(theirText);
    const conflicts = (await readdir(dir)).filter((name) => name.startsWith('storybank.conflict-'));
    expect(conflicts).toHaveLength(1);
    const mine = JSON.parse(await readFile(join(dir, conflicts[0]!), 'utf8')) as Bank;
    expect(titles(mine)).toEqual(['mine, saved', 'mine, unsaved']);
    expect(store.currentNotices()[0]).toMatchObject({
      kind: 'conflict',
      actions: [{ kind: 'reload-from-disk' }, { kind: 'keep-mine' }],
    });

    // Later saves keep refusing and keep updating the one conflict file, not a new one each time.
    await expect(store.update((bank) => bank.stories.push(story('more')))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await readdir(dir)).filter((name) => name.startsWith('storybank.conflict-'))).toEqual(
      conflicts,
    );
  });

  it('can be taken as is: loading the version on disk', async () => {
    const dir = await tempDir();
    const { store } = await bankWithAnotherProgramsEdit(dir);
    await store.update((bank) => bank.stories.push(story('mine, unsaved'))).catch(() => undefined);
    await store.reloadFromDisk();
    expect(titles(store.bank)).toEqual(['mine, saved', 'theirs, from the other laptop']);
    expect(store.currentNotices()).toEqual([]);
    await store.update((bank) => bank.stories.push(story('after')));
  });

  it('can be overwritten by choice, after their version is backed up', async () => {
    const dir = await tempDir();
    const { store, file, theirText } = await bankWithAnotherProgramsEdit(dir);
    await store.update((bank) => bank.stories.push(story('mine, unsaved'))).catch(() => undefined);
    await store.keepMine();
    expect(titles(JSON.parse(await readFile(file, 'utf8')))).toEqual([
      'mine, saved',
      'mine, unsaved',
    ]);
    const backups = await readdir(join(dir, 'backups'));
    const overwritten = backups.find((name) => name.endsWith('-pre-overwrite.json'));
    expect(await readFile(join(dir, 'backups', overwritten!), 'utf8')).toBe(theirText);
    expect(store.currentNotices()).toEqual([]);
  });

  it('only touched (same bytes, new time) is not a conflict', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((bank) => bank.stories.push(story('one')));
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'storybank.json'), later, later);
    await store.update((bank) => bank.stories.push(story('two')));
    expect(titles(JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8')))).toEqual([
      'one',
      'two',
    ]);
  });
});
