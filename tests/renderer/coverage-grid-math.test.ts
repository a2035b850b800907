import { describe, expect, it } from 'vitest';
import {
  columnWidth,
  keyRange,
  moveInGrid,
  revealOffset,
  revealSpan,
  visibleRange,
} from '../../src/renderer/src/lib/coverage-grid-math';

const key = (name: string, ctrlKey = false) => ({ key: name, ctrlKey, metaKey: false });

describe('visibleRange', () => {
  it('renders the items in view plus the overscan on each side', () => {
    // 40 px items, 400 px of view scrolled by 1,000 px: items 25..34 are in view.
    expect(visibleRange(1_000, 400, 40, 1_000, 4)).toEqual({ start: 21, end: 39 });
  });

  it('stops at both ends of the axis', () => {
    expect(visibleRange(0, 400, 40, 1_000, 4)).toEqual({ start: 0, end: 14 });
    expect(visibleRange(39_800, 400, 40, 1_000, 4)).toEqual({ start: 991, end: 1_000 });
    expect(visibleRange(0, 400, 40, 3, 4)).toEqual({ start: 0, end: 3 });
  });

  it('counts a partly visible item as visible', () => {
    expect(visibleRange(20, 50, 40, 100, 0)).toEqual({ start: 0, end: 2 });
  });

  it('is empty for an empty axis and still renders one item before the size is known', () => {
    expect(visibleRange(0, 400, 40, 0, 4)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(0, 0, 40, 100, 0)).toEqual({ start: 0, end: 1 });
  });
});

describe('revealOffset', () => {
  it('leaves the scroll alone when the item is in view', () => {
    expect(revealOffset(400, 400, 12, 40)).toBe(400);
  });

  it('scrolls back just enough to show an item before the view', () => {
    expect(revealOffset(400, 400, 5, 40)).toBe(200);
  });

  it('scrolls on just enough to show an item after the view', () => {
    expect(revealOffset(0, 400, 10, 40)).toBe(40);
  });
});

describe('revealSpan', () => {
  it('shows a span of any height whole, moving as little as possible', () => {
    // A wrapped principle row, 40 px tall, below a 200 px view scrolled to 100.
    expect(revealSpan(100, 200, 290, 330)).toBe(130);
    expect(revealSpan(100, 200, 60, 100)).toBe(60);
    expect(revealSpan(100, 200, 150, 200)).toBe(100);
  });

  it('shows the start of a span taller than the view', () => {
    expect(revealSpan(0, 30, 100, 160)).toBe(100);
  });
});

describe('columnWidth', () => {
  it('never goes under the 24 px pointer target', () => {
    expect(columnWidth(0)).toBe(24);
    expect(columnWidth(25)).toBe(24);
  });

  it('widens for numbers with more digits, so "1000" is never cut', () => {
    expect(columnWidth(999)).toBe(32);
    expect(columnWidth(1_000)).toBe(38);
    expect(columnWidth(10_000)).toBeGreaterThan(columnWidth(1_000));
  });

  it('fits 20 of 25 story columns beside the 220 px principle names at 1280 px', () => {
    // The matrix column at 1280 px is 744 px wide, less its border and a vertical scrollbar.
    const room = 744 - 2 - 15 - 220;
    expect(Math.floor(room / columnWidth(25))).toBeGreaterThanOrEqual(20);
  });
});

describe('keyRange', () => {
  const inView = { start: 40, end: 61 };

  it('names every column of a bank a person reads at once', () => {
    expect(keyRange(inView, 25, 100)).toEqual({ start: 0, end: 25 });
    expect(keyRange(inView, 100, 100)).toEqual({ start: 0, end: 100 });
  });

  it('names only the columns in view past that', () => {
    expect(keyRange(inView, 1_000, 100)).toEqual(inView);
  });
});

describe('moveInGrid', () => {
  const at = { row: 3, col: 5 };
  const move = (name: string, ctrl = false) => moveInGrid(at, key(name, ctrl), 16, 1_000, 10);

  it('moves one cell with the arrows and stops at the edges', () => {
    expect(move('ArrowUp')).toEqual({ row: 2, col: 5 });
    expect(move('ArrowDown')).toEqual({ row: 4, col: 5 });
    expect(move('ArrowLeft')).toEqual({ row: 3, col: 4 });
    expect(move('ArrowRight')).toEqual({ row: 3, col: 6 });
    expect(moveInGrid({ row: 0, col: 0 }, key('ArrowUp'), 16, 1_000, 10)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveInGrid({ row: 15, col: 999 }, key('ArrowRight'), 16, 1_000, 10)).toEqual({
      row: 15,
      col: 999,
    });
  });

  it('goes to the ends of the row with Home/End and to the corners with Ctrl', () => {
    expect(move('Home')).toEqual({ row: 3, col: 0 });
    expect(move('End')).toEqual({ row: 3, col: 999 });
    expect(move('Home', true)).toEqual({ row: 0, col: 0 });
    expect(move('End', true)).toEqual({ row: 15, col: 999 });
  });

  it('moves a page of rows with PageUp/PageDown, clamped', () => {
    expect(move('PageDown')).toEqual({ row: 13, col: 5 });
    expect(move('PageUp')).toEqual({ row: 0, col: 5 });
  });

  it('ignores other keys and empty grids', () => {
    expect(move(' ')).toBeNull();
    expect(move('a')).toBeNull();
    expect(moveInGrid(at, key('ArrowUp'), 0, 0, 10)).toBeNull();
  });
});
