import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankSchema } from '../../../src/core/model/schema';
import { openStore, tempDir, testStory } from '../../helpers';

const story = testStory;

const onDisk = async (dir: string) =>
  BankSchema.parse(JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8')));

describe('saving', () => {
  it('writes the bank as valid JSON, leaves no temp file, and keeps it private', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((bank) => bank.stories.push(story('Billing migration')));
    expect((await onDisk(dir)).stories.map((s) => s.title)).toEqual(['Billing migration']);
    expect(await readdir(dir)).not.toContain('.storybank.json.tmp');
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, 'storybank.json'))).mode & 0o777).toBe(0o600);
    }
  });

  it('writes nothing before the first change', async () => {
    const dir = await tempDir();
    await openStore({ dataDir: dir });
    expect(await readdir(dir)).toEqual(['storybank.lock']);
  });

  it('queues saves: fifty at once all land, none interleave, the file ends equal to memory', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    // The temp name is fixed, so two overlapping writes would make a rename fail with ENOENT.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update((bank) => bank.stories.push(story(`s${i}`))),
      ),
    );
    const saved = await onDisk(dir);
    expect(saved.stories).toHaveLength(50);
    expect(saved).toEqual(store.bank);
  });

  it('keeps the change in memory and says why when a save fails, then saves on the next try', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await store.update((bank) => bank.stories.push(story('first')));
    // A folder where the temp file goes makes the write fail the way a full disk would.
    await mkdir(join(dir, '.storybank.json.tmp'));
    await expect(store.update((bank) => bank.stories.push(story('second')))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('Storybank could not save'),
    });
    expect(store.bank.stories.map((s) => s.title)).toEqual(['first', 'second']);
    expect((await onDisk(dir)).stories.map((s) => s.title)).toEqual(['first']);
    await rm(join(dir, '.storybank.json.tmp'), { recursive: true });
    await store.save();
    expect((await onDisk(dir)).stories.map((s) => s.title)).toEqual(['first', 'second']);
  });

  it('ignores a temp file left by a crash mid-save: the last complete save is read', async () => {
    const dir = await tempDir();
    const first = await openStore({ dataDir: dir });
    await first.update((bank) => bank.stories.push(story('kept')));
    await first.close();
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(join(dir, '.storybank.json.tmp'), '{"schemaVersion": 2, "stor'),
    );
    const second = await openStore({ dataDir: dir });
    expect(second.bank.stories.map((s) => s.title)).toEqual(['kept']);
    expect(second.currentNotices()).toEqual([]);
  });

  it('saves everything pending on close', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    void store.update((bank) => bank.stories.push(story('last words')));
    await store.close();
    expect((await onDisk(dir)).stories.map((s) => s.title)).toEqual(['last words']);
    expect(await readdir(dir)).not.toContain('storybank.lock');
  });

  it('refuses to close while the last change is not on disk, keeping the folder locked', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await mkdir(join(dir, '.storybank.json.tmp'));
    await store.update((bank) => bank.stories.push(story('unsaved'))).catch(() => undefined);
    await expect(store.close()).rejects.toMatchObject({ code: 'io' });
    expect(await readdir(dir)).toContain('storybank.lock');
    await rm(join(dir, '.storybank.json.tmp'), { recursive: true });
    await store.close();
    expect((await onDisk(dir)).stories.map((s) => s.title)).toEqual(['unsaved']);
    expect(await readdir(dir)).not.toContain('storybank.lock');
  });
});
