import { useMemo } from 'react';
import type { Debrief } from '../../../core/model/loop-schema';
import type { InputOf } from '../../../shared/contract';
import { call } from './api';
import { useBankApi } from './bank-context';

type LoopChanges = InputOf<'loops:update'>['changes'];
type Pin = Omit<InputOf<'loops:pin'>, 'loopId'>;

/**
 * The Loops view's calls: each sends one change and puts the bank's answer into the view.
 * A rejection is an ApiError whose message the caller shows.
 */
export function useLoopActions() {
  const { putLoop, dropLoop, putSets } = useBankApi();
  return useMemo(
    () => ({
      async create(input: InputOf<'loops:create'>) {
        const loop = await call('loops:create', input);
        putLoop(loop);
        return loop;
      },
      async update(id: string, changes: LoopChanges) {
        putLoop(await call('loops:update', { id, changes }));
      },
      async remove(id: string) {
        await call('loops:delete', { id });
        dropLoop(id);
      },
      async pin(loopId: string, place: Pin) {
        putLoop(await call('loops:pin', { loopId, ...place }));
      },
      async debrief(loopId: string, roundId: string, debrief: Debrief) {
        const answer = await call('loops:debrief', { loopId, roundId, debrief });
        putSets({ activeSetId: answer.activeSetId, sets: answer.sets, storiesChanged: [] });
        putLoop(answer.loop);
      },
    }),
    [putLoop, dropLoop, putSets],
  );
}
