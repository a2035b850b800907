import { StorybankError } from '../core/errors';
import type { PracticeEntry } from '../core/model/practice-schema';
import { isLive } from '../core/model/story-list';
import { withoutRecording } from '../core/portability/practice-merge';
import { EXTENSION_OF, fromChunks, toChunks, typeOfRecording } from '../core/rehearsal/audio';
import {
  deleteRecordings,
  listRecordings,
  readRecording,
  recordingsDir,
  saveRecording,
} from '../core/store/recordings';
import type { Handlers } from '../shared/contract';
import type { HandlerDeps } from './deps';

type PracticeHandlers = Pick<
  Handlers,
  | 'practice:record'
  | 'practice:recording'
  | 'practice:deleteRecording'
  | 'practice:allowMicrophone'
  | 'recordings:info'
  | 'recordings:deleteAll'
>;

function findEntry(practice: readonly PracticeEntry[], id: string): PracticeEntry {
  const entry = practice.find((candidate) => candidate.id === id);
  if (!entry) throw new StorybankError('not-found', 'That rehearsal is no longer in the log.');
  return entry;
}

export function practiceHandlers(deps: HandlerDeps): PracticeHandlers {
  const { store, now, newId } = deps;
  return {
    async 'practice:record'({ audio, ...fields }) {
      const story = store.bank.stories.find((candidate) => candidate.id === fields.storyId);
      if (!story || !isLive(story)) {
        throw new StorybankError('not-found', 'That story is no longer in the bank.');
      }
      if (fields.card === 'question' && !fields.question) {
        throw new StorybankError('invalid-input', 'A question card needs its question.');
      }
      const id = newId();
      const entry: PracticeEntry = {
        id,
        storyId: fields.storyId,
        card: fields.card,
        ...(fields.card === 'question' ? { question: fields.question } : {}),
        at: now().toISOString(),
        seconds: fields.seconds,
        ...(fields.parts ? { parts: fields.parts } : {}),
        rating: fields.rating,
        ...(fields.note?.trim() ? { note: fields.note.trim() } : {}),
      };
      // The audio is on disk before the entry names it, so an entry never points at nothing.
      if (audio) {
        entry.recording = `${id}.${EXTENSION_OF[audio.type]}`;
        await saveRecording(store.dataDir, entry.recording, fromChunks(audio.chunks));
      }
      try {
        return await store.update((bank) => {
          // Checked again: the story may have gone to the Trash while the audio was saved.
          const current = bank.stories.find((candidate) => candidate.id === entry.storyId);
          if (!current || !isLive(current)) {
            throw new StorybankError('not-found', 'That story is no longer in the bank.');
          }
          bank.practice.push(entry);
          return entry;
        });
      } catch (error) {
        if (entry.recording) await deleteRecordings(store.dataDir, [entry.recording]);
        throw error;
      }
    },
    async 'practice:recording'({ entryId }) {
      const entry = findEntry(store.bank.practice, entryId);
      if (!entry.recording) {
        throw new StorybankError('not-found', 'That rehearsal was not recorded.');
      }
      const bytes = await readRecording(store.dataDir, entry.recording);
      return { type: typeOfRecording(entry.recording), chunks: toChunks(bytes) };
    },
    async 'practice:deleteRecording'({ entryId }) {
      const name = findEntry(store.bank.practice, entryId).recording;
      const entry = await store.update((bank) => {
        const index = bank.practice.findIndex((candidate) => candidate.id === entryId);
        if (index < 0)
          throw new StorybankError('not-found', 'That rehearsal is no longer in the log.');
        bank.practice[index] = withoutRecording(bank.practice[index]!);
        return bank.practice[index]!;
      });
      if (name) await deleteRecordings(store.dataDir, [name]);
      return entry;
    },
    async 'practice:allowMicrophone'() {
      deps.allowMicrophone?.();
      return { allowed: true };
    },
    async 'recordings:info'() {
      const found = await listRecordings(store.dataDir);
      return {
        count: found.length,
        bytes: found.reduce((sum, file) => sum + file.bytes, 0),
        folder: recordingsDir(store.dataDir),
      };
    },
    async 'recordings:deleteAll'() {
      // The log forgets them first: a crash in between leaves files no entry names, never an
      // entry naming a file that is gone.
      await store.update((bank) => {
        if (bank.practice.some((entry) => entry.recording)) {
          bank.practice = bank.practice.map((entry) =>
            entry.recording ? withoutRecording(entry) : entry,
          );
        }
      });
      const found = await listRecordings(store.dataDir);
      await deleteRecordings(
        store.dataDir,
        found.map((file) => file.name),
      );
      return { removed: found.length };
    },
  };
}
