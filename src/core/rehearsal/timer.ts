/**
 * The speaking timer as a pure state machine: the view feeds it clock readings (ms), so the
 * tests drive it with fake timers and no React. Parts are marked as they are spoken: Start
 * begins the Situation, "Next part" (or keys 1–4) moves on, and only forward.
 */

export const PARTS = ['Situation', 'Task', 'Action', 'Result'] as const;
export type PartSeconds = [number, number, number, number];

export interface TimerState {
  status: 'ready' | 'running' | 'stopped';
  /** Clock readings (ms) at which each part began; the first is the start. */
  partStarts: number[];
  stoppedAt: number | null;
}

export type TimerAction =
  | { type: 'start'; at: number }
  | { type: 'stop'; at: number }
  | { type: 'next'; at: number }
  /** Jump to part `index` (0–3), marking any skipped on the way. */
  | { type: 'part'; index: number; at: number }
  | { type: 'reset' };

export const READY: TimerState = { status: 'ready', partStarts: [], stoppedAt: null };

export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'reset':
      return READY;
    case 'start':
      return state.status === 'running'
        ? state
        : { status: 'running', partStarts: [action.at], stoppedAt: null };
    case 'stop':
      return state.status === 'running'
        ? { ...state, status: 'stopped', stoppedAt: action.at }
        : state;
    case 'next':
      return toPart(state, state.partStarts.length, action.at);
    case 'part':
      return toPart(state, action.index, action.at);
  }
}

function toPart(state: TimerState, index: number, at: number): TimerState {
  if (state.status !== 'running' || index >= PARTS.length) return state;
  if (index < state.partStarts.length) return state;
  const marks = Array.from({ length: index + 1 - state.partStarts.length }, () => at);
  return { ...state, partStarts: [...state.partStarts, ...marks] };
}

/** Milliseconds on the clock: running, up to `now`; stopped, up to Stop. */
export function elapsedMs(state: TimerState, now: number): number {
  const start = state.partStarts[0];
  if (start === undefined) return 0;
  return Math.max(0, (state.stoppedAt ?? now) - start);
}

/** The part being told (0–3), or null before Start. */
export function currentPart(state: TimerState): number | null {
  return state.partStarts.length ? state.partStarts.length - 1 : null;
}

/**
 * Whole seconds per part once stopped, summing exactly to the seconds the clock shows (whole
 * seconds passed, as on a stopwatch); null when the parts were never marked (one long
 * Situation says nothing about the balance).
 */
export function partSeconds(state: TimerState): PartSeconds | null {
  if (state.status !== 'stopped' || state.partStarts.length < 2) return null;
  const start = state.partStarts[0]!;
  const bounds = [...state.partStarts, state.stoppedAt!].map((at) =>
    Math.floor((at - start) / 1000),
  );
  const parts: PartSeconds = [0, 0, 0, 0];
  for (let i = 0; i < state.partStarts.length; i++) parts[i] = bounds[i + 1]! - bounds[i]!;
  return parts;
}

/** "2:05": how a timer reads. */
export function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
