import { describe, expect, it } from 'vitest';
import {
  moveInGrid,
  revealOffset,
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
