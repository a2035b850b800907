import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clock,
  currentPart,
  elapsedMs,
  partSeconds,
  READY,
  timerReducer,
  type TimerAction,
  type TimerState,
} from '../../../src/core/rehearsal/timer';

/*
 * The speaking timer as the view drives it: each action carries the clock reading of the
 * moment, here a fake clock moved by hand.
 */

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs the actions in order, each at Date.now() after waiting its `wait` milliseconds. */
function drive(steps: readonly { wait: number; action: Omit<TimerAction, 'at'> }[]): TimerState {
  let state = READY;
  for (const { wait, action } of steps) {
    vi.advanceTimersByTime(wait);
    state = timerReducer(state, { ...action, at: Date.now() } as TimerAction);
  }
  return state;
}

const start = { type: 'start' } as const;
const next = { type: 'next' } as const;
const stop = { type: 'stop' } as const;
const part = (index: number) => ({ type: 'part', index }) as const;

describe('the speaking timer', () => {
  it('times the four parts marked with Next part, summing exactly to the total', () => {
    const state = drive([
      { wait: 0, action: start },
      { wait: 12_000, action: next },
      { wait: 9_000, action: next },
      { wait: 62_000, action: next },
      { wait: 21_000, action: stop },
    ]);
    expect(state.status).toBe('stopped');
    expect(elapsedMs(state, Date.now())).toBe(104_000);
    expect(partSeconds(state)).toEqual([12, 9, 62, 21]);
    expect(clock(104)).toBe('1:44');
  });

  it('adds the parts up to what the clock shows, for any timings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 200_000 }),
        (waits, last) => {
          vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
          const state = drive([
            { wait: 0, action: start },
            ...waits.slice(1).map((wait) => ({ wait, action: next })),
            { wait: last, action: stop },
          ]);
          const parts = partSeconds(state)!;
          // The parts add up to what the stopped clock shows.
          const sum = parts.reduce((total, s) => total + s, 0);
          expect(clock(sum)).toBe(clock(elapsedMs(state, Date.now()) / 1000));
          expect(parts.every((s) => s >= 0)).toBe(true);
          expect(parts.slice(waits.length)).toEqual(Array(4 - waits.length).fill(0));
        },
      ),
    );
  });

  it('jumps forward with the keys, marking the skipped parts, and never back', () => {
    let state = drive([
      { wait: 0, action: start },
      { wait: 10_000, action: part(2) },
    ]);
    expect(currentPart(state)).toBe(2);
    const jumped = state;
    vi.advanceTimersByTime(5_000);
    state = [part(1), part(0), part(2), part(4)].reduce(
      (s, action) => timerReducer(s, { ...action, at: Date.now() }),
      jumped,
    );
    expect(state).toBe(jumped);
    vi.advanceTimersByTime(30_000);
    state = timerReducer(state, { type: 'part', index: 3, at: Date.now() });
    vi.advanceTimersByTime(15_000);
    state = timerReducer(state, { type: 'next', at: Date.now() });
    expect(currentPart(state)).toBe(3);
    state = timerReducer(state, { type: 'stop', at: Date.now() });
    // Task was skipped: it took no time; Action ran from the jump to the Result key.
    expect(partSeconds(state)).toEqual([10, 0, 35, 15]);
  });

  it('ignores Stop and Next part before Start', () => {
    expect(timerReducer(READY, { type: 'stop', at: Date.now() })).toBe(READY);
    expect(timerReducer(READY, { type: 'next', at: Date.now() })).toBe(READY);
    expect(timerReducer(READY, { type: 'part', index: 2, at: Date.now() })).toBe(READY);
    expect(currentPart(READY)).toBeNull();
    expect(elapsedMs(READY, Date.now())).toBe(0);
    expect(partSeconds(READY)).toBeNull();
  });

  it('has no parts when none was marked, nor while still running', () => {
    const running = drive([
      { wait: 0, action: start },
      { wait: 90_000, action: next },
    ]);
    expect(partSeconds(running)).toBeNull();
    vi.advanceTimersByTime(3_000);
    expect(elapsedMs(running, Date.now())).toBe(93_000);

    const unmarked = drive([
      { wait: 0, action: start },
      { wait: 120_000, action: stop },
    ]);
    expect(partSeconds(unmarked)).toBeNull();
    // Stopped: the clock reads up to Stop, however long after.
    vi.advanceTimersByTime(60_000);
    expect(elapsedMs(unmarked, Date.now())).toBe(120_000);
  });

  it('ignores Start while running and Stop once stopped; starts afresh after a stop', () => {
    const running = drive([{ wait: 0, action: start }]);
    expect(drive([{ wait: 0, action: start }])).not.toBe(running);
    expect(timerReducer(running, { type: 'start', at: Date.now() + 5_000 })).toBe(running);
    vi.advanceTimersByTime(40_000);
    const stopped = timerReducer(running, { type: 'stop', at: Date.now() });
    expect(timerReducer(stopped, { type: 'stop', at: Date.now() + 9_000 })).toBe(stopped);
    expect(timerReducer(stopped, { type: 'next', at: Date.now() })).toBe(stopped);
    vi.advanceTimersByTime(5_000);
    const again = timerReducer(stopped, { type: 'start', at: Date.now() });
    expect(again).toEqual({ status: 'running', partStarts: [Date.now()], stoppedAt: null });
    expect(timerReducer(again, { type: 'reset' })).toBe(READY);
  });
});

describe('clock', () => {
  it('reads minutes and two-digit seconds, whole seconds down', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(9)).toBe('0:09');
    expect(clock(59.9)).toBe('0:59');
    expect(clock(125)).toBe('2:05');
    expect(clock(3_600)).toBe('60:00');
    expect(clock(-4)).toBe('0:00');
  });
});
