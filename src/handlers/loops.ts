import { StorybankError } from '../core/errors';
import { recordDebrief } from '../core/loops/debrief';
import { newLoop, planOfLoop } from '../core/loops/loops';
import type { Loop } from '../core/model/loop-schema';
import type { Bank } from '../core/model/schema';
import { findSet } from '../core/principles/set-edits';
import type { Handlers } from '../shared/contract';
import type { HandlerDeps } from './deps';

type LoopHandlers = Pick<
  Handlers,
  'loops:create' | 'loops:update' | 'loops:delete' | 'loops:plan' | 'loops:pin' | 'loops:debrief'
>;

function findLoop(bank: Bank, id: string): Loop {
  const loop = bank.loops.find((candidate) => candidate.id === id);
  if (!loop) throw new StorybankError('not-found', 'That loop is no longer in the bank.');
  return loop;
}

export function loopHandlers({ store, now, newId }: HandlerDeps): LoopHandlers {
  return {
    async 'loops:create'({ setId, template, ...fields }) {
      const id = newId();
      const at = now().toISOString();
      return store.update((bank) => {
        const set = findSet(bank, setId ?? bank.activeSetId);
        const loop = newLoop({ ...fields, template }, set, id, at, newId);
        bank.loops.push(loop);
        return loop;
      });
    },
    async 'loops:update'({ id, changes }) {
      return store.update((bank) => {
        const loop = findLoop(bank, id);
        if (changes.setId !== undefined) findSet(bank, changes.setId);
        Object.assign(loop, changes, { updatedAt: now().toISOString() });
        // A pin in a round that is gone, or for a principle the round no longer has, goes too.
        loop.pins = loop.pins.filter((pin) =>
          loop.rounds.some((round) => round.id === pin.roundId),
        );
        return loop;
      });
    },
    async 'loops:delete'({ id }) {
      return store.update((bank) => {
        findLoop(bank, id);
        bank.loops = bank.loops.filter((loop) => loop.id !== id);
        return { removed: 1 };
      });
    },
    async 'loops:plan'({ id }) {
      return planOfLoop(store.bank, findLoop(store.bank, id), now());
    },
    async 'loops:debrief'({ loopId, roundId, debrief }) {
      return store.update((bank) => {
        const loop = findLoop(bank, loopId);
        if (!loop.rounds.some((round) => round.id === roundId)) {
          throw new StorybankError('not-found', 'That round is no longer in the loop.');
        }
        recordDebrief(bank, loop, roundId, debrief, newId);
        loop.updatedAt = now().toISOString();
        return { loop, activeSetId: bank.activeSetId, sets: bank.principleSets };
      });
    },
    async 'loops:pin'({ loopId, storyId, ...place }) {
      return store.update((bank) => {
        const loop = findLoop(bank, loopId);
        if (!loop.rounds.some((round) => round.id === place.roundId)) {
          throw new StorybankError('not-found', 'That round is no longer in the loop.');
        }
        if (storyId !== null && !bank.stories.some((story) => story.id === storyId)) {
          throw new StorybankError('not-found', 'That story is no longer in the bank.');
        }
        const same = (pin: (typeof loop.pins)[number]) =>
          pin.roundId === place.roundId &&
          pin.principleId === place.principleId &&
          pin.role === place.role;
        loop.pins = loop.pins.filter((pin) => !same(pin));
        if (storyId !== null) loop.pins.push({ ...place, storyId });
        loop.updatedAt = now().toISOString();
        return loop;
      });
    },
  };
}
