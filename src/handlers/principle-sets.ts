import type { Handlers, SetsChange } from '../shared/contract';
import { StorybankError } from '../core/errors';
import type { Bank } from '../core/model/schema';
import { MAX_PRINCIPLES_PER_SET, MAX_SETS } from '../core/model/limits';
import {
  copyOfSet,
  deleteSet,
  findPrinciple,
  findSet,
  freeName,
  removePrinciple,
  reorderPrinciples,
  restoreBuiltIn,
  setMapping,
} from '../core/principles/set-edits';
import { parseSetFile, setFileName, setFileText } from '../core/principles/set-file';
import type { HandlerDeps } from './deps';

type SetHandlers = Pick<
  Handlers,
  | 'principleSets:list'
  | 'principleSets:setActive'
  | 'principleSets:create'
  | 'principleSets:rename'
  | 'principleSets:delete'
  | 'principleSets:restoreBuiltIn'
  | 'principleSets:import'
  | 'principleSets:export'
  | 'principles:add'
  | 'principles:update'
  | 'principles:remove'
  | 'principles:reorder'
  | 'stories:setMapping'
>;

const change = (bank: Bank, extra: Partial<SetsChange> = {}): SetsChange => ({
  activeSetId: bank.activeSetId,
  sets: bank.principleSets,
  storiesChanged: [],
  ...extra,
});

function assertRoomForSet(bank: Bank): void {
  if (bank.principleSets.length >= MAX_SETS) {
    throw new StorybankError(
      'invalid-input',
      `Storybank keeps at most ${MAX_SETS} principle sets. Delete one you no longer use first.`,
    );
  }
}

export function principleSetHandlers({ store, now, newId }: HandlerDeps): SetHandlers {
  const edit = (run: (bank: Bank) => SetsChange) => store.update(run);
  return {
    async 'principleSets:list'() {
      return { activeSetId: store.bank.activeSetId, sets: store.bank.principleSets };
    },
    async 'principleSets:setActive'({ setId }) {
      return edit((bank) => {
        bank.activeSetId = findSet(bank, setId).id;
        return change(bank);
      });
    },
    async 'principleSets:create'({ name, copyOf }) {
      return edit((bank) => {
        assertRoomForSet(bank);
        const source = copyOf === null ? null : findSet(bank, copyOf);
        const set = copyOfSet(source, newId(), freeName(bank, name));
        bank.principleSets.push(set);
        return change(bank, { createdId: set.id });
      });
    },
    async 'principleSets:rename'({ setId, name }) {
      return edit((bank) => {
        findSet(bank, setId).name = name;
        return change(bank);
      });
    },
    async 'principleSets:delete'({ setId }) {
      return edit((bank) => {
        const set = findSet(bank, setId);
        if (set.id === bank.activeSetId) {
          throw new StorybankError(
            'invalid-input',
            'This is the active set. Switch to another set before deleting it.',
          );
        }
        const changed = deleteSet(bank, set);
        const at = now().toISOString();
        for (const story of changed) story.updatedAt = at;
        return change(bank, { storiesChanged: changed });
      });
    },
    async 'principleSets:restoreBuiltIn'({ setId }) {
      return edit((bank) => {
        restoreBuiltIn(findSet(bank, setId));
        return change(bank);
      });
    },
    async 'principleSets:import'({ file }) {
      const imported = parseSetFile(file);
      return edit((bank) => {
        assertRoomForSet(bank);
        const clash = bank.principleSets.some((set) => set.id === imported.id);
        const set = {
          ...imported,
          id: clash ? newId() : imported.id,
          name: freeName(bank, imported.name),
        };
        bank.principleSets.push(set);
        return change(bank, { createdId: set.id });
      });
    },
    async 'principleSets:export'({ setId }) {
      const set = findSet(store.bank, setId);
      return { fileName: setFileName(set), text: setFileText(set) };
    },
    async 'principles:add'({ setId, name, description }) {
      return edit((bank) => {
        const set = findSet(bank, setId);
        if (set.principles.length >= MAX_PRINCIPLES_PER_SET) {
          throw new StorybankError(
            'invalid-input',
            `A set holds at most ${MAX_PRINCIPLES_PER_SET} principles. Remove one first.`,
          );
        }
        const id = newId();
        set.principles.push({
          id,
          name,
          description: description ?? '',
          frequency: 2,
          questions: [],
        });
        return change(bank, { createdId: id });
      });
    },
    async 'principles:update'({ setId, principleId, changes }) {
      return edit((bank) => {
        Object.assign(findPrinciple(findSet(bank, setId), principleId), changes);
        return change(bank);
      });
    },
    async 'principles:remove'({ setId, principleId }) {
      return edit((bank) => {
        const changed = removePrinciple(bank, findSet(bank, setId), principleId);
        const at = now().toISOString();
        for (const story of changed) story.updatedAt = at;
        return change(bank, { storiesChanged: changed });
      });
    },
    async 'principles:reorder'({ setId, order }) {
      return edit((bank) => {
        reorderPrinciples(findSet(bank, setId), order);
        return change(bank);
      });
    },
    async 'stories:setMapping'({ storyId, principleId, strength }) {
      return store.update((bank) => {
        const story = bank.stories.find((candidate) => candidate.id === storyId);
        if (!story) throw new StorybankError('not-found', 'That story is no longer in the bank.');
        setMapping(bank, story, principleId, strength);
        story.updatedAt = now().toISOString();
        return story;
      });
    },
  };
}
