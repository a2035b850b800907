import { useCallback, useEffect, useReducer, useState } from 'react';
import {
  currentPart,
  elapsedMs,
  partSeconds,
  READY,
  timerReducer,
  type PartSeconds,
  type TimerState,
} from '../../../core/rehearsal/timer';

export interface SpeakingTimer {
  state: TimerState;
  /** Whole seconds on the clock, updated four times a second while running. */
  seconds: number;
  part: number | null;
  parts: PartSeconds | null;
  start(): void;
  stop(): void;
  next(): void;
  toPart(index: number): void;
  reset(): void;
}

/** The pure timer (core/rehearsal/timer.ts) on the page's clock. */
export function useSpeakingTimer(): SpeakingTimer {
  const [state, dispatch] = useReducer(timerReducer, READY);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.status !== 'running') return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [state.status]);
  const shown = state.status === 'running' ? Math.max(now, state.partStarts[0] ?? now) : now;
  return {
    state,
    seconds: Math.floor(elapsedMs(state, shown) / 1000),
    part: currentPart(state),
    parts: partSeconds(state),
    start: useCallback(() => {
      const at = Date.now();
      setNow(at);
      dispatch({ type: 'start', at });
    }, []),
    stop: useCallback(() => dispatch({ type: 'stop', at: Date.now() }), []),
    next: useCallback(() => dispatch({ type: 'next', at: Date.now() }), []),
    toPart: useCallback((index: number) => dispatch({ type: 'part', index, at: Date.now() }), []),
    reset: useCallback(() => dispatch({ type: 'reset' }), []),
  };
}

/** Typing in a field: every key is the text's. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Space on a focused control presses that control, not the timer. */
export function spaceBelongsToControl(target: EventTarget | null): boolean {
  if (isTyping(target)) return true;
  return (
    target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY', 'AUDIO'].includes(target.tagName)
  );
}
