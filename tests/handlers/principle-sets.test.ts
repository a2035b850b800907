import { testClient } from '../dispatch-client';
import { describe, expect, it } from 'vitest';
import { readSetFileText } from '../../src/core/principles/set-file';
import type { SetsChange } from '../../src/shared/contract';

async function setup() {
  let n = 0;
  return testClient({ newId: () => `new-${++n}` });
}

const names = (change: SetsChange, setId: string) =>
  change.sets.find((set) => set.id === setId)?.principles.map((p) => p.name);

describe('principle sets', () => {
  it('copy a set, keeping principle ids so mappings carry over, and switch to it', async () => {
    const { call } = await setup();
    const created = await call('principleSets:create', { name: 'My Amazon', copyOf: 'amazon-lp' });
    expect(created.createdId).toBe('new-1');
    expect(names(created, 'new-1')).toHaveLength(16);
    expect(created.sets.find((s) => s.id === 'new-1')?.builtIn).toBe(false);
    const switched = await call('principleSets:setActive', { setId: 'new-1' });
    expect(switched.activeSetId).toBe('new-1');
  });

  it('create a blank set with a free name, rename it, and refuse to delete the active one', async () => {
    const { call } = await setup();
    await call('principleSets:create', { name: 'Values', copyOf: null });
    const second = await call('principleSets:create', { name: 'values', copyOf: null });
    expect(second.sets.map((s) => s.name)).toEqual([
      'Amazon Leadership Principles',
      'Values',
      'values (2)',
    ]);
    await call('principleSets:rename', { setId: 'new-2', name: 'Globex values' });
    await expect(call('principleSets:delete', { setId: 'amazon-lp' })).rejects.toMatchObject({
      message: expect.stringContaining('Switch to another set'),
    });
    const deleted = await call('principleSets:delete', { setId: 'new-2' });
    expect(deleted.sets).toHaveLength(2);
  });

  it('add, edit, reorder and remove principles and their questions', async () => {
    const { call } = await setup();
    await call('principleSets:create', { name: 'Values', copyOf: null });
    await call('principles:add', { setId: 'new-1', name: 'Be kind' });
    await call('principles:add', { setId: 'new-1', name: 'Ship it', description: 'Speed.' });
    const edited = await call('principles:update', {
      setId: 'new-1',
      principleId: 'new-2',
      changes: {
        name: 'Be kind, always',
        questions: [{ id: 'q1', text: 'Tell me about kindness.' }],
      },
    });
    expect(edited.sets[1]?.principles[0]).toMatchObject({
      name: 'Be kind, always',
      questions: [{ text: 'Tell me about kindness.' }],
    });
    const reordered = await call('principles:reorder', {
      setId: 'new-1',
      order: ['new-3', 'new-2'],
    });
    expect(names(reordered, 'new-1')).toEqual(['Ship it', 'Be kind, always']);
    await expect(
      call('principles:reorder', { setId: 'new-1', order: ['new-3'] }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('removing a principle strips it from stories, unless another set still has it', async () => {
    const { call, store } = await setup();
    const story = await call('stories:create', {
      title: 'Billing migration',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    });
    const { createdId: copyId } = await call('principleSets:create', {
      name: 'Copy',
      copyOf: 'amazon-lp',
    });
    // The copy still has Dive Deep: the story keeps the mapping.
    const kept = await call('principles:remove', { setId: 'amazon-lp', principleId: 'dive-deep' });
    expect(kept.storiesChanged).toEqual([]);
    const gone = await call('principles:remove', { setId: copyId!, principleId: 'dive-deep' });
    expect(gone.storiesChanged.map((s) => s.id)).toEqual([story.id]);
    expect(store.bank.stories[0]?.principles).toEqual([
      { principleId: 'ownership', strength: 'secondary' },
    ]);
  });

  it('restores the built-in set to its original text', async () => {
    const { call } = await setup();
    await call('principles:update', {
      setId: 'amazon-lp',
      principleId: 'frugality',
      changes: { name: 'Thrift', questions: [] },
    });
    await call('principles:remove', { setId: 'amazon-lp', principleId: 'think-big' });
    await call('principles:add', { setId: 'amazon-lp', name: 'Our own' });
    const restored = await call('principleSets:restoreBuiltIn', { setId: 'amazon-lp' });
    const set = restored.sets[0]!;
    expect(set.principles.find((p) => p.id === 'frugality')?.name).toBe('Frugality');
    expect(set.principles.find((p) => p.id === 'frugality')?.questions.length).toBeGreaterThan(2);
    expect(set.principles.map((p) => p.name)).toContain('Think Big');
    expect(set.principles.at(-1)?.name).toBe('Our own');
  });
});

describe('principle set files', () => {
  it('export and import round-trip as a new set', async () => {
    const { call } = await setup();
    const file = await call('principleSets:export', {
      setId: 'amazon-lp',
    });
    expect(file.fileName).toBe('Amazon Leadership Principles.storybank-set.json');
    const imported = await call('principleSets:import', { file: readSetFileText(file.text) });
    const set = imported.sets.find((s) => s.id === imported.createdId)!;
    expect(set.name).toBe('Amazon Leadership Principles (2)');
    expect(set.principles).toHaveLength(16);
    expect(set.builtIn).toBe(false);
  });

  it('refuse a bad file in words and change nothing', async () => {
    const { call, store } = await setup();
    expect(() => readSetFileText('{"kind": ')).toThrow('not valid JSON');
    await expect(
      call('principleSets:import', { file: { kind: 'something else' } }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('not a Storybank principle set'),
    });
    const twice = {
      kind: 'storybank-principle-set',
      version: 1,
      set: {
        id: 'x',
        name: 'Twice',
        principles: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'A again' },
        ],
      },
    };
    await expect(call('principleSets:import', { file: twice })).rejects.toMatchObject({
      message: expect.stringContaining('same principle twice'),
    });
    expect(store.bank.principleSets).toHaveLength(1);
  });
});

describe('a story mapping', () => {
  it('is set, changed and removed one cell at a time', async () => {
    const { call } = await setup();
    const story = await call('stories:create', { title: 'One' });
    const cell = { storyId: story.id, principleId: 'dive-deep' };
    expect((await call('stories:setMapping', { ...cell, strength: 'primary' })).principles).toEqual(
      [{ principleId: 'dive-deep', strength: 'primary' }],
    );
    expect(
      (await call('stories:setMapping', { ...cell, strength: 'secondary' })).principles,
    ).toEqual([{ principleId: 'dive-deep', strength: 'secondary' }]);
    expect((await call('stories:setMapping', { ...cell, strength: null })).principles).toEqual([]);
  });
});
