import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/model/schema';
import { parseBank } from '../../../src/core/store/parse-bank';
import { openStore, tempDir, testStory } from '../../helpers';

const story = testStory;
const titles = (bank: Bank) => bank.stories.map((s) => s.title);

/** A store with two saved stories, and a way to write the file as another program would. */
async function openWithTwoStories() {
  const dir = await tempDir();
  const store = await openStore({ dataDir: dir });
  await store.update((bank) => void bank.stories.push(story('a'), story('b')));
  const file = join(dir, 'storybank.json');
  const theyWrite = async (edit: (bank: Bank) => void) => {
    const theirs = JSON.parse(await readFile(file, 'utf8')) as Bank;
    edit(theirs);
    const text = JSON.stringify(theirs, null, 2);
    // As sync clients do: a whole new file renamed into place.
    await writeFile(`${file}.sync`, text);
    const { rename } = await import('node:fs/promises');
    await rename(`${file}.sync`, file);
    return text;
  };
  const onDisk = async () => {
    const outcome = parseBank(await readFile(file, 'utf8'));
    if (!outcome.ok) throw new Error(outcome.problem);
    return outcome.bank;
  };
  const conflictFiles = async () =>
    (await readdir(dir)).filter((name) => name.startsWith('storybank.conflict-'));
  return { dir, store, file, theyWrite, onDisk, conflictFiles };
}

describe('another program writes the bank file while Storybank has it open', () => {
  it('merges changes made on one side only, and says so', async () => {
    const { store, theyWrite, onDisk, conflictFiles } = await openWithTwoStories();
    await theyWrite((bank) => {
      bank.stories.push(story('theirs, from the other laptop'));
      bank.stories[0]!.headline = 'edited there';
      bank.settings.speakingRateWpm = 150;
    });
    const revision = store.outsideRevision;
    await store.update((bank) => {
      bank.stories.push(story('mine'));
      bank.stories[1]!.headline = 'edited here';
    });

    const saved = await onDisk();
    expect(titles(saved)).toEqual(['a', 'b', 'mine', 'theirs, from the other laptop']);
    expect(saved.stories.map((s) => s.headline)).toEqual(['edited there', 'edited here', '', '']);
    expect(saved.settings.speakingRateWpm).toBe(150);
    expect(saved).toEqual(store.bank);
    expect(await conflictFiles()).toEqual([]);
    expect(store.outsideRevision).toBe(revision + 1);
    expect(store.currentNotices()[0]).toMatchObject({
      kind: 'merged',
      message: expect.stringContaining('merged its 3 changes with yours'),
    });
  });

  it('keeps ours where both changed the same story, and offers theirs', async () => {
    const { store, theyWrite, onDisk, conflictFiles } = await openWithTwoStories();
    const theirText = await theyWrite((bank) => {
      bank.stories[0]!.result = 'their result';
      bank.stories[1]!.task = 'their task';
    });
    await store.update((bank) => void (bank.stories[0]!.result = 'my result'));

    const saved = await onDisk();
    expect(saved.stories.map((s) => [s.result, s.task])).toEqual([
      ['my result', ''],
      ['', 'their task'],
    ]);
    const [conflictFile] = await conflictFiles();
    expect(await readFile(join(store.dataDir, conflictFile!), 'utf8')).toBe(theirText);
    const [notice] = store.currentNotices();
    expect(notice).toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('you both changed “a”'),
      actions: [{ kind: 'use-theirs' }, { kind: 'keep-mine' }],
    });

    await store.resolveConflict('use-theirs');
    expect(store.bank.stories[0]!.result).toBe('their result');
    expect((await onDisk()).stories[0]!.result).toBe('their result');
    expect(store.currentNotices().map((n) => n.kind)).not.toContain('conflict');
  });

  it('keeps ours by choice, and the conflict is settled', async () => {
    const { store, theyWrite, onDisk } = await openWithTwoStories();
    await theyWrite((bank) => void (bank.stories[0]!.result = 'their result'));
    await store.update((bank) => void (bank.stories[0]!.result = 'my result'));
    await store.resolveConflict('keep-mine');
    expect(store.currentNotices().map((n) => n.kind)).not.toContain('conflict');
    await store.update((bank) => void (bank.stories[1]!.task = 'later'));
    expect((await onDisk()).stories.map((s) => [s.result, s.task])).toEqual([
      ['my result', ''],
      ['', 'later'],
    ]);
  });

  it('takes a Trash emptied there, but never deletes what was changed here', async () => {
    const { store, theyWrite, onDisk } = await openWithTwoStories();
    await store.update((bank) => {
      for (const story of bank.stories) story.deletedAt = '2026-01-02T10:00:00.000Z';
    });
    await theyWrite((bank) => void (bank.stories = []));
    await store.update((bank) => void (bank.stories[1]!.action = 'I kept writing'));
    expect(titles(await onDisk())).toEqual(['b']);
    expect((await onDisk()).stories[0]!.action).toBe('I kept writing');
  });

  it('takes a stale copy (a sync client putting back what it had) for nothing newer than ours', async () => {
    const { store, file, onDisk } = await openWithTwoStories();
    const stale = await readFile(file, 'utf8');
    await store.update((bank) => {
      bank.stories.push(story('written since'));
      bank.stories[0]!.result = 'newer result';
      bank.stories[0]!.updatedAt = '2026-02-01T10:00:00.000Z';
    });
    await writeFile(file, stale);
    await store.update((bank) => void bank.stories.push(story('and then')));
    const saved = await onDisk();
    expect(titles(saved)).toEqual(['a', 'b', 'written since', 'and then']);
    expect(saved.stories[0]!.result).toBe('newer result');
  });

  it('never overwrites a file it cannot read: ours goes beside it, and the person chooses', async () => {
    const { store, file, conflictFiles, onDisk } = await openWithTwoStories();
    await writeFile(file, '{"half a sync');
    let n = 0;
    const attempt = () => store.update((bank) => void bank.stories.push(story(`mine ${++n}`)));
    await expect(attempt()).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining("can't be read"),
    });
    expect(await readFile(file, 'utf8')).toBe('{"half a sync');
    const conflicts = await conflictFiles();
    expect(conflicts).toHaveLength(1);
    const mine = JSON.parse(await readFile(join(store.dataDir, conflicts[0]!), 'utf8')) as Bank;
    expect(titles(mine)).toEqual(['a', 'b', 'mine 1']);

    // Later saves keep refusing and keep updating the one conflict file.
    await expect(attempt()).rejects.toMatchObject({ code: 'conflict' });
    expect(await conflictFiles()).toEqual(conflicts);

    await store.resolveConflict('keep-mine');
    expect(titles(await onDisk())).toEqual(['a', 'b', 'mine 1', 'mine 2']);
    const backups = await readdir(join(store.dataDir, 'backups'));
    const overwritten = backups.find((name) => name.endsWith('-pre-overwrite.json'));
    expect(await readFile(join(store.dataDir, 'backups', overwritten!), 'utf8')).toBe(
      '{"half a sync',
    );
  });

  it('loads a file it cannot read only when asked, and then keeps it aside as damaged', async () => {
    const { store, file } = await openWithTwoStories();
    await writeFile(file, '{"half a sync');
    await store.update((bank) => void bank.stories.push(story('x'))).catch(() => undefined);
    await store.resolveConflict('use-theirs');
    expect(store.bank.stories).toEqual([]);
    expect(store.currentNotices()[0]).toMatchObject({ kind: 'recovered' });
  });

  it('writes the file again when it was deleted, with a notice', async () => {
    const { store, file, onDisk } = await openWithTwoStories();
    await rm(file);
    await store.update((bank) => void bank.stories.push(story('c')));
    expect(titles(await onDisk())).toEqual(['a', 'b', 'c']);
    expect(store.currentNotices()[0]).toMatchObject({
      kind: 'recreated',
      message: expect.stringContaining('had been deleted by another program'),
    });
  });

  it('only touched (same bytes, new time) is not a change', async () => {
    const { store, file, onDisk } = await openWithTwoStories();
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    await store.update((bank) => void bank.stories.push(story('c')));
    expect(titles(await onDisk())).toEqual(['a', 'b', 'c']);
    expect(store.currentNotices()).toEqual([]);
  });
});
