import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH, type WindowBounds } from './window-options';

export interface WindowState extends WindowBounds {
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of a display that windows may use (what Electron's `Display.workArea` gives). */
export interface DisplayLike {
  workArea: Rect;
}

export const DEFAULT_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

// How much of the window's top edge must be on a display for a person to grab and move it.
const MIN_VISIBLE_WIDTH = 100;
const TITLE_BAR_HEIGHT = 40;

export const windowStatePath = (dataDir: string): string => join(dataDir, WINDOW_STATE_FILE);

/**
 * Where to open the window now: a saved position that no current display shows well enough to
 * grab (a monitor was unplugged, the resolution shrank) is dropped, so Electron centres the
 * window; the size is clamped to the display it will open on.
 */
export function fitToDisplays(saved: WindowState, displays: readonly DisplayLike[]): WindowState {
  const { x, y } = saved;
  const host =
    x === undefined || y === undefined
      ? undefined
      : displays.find((display) => canGrab({ ...saved, x, y }, display.workArea));
  const area = (host ?? displays[0])?.workArea;
  const width = clampSize(saved.width, MIN_WIDTH, area?.width, DEFAULT_STATE.width);
  const height = clampSize(saved.height, MIN_HEIGHT, area?.height, DEFAULT_STATE.height);
  const fitted: WindowState = { width, height, maximized: saved.maximized };
  return host && x !== undefined && y !== undefined ? { x, y, ...fitted } : fitted;
}

function canGrab(window: Rect, area: Rect): boolean {
  const overlap =
    Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  return (
    overlap >= MIN_VISIBLE_WIDTH &&
    window.y >= area.y &&
    window.y <= area.y + area.height - TITLE_BAR_HEIGHT
  );
}

function clampSize(value: number, min: number, max: number | undefined, fallback: number): number {
  const wanted = Number.isFinite(value) && value > 0 ? Math.round(value) : fallback;
  const atLeast = Math.max(wanted, min);
  // A display smaller than the minimum still gets a window that fits on it.
  return max !== undefined && max > 0 ? Math.min(atLeast, Math.round(max)) : atLeast;
}

/** The saved state, or the defaults when the file is missing, unreadable or not ours. */
export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_STATE };
  }
}

export function parseWindowState(value: unknown): WindowState {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_STATE };
  const record = value as Record<string, unknown>;
  const num = (key: string) => {
    const found = record[key];
    return typeof found === 'number' && Number.isFinite(found) ? Math.round(found) : undefined;
  };
  const [x, y] = [num('x'), num('y')];
  const state: WindowState = {
    width: num('width') ?? DEFAULT_STATE.width,
    height: num('height') ?? DEFAULT_STATE.height,
    maximized: record.maximized === true,
  };
  return x !== undefined && y !== undefined ? { x, y, ...state } : state;
}

/** Best effort: losing the window's position is no reason to bother anyone. */
export function saveWindowState(file: string, state: WindowState): boolean {
  const temp = `${file}.tmp`;
  try {
    // Synchronous because it runs while the window closes, right before the process may exit.
    writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}

/** Saves the window's normal (un-maximized) bounds and maximized flag when it closes. */
export function trackWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  file: string,
): void {
  window.on('close', () => {
    saveWindowState(file, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
}
