/**
 * The arithmetic of the virtualized coverage grid, kept free of React and the DOM so it can be
 * tested on its own. Every axis has a fixed item size, so positions are index × size.
 */

/** A run of indexes, end excluded. */
export interface IndexRange {
  start: number;
  end: number;
}

/**
 * The items to render along one axis: those in view plus `overscan` on each side, so a
 * quick scroll or an arrow key finds its neighbour already in the DOM.
 */
export function visibleRange(
  offset: number,
  viewport: number,
  size: number,
  count: number,
  overscan: number,
): IndexRange {
  if (count === 0 || size <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, offset) / size);
  const last = Math.ceil((Math.max(0, offset) + Math.max(0, viewport)) / size);
  return {
    start: Math.max(0, Math.min(count - 1, first - overscan)),
    end: Math.min(count, Math.max(first + 1, last) + overscan),
  };
}

/** The scroll offset that shows item `index` whole, moving as little as possible. */
export function revealOffset(
  current: number,
  viewport: number,
  index: number,
  size: number,
): number {
  return revealSpan(current, viewport, index * size, index * size + size);
}

/**
 * The scroll offset that shows the span start..end whole, moving as little as possible; a span
 * taller than the view shows its start (a wrapped principle name is read from its beginning).
 */
export function revealSpan(current: number, viewport: number, start: number, end: number): number {
  if (start < current) return start;
  if (end > current + viewport) return Math.max(0, Math.min(start, end - viewport));
  return current;
}

/**
 * A numbered column's width: wide enough for its number ("1000" needs more than "25") and never
 * under 24 px, the smallest target WCAG 2.2 asks for a pointer.
 */
export function columnWidth(count: number): number {
  const digits = String(Math.max(1, Math.floor(count))).length;
  // About 7 px a digit in the header's bold 11 px figures, plus the number's padding and rule.
  return Math.max(24, Math.ceil((10 + digits * 7) / 2) * 2);
}

/**
 * Which columns the key under the grid names: all of them for a bank a person can read at once,
 * else only those in view (a key of 1,000 titles would be neither read nor fast).
 */
export function keyRange(inView: IndexRange, count: number, allUpTo: number): IndexRange {
  return count <= allUpTo ? { start: 0, end: count } : inView;
}

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Where a navigation key takes the focus (the ARIA grid pattern): arrows by one cell,
 * Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown by
 * `pageRows`. Null when the key is not a navigation key.
 */
export function moveInGrid(
  at: GridPosition,
  key: GridKey,
  rows: number,
  cols: number,
  pageRows: number,
): GridPosition | null {
  if (rows === 0 || cols === 0) return null;
  const corner = key.ctrlKey || key.metaKey;
  const clamp = (row: number, col: number): GridPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key.key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return corner ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return corner ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp':
      return clamp(at.row - Math.max(1, pageRows), at.col);
    case 'PageDown':
      return clamp(at.row + Math.max(1, pageRows), at.col);
    default:
      return null;
  }
}
