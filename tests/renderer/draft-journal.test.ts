import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  draftKey,
  readDraft,
  storiesWithDrafts,
  writeDraft,
} from '../../src/renderer/src/lib/draft-journal';
import { MemoryStorage } from './memory-storage';

describe('draft journal', () => {
  it('writes and reads back the pending changes of a story', () => {
    const storage = new MemoryStorage();
    expect(
      writeDraft(storage, 's1', { action: 'I rewrote the plan.', tags: ['growth'] }, 100),
    ).toBe(true);
    expect(storage.getItem('storybank.pending.s1')).not.toBeNull();
    expect(readDraft(storage, 's1')).toEqual({
      changes: { action: 'I rewrote the plan.', tags: ['growth'] },
      at: 100,
    });
    expect(readDraft(storage, 'other')).toBeNull();
  });

  it('clears a draft once a save confirmed everything up to its time', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 's1', { result: 'Churn fell 12%.' }, 100);
    clearDraft(storage, 's1', 100);
    expect(readDraft(storage, 's1')).toBeNull();
  });

  it('keeps a newer edit when an older save is confirmed', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 's1', { result: 'Churn fell 12%, then 15%.' }, 200);
    clearDraft(storage, 's1', 150);
    expect(readDraft(storage, 's1')?.changes.result).toBe('Churn fell 12%, then 15%.');
  });

  it('clears only the confirmed story', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 's1', { task: 'One' }, 100);
    writeDraft(storage, 's2', { task: 'Two' }, 100);
    clearDraft(storage, 's1', 100);
    expect(storiesWithDrafts(storage)).toEqual(['s2']);
  });

  it('ignores a corrupt entry without deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('broken'), '{"changes": {"action": "half');
    storage.setItem(draftKey('wrong-shape'), JSON.stringify({ changes: 'text', at: 'soon' }));
    writeDraft(storage, 'good', { title: 'Pricing pushback' }, 5);
    expect(readDraft(storage, 'broken')).toBeNull();
    expect(readDraft(storage, 'wrong-shape')).toBeNull();
    expect(storiesWithDrafts(storage)).toEqual(['good']);
    clearDraft(storage, 'broken', Number.MAX_SAFE_INTEGER);
    expect(storage.getItem(draftKey('broken'))).not.toBeNull();
  });

  it('keeps the fields that still fit the model and drops the ones that do not', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      draftKey('s1'),
      JSON.stringify({ changes: { action: 'Kept', when: 'March', unknown: 1 }, at: 7 }),
    );
    expect(readDraft(storage, 's1')).toEqual({ changes: { action: 'Kept' }, at: 7 });
  });

  it('reports a storage that refuses the write instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(writeDraft(storage, 's1', { action: 'x' }, 1)).toBe(false);
  });
});
