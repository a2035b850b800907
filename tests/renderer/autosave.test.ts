import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyStoryContent } from '../../src/core/model/bank';
import type { StoryContent } from '../../src/core/model/schema';
import { SaveQueue, type SaveState } from '../../src/renderer/src/lib/autosave';
import type { StoryChanges } from '../../src/renderer/src/lib/story-changes';

interface Call {
  changes: StoryChanges;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A bank that answers when the test says so, like a slow disk. */
function fakeBank(initial: StoryContent) {
  let stored = { ...initial };
  const calls: Call[] = [];
  const send = (changes: StoryChanges) =>
    new Promise<StoryContent>((resolve, reject) => {
      calls.push({
        changes,
        resolve: () => {
          stored = { ...stored, ...changes };
          resolve(stored);
        },
        reject,
      });
    });
  return { calls, send, stored: () => stored };
}

function setup() {
  const base = emptyStoryContent('Pricing pushback');
  const bank = fakeBank(base);
  const states: SaveState[] = [];
  const journal: { unconfirmed: StoryChanges | null } = { unconfirmed: null };
  const queue = new SaveQueue({
    base,
    send: bank.send,
    onUnconfirmed: (changes) => (journal.unconfirmed = changes),
    onConfirmed: () => (journal.unconfirmed = null),
    onState: (state) => states.push(state),
    describeError: (error) => (error instanceof Error ? error.message : String(error)),
    delayMs: 700,
    now: () => 1_000,
  });
  const values = (changes: StoryChanges) => ({ ...base, ...changes });
  return { base, bank, states, journal, queue, values, last: () => states.at(-1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SaveQueue', () => {
  it('saves only the changed fields after a pause in typing', async () => {
    const { bank, queue, values, last, journal } = setup();
    queue.edit(values({ action: 'I' }));
    queue.edit(values({ action: 'I rewrote' }));
    expect(last()).toEqual({ kind: 'unsaved' });
    expect(journal.unconfirmed).toEqual({ action: 'I rewrote' });
    await vi.advanceTimersByTimeAsync(699);
    expect(bank.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(bank.calls.map((call) => call.changes)).toEqual([{ action: 'I rewrote' }]);
    expect(last()).toEqual({ kind: 'saving' });
    bank.calls[0]!.resolve();
    await vi.runAllTimersAsync();
    expect(last()).toEqual({ kind: 'saved', at: 1_000 });
    expect(journal.unconfirmed).toBeNull();
  });

  it('keeps one save in flight; edits made meanwhile merge into the next one', async () => {
    const { bank, queue, values, journal } = setup();
    queue.edit(values({ action: 'First' }));
    queue.flush();
    expect(bank.calls).toHaveLength(1);
    queue.edit(values({ action: 'First', result: 'Up 12%' }));
    queue.edit(values({ action: 'First, then more', result: 'Up 12%' }));
    queue.flush(); // a blur while the first save is on its way
    await vi.advanceTimersByTimeAsync(5_000);
    expect(bank.calls).toHaveLength(1);
    expect(journal.unconfirmed).toEqual({ action: 'First, then more', result: 'Up 12%' });

    bank.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(bank.calls).toHaveLength(2);
    expect(bank.calls[1]!.changes).toEqual({ action: 'First, then more', result: 'Up 12%' });
    bank.calls[1]!.resolve();
    await vi.runAllTimersAsync();
    expect(bank.stored()).toMatchObject({ action: 'First, then more', result: 'Up 12%' });
    expect(journal.unconfirmed).toBeNull();
  });

  it('keeps the changes of a failed save and sends them again on the next edit', async () => {
    const { bank, queue, values, last, journal } = setup();
    queue.edit(values({ action: 'I led it.' }));
    queue.flush();
    bank.calls[0]!.reject(new Error('The disk is full.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: 'failed', message: 'The disk is full.' });
    expect(journal.unconfirmed).toEqual({ action: 'I led it.' });

    queue.edit(values({ action: 'I led it.', result: 'Shipped.' }));
    expect(last()).toEqual({ kind: 'failed', message: 'The disk is full.' });
    await vi.advanceTimersByTimeAsync(700);
    expect(bank.calls[1]!.changes).toEqual({ action: 'I led it.', result: 'Shipped.' });
    bank.calls[1]!.resolve();
    await vi.runAllTimersAsync();
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(journal.unconfirmed).toBeNull();
  });

  it('retries a failed save on flush ("Try again") with the same changes', async () => {
    const { bank, queue, values } = setup();
    queue.edit(values({ task: 'Own the launch.' }));
    queue.flush();
    bank.calls[0]!.reject(new Error('Locked by another program.'));
    await vi.advanceTimersByTimeAsync(0);
    queue.flush();
    expect(bank.calls[1]!.changes).toEqual({ task: 'Own the launch.' });
  });

  it('a later edit wins over the failed one it replaces', async () => {
    const { bank, queue, values } = setup();
    queue.edit(values({ action: 'Old' }));
    queue.flush();
    queue.edit(values({ action: 'New' }));
    bank.calls[0]!.reject(new Error('Server stopped.'));
    await vi.advanceTimersByTimeAsync(0);
    queue.flush();
    expect(bank.calls.at(-1)!.changes).toEqual({ action: 'New' });
  });

  it('sends nothing when the text is typed back to what the bank holds', async () => {
    const { bank, queue, values, last, journal } = setup();
    queue.edit(values({ headline: 'x' }));
    queue.edit(values({}));
    await vi.runAllTimersAsync();
    expect(bank.calls).toHaveLength(0);
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(journal.unconfirmed).toBeNull();
  });
});
