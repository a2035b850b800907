import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../../src/core/model/bank';
import { openStore, tempDir, testStory } from '../../helpers';

const goodBank = () => {
  const bank = newBank();
  bank.stories.push(testStory('Billing migration', { id: 's1' }));
  return JSON.stringify(bank, null, 2);
};

const VARIANTS: [string, Buffer, string][] = [
  ['empty', Buffer.from(''), 'the file is empty'],
  ['blank', Buffer.from('  \n'), 'the file is empty'],
  ['truncated', Buffer.from(goodBank().slice(0, 500)), 'cut short or is not valid JSON'],
  ['NUL-filled', Buffer.alloc(4096), 'filled with zero bytes'],
  ['null', Buffer.from('null'), 'holds no object'],
  ['an array', Buffer.from('[]'), 'holds no object'],
  [
    'schema-invalid',
    Buffer.from(JSON.stringify({ ...newBank(), stories: [{ title: 7 }] })),
    "match Storybank's format",
  ],
  ['without a version', Buffer.from('{"stories": []}'), "match Storybank's format"],
  [
    'inconsistent',
    Buffer.from(JSON.stringify({ ...newBank(), activeSetId: 'gone' })),
    'the active principle set "gone" is not in the bank',
  ],
];

describe('a damaged bank file', () => {
  it.each(VARIANTS)(
    '(%s) is moved aside byte for byte and explained',
    async (_name, bytes, words) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'storybank.json'), bytes);
      const store = await openStore({ dataDir: dir });

      const aside = (await readdir(dir)).filter((name) => name.startsWith('storybank.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(await readFile(join(dir, aside[0]!))).toEqual(bytes);
      // Never written before a successful read: no new bank file appears on its own.
      expect(await readdir(dir)).not.toContain('storybank.json');

      const [notice] = store.currentNotices();
      expect(notice?.kind).toBe('recovered');
      expect(notice?.message).toContain(words);
      expect(notice?.message).toContain(aside[0]);
      expect(notice?.message).toContain('No good backup was found');
      expect(store.bank.stories).toEqual([]);
    },
  );

  it('offers the newest good backup, skipping damaged ones, and restoring it brings the stories back', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups/storybank-2026-02-01T10-00-00-000Z-auto.json'), goodBank());
    await writeFile(join(dir, 'backups/storybank-2026-02-02T10-00-00-000Z-auto.json'), '{"trunc');
    await writeFile(join(dir, 'storybank.json'), Buffer.alloc(100));
    const store = await openStore({ dataDir: dir });

    const [notice] = store.currentNotices();
    expect(notice?.actions).toEqual([
      expect.objectContaining({
        kind: 'restore-backup',
        backupId: 'storybank-2026-02-01T10-00-00-000Z-auto.json',
      }),
    ]);
    await store.restoreBackup('storybank-2026-02-01T10-00-00-000Z-auto.json');
    expect(store.bank.stories.map((s) => s.title)).toEqual(['Billing migration']);
    const saved = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(saved.stories[0].title).toBe('Billing migration');
  });

  it('is not the same as a missing file: a first run starts quietly', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    expect(store.currentNotices()).toEqual([]);
  });

  it('missing while backups exist is said, with the newest backup offered', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'backups'));
    const backup = join(dir, 'backups/storybank-2026-02-01T10-00-00-000Z-auto.json');
    await writeFile(backup, goodBank());
    const store = await openStore({ dataDir: dir });
    const [notice] = store.currentNotices();
    expect(notice?.kind).toBe('missing-file');
    expect(notice?.actions[0]).toMatchObject({ kind: 'restore-backup' });
    expect(await readFile(backup, 'utf8')).toBe(goodBank());
  });
});
