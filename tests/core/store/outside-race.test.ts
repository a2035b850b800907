import { renameSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBank } from '../../../bench/generate';
import type { Bank } from '../../../src/core/model/schema';
import { openStore, tempDir, testStory } from '../../helpers';

const TRIALS = 60;

/**
 * A sync client's write: the file as it reads it now, plus one story, renamed into place.
 * The rename is synchronous, so it lands between two steps of the save, at any of them, but
 * never inside the save's own last check-and-rename, which is synchronous too. That span of a
 * few microseconds is the one a save cannot guard on a filesystem without an atomic exchange
 * (see BankFile); an asynchronous rename here would fall into it now and then on a loaded machine.
 */
async function outsideWrite(file: string, title: string): Promise<void> {
  const bank = JSON.parse(await readFile(file, 'utf8')) as Bank;
  bank.stories.push(testStory(title));
  await writeFile(`${file}.sync-tmp`, JSON.stringify(bank));
  renameSync(`${file}.sync-tmp`, file);
}

describe('outside writes at random moments during saves', () => {
  it('are never clobbered, and neither is anything saved here', async () => {
    const dir = await tempDir();
    const file = join(dir, 'storybank.json');
    // Large enough that a save takes a few milliseconds, so writes land in every part of it.
    await writeFile(file, JSON.stringify(generateBank(300)));
    const store = await openStore({ dataDir: dir });

    for (let i = 0; i < TRIALS; i++) {
      const delay = Math.random() * 12;
      await Promise.all([
        store.update((bank) => void bank.stories.push(testStory(`mine ${i}`))),
        new Promise((resolve) => setTimeout(resolve, delay)).then(() =>
          outsideWrite(file, `theirs ${i}`),
        ),
      ]);
    }
    await store.update((bank) => void bank.stories.push(testStory('last')));

    const saved = (JSON.parse(await readFile(file, 'utf8')) as Bank).stories.map((s) => s.title);
    const conflictFiles = (await readdir(dir)).filter((n) => n.startsWith('storybank.conflict-'));
    expect(conflictFiles).toEqual([]);
    const lost = Array.from({ length: TRIALS }, (_, i) => [`mine ${i}`, `theirs ${i}`])
      .flat()
      .filter((title) => !saved.includes(title));
    expect(lost).toEqual([]);
    expect(saved).toContain('last');
  }, 90_000);
});
