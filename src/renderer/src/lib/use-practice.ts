import { useMemo } from 'react';
import { audioTypeOf, fromChunks, toChunks } from '../../../core/rehearsal/audio';
import type { InputOf } from '../../../shared/contract';
import { call } from './api';
import { useBankApi } from './bank-context';

type Rehearsal = Omit<InputOf<'practice:record'>, 'audio'>;

/** A recording as something an <audio> element can play; the caller revokes the URL. */
export async function recordingUrl(entryId: string): Promise<string> {
  const audio = await call('practice:recording', { entryId });
  return URL.createObjectURL(new Blob([fromChunks(audio.chunks)], { type: audio.type }));
}

/**
 * The Rehearse view's calls: each sends one change and puts the bank's answer into the view.
 * A rejection is an ApiError whose message the caller shows.
 */
export function usePracticeActions() {
  const { putPractice, dropRecordings } = useBankApi();
  return useMemo(
    () => ({
      async record(rehearsal: Rehearsal, take: Blob | null) {
        const type = take ? (audioTypeOf(take.type) ?? 'audio/webm') : null;
        const audio =
          take && type
            ? { type, chunks: toChunks(new Uint8Array(await take.arrayBuffer())) }
            : undefined;
        const entry = await call('practice:record', { ...rehearsal, audio });
        putPractice(entry);
        return entry;
      },
      async deleteRecording(entryId: string) {
        putPractice(await call('practice:deleteRecording', { entryId }));
      },
      async deleteAllRecordings() {
        const answer = await call('recordings:deleteAll');
        dropRecordings();
        return answer.removed;
      },
    }),
    [putPractice, dropRecordings],
  );
}
