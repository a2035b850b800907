import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromChunks, toChunks } from '../../src/core/rehearsal/audio';
import { RECORDINGS_DIR } from '../../src/core/store/recordings';
import { BankStore } from '../../src/core/store/store';
import type { PracticeEntry } from '../../src/core/model/practice-schema';
import type { InputOf } from '../../src/shared/contract';
import { CallError, testClient } from '../dispatch-client';

/*
 * Rehearsals through the contract: the entry in the bank, its audio beside it in recordings/,
 * and the two kept in step when a recording, a story or the Trash goes.
 */

type Client = Awaited<ReturnType<typeof testClient>>;

/** Bytes that look nothing alike from one recording to the next. */
const audioBytes = (length: number, seed = 7) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17 + (i >> 8)) % 256);
const recordingsOf = (client: Client) => join(client.dataDir, RECORDINGS_DIR);
const filesIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();
/** The entry as it was, less its recording. */
function unrecorded(entry: PracticeEntry): Omit<PracticeEntry, 'recording'> {
  const { recording, ...rest } = entry;
  expect(recording).toBeTruthy();
  return rest;
}
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as CallError,
  );

async function setup() {
  const client = await testClient();
  const told = await client.call('stories:create', { title: 'Billing migration' });
  const other = await client.call('stories:create', { title: 'Hiring plan' });
  const record = (fields: Partial<InputOf<'practice:record'>> = {}, bytes?: Uint8Array) =>
    client.call('practice:record', {
      storyId: told.id,
      card: 'story',
      seconds: 118,
      rating: 3,
      ...(bytes && { audio: { type: 'audio/webm', chunks: toChunks(bytes) } }),
      ...fields,
    });
  return { ...client, told, other, record };
}

describe('practice:record', () => {
  it('writes the audio to recordings/<id>.webm and names it in the entry', async () => {
    const client = await setup();
    // Three chunks: the contract carries audio in pieces.
    const bytes = audioBytes(30_001);
    expect(toChunks(bytes).length).toBeGreaterThan(1);
    const entry = await client.record(
      { parts: [10, 20, 70, 18], note: '  Slow start. ', question: 'Dropped: not a question card' },
      bytes,
    );
    expect(entry).toMatchObject({
      storyId: client.told.id,
      card: 'story',
      seconds: 118,
      parts: [10, 20, 70, 18],
      rating: 3,
      note: 'Slow start.',
      recording: `${entry.id}.webm`,
    });
    expect(entry).not.toHaveProperty('question');
    const onDisk = await readFile(join(recordingsOf(client), entry.recording!));
    expect(new Uint8Array(onDisk)).toEqual(bytes);
    expect(client.store.bank.practice).toEqual([entry]);

    // The bank file names it too: reopening the folder finds the entry.
    await client.store.close();
    const reopened = await BankStore.open({ dataDir: client.dataDir });
    try {
      expect(reopened.bank.practice).toEqual([entry]);
    } finally {
      await reopened.close();
    }
  });

  it('logs a rehearsal without audio, and a question card with its question', async () => {
    const client = await setup();
    const plain = await client.record({ note: '   ' });
    expect(plain).not.toHaveProperty('recording');
    expect(plain).not.toHaveProperty('note');
    const asked = await client.record({ card: 'question', question: 'Why this role?' });
    expect(asked.question).toBe('Why this role?');
    expect(await filesIn(recordingsOf(client))).toEqual([]);
    expect(client.store.bank.practice.map((e) => e.id)).toEqual([plain.id, asked.id]);
  });

  it('refuses a rehearsal of a story in the Trash or unknown, in words, leaving no file', async () => {
    const client = await setup();
    await client.call('stories:delete', { id: client.told.id });
    const before = client.store.bank;
    for (const storyId of [client.told.id, 'no-such-story']) {
      const error = await refusal(client.record({ storyId }, audioBytes(500)));
      expect(error).toMatchObject({
        code: 'not-found',
        message: 'That story is no longer in the bank.',
      });
    }
    expect(client.store.bank).toBe(before);
    expect(await filesIn(recordingsOf(client))).toEqual([]);
  });

  it('refuses a story trashed while its audio was being saved, and removes the audio', async () => {
    const client = await setup();
    const pending = refusal(client.record({}, audioBytes(40_000)));
    await client.call('stories:delete', { id: client.told.id });
    expect(await pending).toMatchObject({ code: 'not-found' });
    expect(client.store.bank.practice).toEqual([]);
    expect(await filesIn(recordingsOf(client))).toEqual([]);
  });

  it('refuses audio that is not base64, or not audio the bank keeps, losing nothing', async () => {
    const client = await setup();
    const kept = await client.record({}, audioBytes(100));
    const before = client.store.bank;
    const bad: unknown[] = [
      { type: 'audio/webm', chunks: ['@@not base64@@'] },
      { type: 'audio/webm', chunks: ['QUJD', 'a'] },
      { type: 'audio/webm', chunks: ['QUJDRA=A'] },
      { type: 'audio/wav', chunks: toChunks(audioBytes(10)) },
      { type: 'audio/webm', chunks: [] },
    ];
    for (const audio of bad) {
      const answer = await client.raw('practice:record', {
        storyId: client.told.id,
        card: 'story',
        seconds: 60,
        rating: 2,
        audio,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/^That request is not valid\. audio/);
    }
    expect(client.store.bank).toBe(before);
    expect(await filesIn(recordingsOf(client))).toEqual([kept.recording]);
  });

  it('asks a question card for its question', async () => {
    const client = await setup();
    const error = await refusal(client.record({ card: 'question' }));
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: 'A question card needs its question.',
    });
    expect(client.store.bank.practice).toEqual([]);
  });

  it('never lets a recording’s name reach outside recordings/', async () => {
    let id = 'story-1';
    const client = await testClient({ newId: () => id });
    await client.call('stories:create', { title: 'A story' });
    id = '../../escaped';
    const before = client.store.bank;
    const error = await refusal(
      client.call('practice:record', {
        storyId: 'story-1',
        card: 'story',
        seconds: 60,
        rating: 3,
        audio: { type: 'audio/webm', chunks: toChunks(audioBytes(64)) },
      }),
    );
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: 'That is not the name of a recording.',
    });
    expect(client.store.bank).toBe(before);
    await expect(stat(join(client.dataDir, '..', 'escaped.webm'))).rejects.toThrow();
    expect(await filesIn(recordingsOf(client))).toEqual([]);
  });
});

describe('a recording', () => {
  it('comes back as the same bytes, and its deletion removes the file and the field', async () => {
    const client = await setup();
    const bytes = audioBytes(25_000, 3);
    const entry = await client.record({}, bytes);
    const audio = await client.call('practice:recording', { entryId: entry.id });
    expect(audio.type).toBe('audio/webm');
    expect(fromChunks(audio.chunks)).toEqual(bytes);

    const without = await client.call('practice:deleteRecording', { entryId: entry.id });
    expect(without).toStrictEqual(unrecorded(entry));
    expect(client.store.bank.practice).toEqual([without]);
    expect(await filesIn(recordingsOf(client))).toEqual([]);
    expect(await refusal(client.call('practice:recording', { entryId: entry.id }))).toMatchObject({
      code: 'not-found',
      message: 'That rehearsal was not recorded.',
    });
  });

  it('of a rehearsal no longer in the log is not found, in words', async () => {
    const client = await setup();
    for (const channel of ['practice:recording', 'practice:deleteRecording'] as const) {
      expect(await refusal(client.call(channel, { entryId: 'gone' }))).toMatchObject({
        code: 'not-found',
        message: 'That rehearsal is no longer in the log.',
      });
    }
  });

  it('deleted by another program is said to be gone, not an error of Storybank', async () => {
    const client = await setup();
    const entry = await client.record({}, audioBytes(10));
    await unlink(join(recordingsOf(client), entry.recording!));
    expect(await refusal(client.call('practice:recording', { entryId: entry.id }))).toMatchObject({
      code: 'not-found',
      message: 'That recording is no longer on this computer.',
    });
  });
});

describe('recordings:info and recordings:deleteAll', () => {
  it('count the recordings and their bytes, and delete them all from disk and the log', async () => {
    const client = await setup();
    expect(await client.call('recordings:info')).toEqual({
      count: 0,
      bytes: 0,
      folder: recordingsOf(client),
    });
    const first = await client.record({}, audioBytes(1_000));
    await client.record({});
    await client.record({ storyId: client.other.id }, audioBytes(2_500));
    // Not a recording: neither counted nor deleted.
    await writeFile(join(recordingsOf(client), 'notes.txt'), 'mine');
    expect(await client.call('recordings:info')).toMatchObject({ count: 2, bytes: 3_500 });

    expect(await client.call('recordings:deleteAll')).toEqual({ removed: 2 });
    expect(client.store.bank.practice).toHaveLength(3);
    expect(client.store.bank.practice.some((entry) => 'recording' in entry)).toBe(false);
    expect(client.store.bank.practice[0]).toStrictEqual(unrecorded(first));
    expect(await filesIn(recordingsOf(client))).toEqual(['notes.txt']);
    expect(await client.call('recordings:info')).toMatchObject({ count: 0, bytes: 0 });
  });
});

describe('the Trash and rehearsals', () => {
  it('keeps a trashed story’s recordings; emptying the Trash removes its entries and files', async () => {
    const client = await setup();
    const binned = await client.record({}, audioBytes(300));
    const plain = await client.record({});
    const kept = await client.record({ storyId: client.other.id }, audioBytes(400));

    await client.call('stories:delete', { id: client.told.id });
    expect(client.store.bank.practice).toEqual([binned, plain, kept]);
    const audio = await client.call('practice:recording', { entryId: binned.id });
    expect(fromChunks(audio.chunks)).toEqual(audioBytes(300));
    // Restored, it is as it was.
    await client.call('stories:restore', { id: client.told.id });
    await client.call('stories:delete', { id: client.told.id });

    expect(await client.call('trash:empty')).toEqual({ removed: 1 });
    expect(client.store.bank.practice).toEqual([kept]);
    expect(await filesIn(recordingsOf(client))).toEqual([kept.recording]);
    expect(await client.call('recordings:info')).toMatchObject({ count: 1, bytes: 400 });
  });
});
