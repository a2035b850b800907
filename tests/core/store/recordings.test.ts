import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStorybankError } from '../../../src/core/errors';
import {
  deleteRecordings,
  listRecordings,
  readRecording,
  recordingsDir,
  saveRecording,
} from '../../../src/core/store/recordings';
import { tempDir } from '../../helpers';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (isStorybankError(error) ? error.code : 'other'),
  );

describe('recordings beside the bank', () => {
  it('saves, lists, reads and deletes by name inside recordings/', async () => {
    const dataDir = await tempDir();
    expect(await listRecordings(dataDir)).toEqual([]);
    await saveRecording(dataDir, 'a.webm', bytes(300));
    await saveRecording(dataDir, 'b.ogg', bytes(20));
    expect(new Uint8Array(await readRecording(dataDir, 'a.webm'))).toEqual(bytes(300));
    const listed = await listRecordings(dataDir);
    expect(listed.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'a.webm', bytes: 300 },
      { name: 'b.ogg', bytes: 20 },
    ]);
    // One already gone is no failure.
    await deleteRecordings(dataDir, ['a.webm', 'a.webm', 'never.m4a']);
    expect(await readdir(recordingsDir(dataDir))).toEqual(['b.ogg']);
    expect(await codeOf(readRecording(dataDir, 'a.webm'))).toBe('not-found');
  });

  it('lists only files with a recording’s name', async () => {
    const dataDir = await tempDir();
    await mkdir(join(recordingsDir(dataDir), 'folder.webm'), { recursive: true });
    await writeFile(join(recordingsDir(dataDir), 'notes.txt'), 'x');
    await writeFile(join(recordingsDir(dataDir), '.half.webm.tmp'), 'x');
    expect(await listRecordings(dataDir)).toEqual([]);
  });

  it('refuses any name with a path in it, writing nothing outside recordings/', async () => {
    const dataDir = await tempDir();
    for (const name of ['../bank.webm', 'a/b.webm', '..\\x.webm', '', 'x.mp3', '/etc/x.ogg']) {
      expect(await codeOf(saveRecording(dataDir, name, bytes(1)))).toBe('invalid-input');
      expect(await codeOf(readRecording(dataDir, name))).toBe('invalid-input');
      expect(await codeOf(deleteRecordings(dataDir, [name]))).toBe('invalid-input');
    }
    expect(await readdir(dataDir)).toEqual(expect.not.arrayContaining(['bank.webm']));
    expect(await listRecordings(dataDir)).toEqual([]);
  });
});
