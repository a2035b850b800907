import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StorybankError } from '../errors';
import { RecordingNameSchema } from '../model/practice-schema';
import { isMissing, writeFileDurably } from './files';
import { describeIoError } from './io-words';

/**
 * Recordings of rehearsals: audio files in the data folder's recordings/, one per practice
 * entry that has one, named by the entry. They never go into the bank's JSON (a few minutes
 * of audio outweigh a whole bank) and never leave the folder.
 */

export const RECORDINGS_DIR = 'recordings';

export const recordingsDir = (dataDir: string) => join(dataDir, RECORDINGS_DIR);

/** Only names the schema allows ever reach the file system: no paths, no traversal. */
function pathOf(dataDir: string, name: string): string {
  if (!RecordingNameSchema.safeParse(name).success) {
    throw new StorybankError('invalid-input', 'That is not the name of a recording.');
  }
  return join(recordingsDir(dataDir), name);
}

export async function saveRecording(
  dataDir: string,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  try {
    await mkdir(recordingsDir(dataDir), { recursive: true, mode: 0o700 });
    await writeFileDurably(pathOf(dataDir, name), bytes);
  } catch (error) {
    if (error instanceof StorybankError) throw error;
    throw new StorybankError(
      'io',
      `Storybank could not keep the recording, so this rehearsal was not logged: ${describeIoError(error)}`,
    );
  }
}

export async function readRecording(dataDir: string, name: string): Promise<Uint8Array> {
  try {
    return await readFile(pathOf(dataDir, name));
  } catch (error) {
    if (error instanceof StorybankError) throw error;
    if (isMissing(error)) {
      throw new StorybankError('not-found', 'That recording is no longer on this computer.');
    }
    throw new StorybankError(
      'io',
      `Storybank could not read the recording: ${describeIoError(error)}`,
    );
  }
}

/** Deletes the named recordings; one already gone is no failure. */
export async function deleteRecordings(dataDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await unlink(pathOf(dataDir, name)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }
}

/** Every recording in the folder: what Settings shows and "Delete all recordings" removes. */
export async function listRecordings(dataDir: string): Promise<{ name: string; bytes: number }[]> {
  let names: string[];
  try {
    names = await readdir(recordingsDir(dataDir));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const found: { name: string; bytes: number }[] = [];
  for (const name of names) {
    if (!RecordingNameSchema.safeParse(name).success) continue;
    const info = await stat(join(recordingsDir(dataDir), name)).catch(() => null);
    if (info?.isFile()) found.push({ name, bytes: info.size });
  }
  return found;
}
