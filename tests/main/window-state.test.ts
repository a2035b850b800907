import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  windowStatePath,
  type DisplayLike,
} from '../../src/main/window-state';

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1440, height: 877 } };
const monitorOnRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1410 } };

describe('fitToDisplays', () => {
  it('keeps a position and size that fit the display', () => {
    const saved = { x: 100, y: 50, width: 1100, height: 750, maximized: false };
    expect(fitToDisplays(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on a second monitor while that monitor is there', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitToDisplays(saved, [laptop, monitorOnRight])).toEqual(saved);
  });

  it('drops the position when its monitor is unplugged, and clamps the size to what is left', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitToDisplays(saved, [laptop])).toEqual({ width: 1440, height: 877, maximized: true });
  });

  it('drops a position whose title bar is above or below every display', () => {
    const above = { x: 100, y: -300, width: 1000, height: 700, maximized: false };
    const below = { x: 100, y: 860, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(above, [laptop])).not.toHaveProperty('x');
    expect(fitToDisplays(below, [laptop])).not.toHaveProperty('y');
  });

  it('keeps a window mostly off to the side as long as enough of it can be grabbed', () => {
    const grabbable = { x: 1300, y: 100, width: 1000, height: 700, maximized: false };
    const sliver = { x: 1400, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(grabbable, [laptop])).toHaveProperty('x', 1300);
    expect(fitToDisplays(sliver, [laptop])).not.toHaveProperty('x');
  });

  it('raises a size below the minimum and replaces nonsense', () => {
    expect(fitToDisplays({ width: 200, height: 100, maximized: false }, [laptop])).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
    expect(fitToDisplays({ width: NaN, height: -5, maximized: false }, [monitorOnRight])).toEqual({
      width: DEFAULT_STATE.width,
      height: DEFAULT_STATE.height,
      maximized: false,
    });
  });

  it('fits a display smaller than the minimum window', () => {
    const tiny: DisplayLike = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(fitToDisplays({ ...DEFAULT_STATE }, [tiny])).toEqual({
      width: 800,
      height: 560,
      maximized: false,
    });
  });

  it('works with no display information at all', () => {
    expect(fitToDisplays({ x: 5, y: 5, width: 1000, height: 700, maximized: false }, [])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('window-state.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storybank-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('falls back to the defaults when the file is missing', () => {
    expect(loadWindowState(windowStatePath(dir))).toEqual(DEFAULT_STATE);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"width": 10'],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['NUL bytes', '\0\0\0\0'],
  ])('falls back to the defaults when the file is %s', (_name, text) => {
    const file = windowStatePath(dir);
    writeFileSync(file, text);
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
  });

  it('keeps the valid fields of a partly wrong file', () => {
    const file = windowStatePath(dir);
    writeFileSync(
      file,
      JSON.stringify({ x: 'left', y: 3, width: 1000, height: '9', maximized: 1 }),
    );
    expect(loadWindowState(file)).toEqual({
      width: 1000,
      height: DEFAULT_STATE.height,
      maximized: false,
    });
  });

  it('round-trips a saved state and leaves no temporary file behind', () => {
    const file = windowStatePath(dir);
    const state = { x: -1200, y: 40, width: 1100, height: 720, maximized: true };
    expect(saveWindowState(file, state)).toBe(true);
    expect(loadWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('reports a failed save instead of throwing', () => {
    const file = join(dir, 'missing-folder', 'window-state.json');
    expect(saveWindowState(file, DEFAULT_STATE)).toBe(false);
  });

  it('saves the normal bounds and maximized flag when the window closes', () => {
    const file = windowStatePath(dir);
    let onClose: (() => void) | undefined;
    const window = {
      on: (event: string, listener: () => void) => {
        if (event === 'close') onClose = listener;
        return window;
      },
      getNormalBounds: () => ({ x: 1, y: 2, width: 1003, height: 704 }),
      isMaximized: () => true,
    };
    trackWindowState(window as unknown as Parameters<typeof trackWindowState>[0], file);
    onClose?.();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 1,
      y: 2,
      width: 1003,
      height: 704,
      maximized: true,
    });
  });
});
