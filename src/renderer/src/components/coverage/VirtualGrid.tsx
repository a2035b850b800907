import {
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type UIEvent,
} from 'react';
import {
  moveInGrid,
  revealOffset,
  revealSpan,
  visibleRange,
  type GridPosition,
  type IndexRange,
} from '../../lib/coverage-grid-math';

export interface GridMetrics {
  rowHeight: number;
  colWidth: number;
  headerHeight: number;
  rowHeaderWidth: number;
}

interface VirtualGridProps extends GridMetrics {
  label: string;
  describedBy?: string;
  rows: number;
  cols: number;
  /** Which axis holds the stories: only it is windowed; the principles (a few dozen) all render. */
  windowed: 'rows' | 'cols';
  active: GridPosition;
  onActiveChange: (at: GridPosition) => void;
  /** A non-navigation key on a cell (Space, P…); true when it was handled. */
  onCellKey: (at: GridPosition, event: KeyboardEvent) => boolean;
  onCellClick: (at: GridPosition) => void;
  corner: ReactNode;
  /** Each returns its element with its role, aria-colindex and `left` as given. */
  renderColumnHeader: (col: number, left: number) => ReactNode;
  renderRowHeader: (row: number) => ReactNode;
  renderCell: (row: number, col: number, left: number, tabbable: boolean) => ReactNode;
  /** Whether focus is in the grid: the column of the focused cell is marked in the key. */
  onFocusWithin?: (inside: boolean) => void;
  /** What follows the grid (the key to its numbered columns), given the columns in view. */
  renderAfter?: (inView: IndexRange) => ReactNode;
}

const OVERSCAN = 2;
const same = (a: IndexRange, b: IndexRange) => a.start === b.start && a.end === b.end;
type Ranges = { rows: IndexRange; cols: IndexRange; inView: IndexRange };
const sameRanges = (a: Ranges, b: Ranges) =>
  same(a.rows, b.rows) && same(a.cols, b.cols) && same(a.inView, b.inView);

/** The cell a DOM event happened in, from the data-row/data-col every cell carries. */
function cellOf(target: EventTarget): GridPosition | null {
  const cell = (target as HTMLElement).closest?.<HTMLElement>('[data-col]');
  if (!cell) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/**
 * A grid (ARIA grid pattern) that renders only the stories in view plus a few on each side:
 * a bank of 1,000 stories puts a few hundred nodes in the DOM, not 16,000.
 * Headers are sticky; one cell is tabbable (roving tabindex) and the keys move it.
 * Rows that all render (principles) flow, so a long name wraps and its row grows; windowed rows
 * (stories, swapped) keep one height so their place is arithmetic.
 */
export function VirtualGrid(props: VirtualGridProps) {
  const { rows, cols, rowHeight, colWidth, headerHeight, rowHeaderWidth, active } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const wantFocus = useRef(false);

  const flowRows = props.windowed === 'cols';
  const ranges = (left: number, top: number): Ranges => ({
    inView:
      props.windowed === 'cols'
        ? visibleRange(left, size.width - rowHeaderWidth, colWidth, cols, 0)
        : { start: 0, end: cols },
    rows:
      props.windowed === 'rows'
        ? visibleRange(top, size.height - headerHeight, rowHeight, rows, OVERSCAN)
        : { start: 0, end: rows },
    cols:
      props.windowed === 'cols'
        ? visibleRange(left, size.width - rowHeaderWidth, colWidth, cols, OVERSCAN)
        : { start: 0, end: cols },
  });
  const view = ranges(scroll.left, scroll.top);

  // Measured before the first paint, so the first frame already shows the right columns.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A key moved the active cell: focus it once it is rendered.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    const cell = scroller.current?.querySelector<HTMLElement>(
      `[data-row="${active.row}"][data-col="${active.col}"]`,
    );
    if (cell) {
      wantFocus.current = false;
      cell.focus({ preventScroll: true });
    }
  });

  function onScroll(event: UIEvent<HTMLDivElement>) {
    const { scrollLeft: left, scrollTop: top } = event.currentTarget;
    // Re-render only when another row or column comes into range, not on every pixel.
    const next = ranges(left, top);
    if (!sameRanges(next, view)) setScroll({ left, top });
  }

  /** Scrolls the cell into view and moves focus to it after the render. */
  function reveal(at: GridPosition) {
    const element = scroller.current;
    if (!element) return;
    const left = revealOffset(element.scrollLeft, size.width - rowHeaderWidth, at.col, colWidth);
    const top = flowRows
      ? revealRow(element, at.row, size.height - headerHeight, headerHeight)
      : revealOffset(element.scrollTop, size.height - headerHeight, at.row, rowHeight);
    element.scrollLeft = left;
    element.scrollTop = top;
    setScroll({ left: element.scrollLeft, top: element.scrollTop });
    wantFocus.current = true;
    props.onActiveChange(at);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = cellOf(event.target);
    if (!at || event.altKey) return;
    const pageRows = Math.max(1, Math.floor((size.height - headerHeight) / rowHeight) - 1);
    const next = moveInGrid(at, event, rows, cols, pageRows);
    if (next) {
      event.preventDefault();
      reveal(next);
    } else if (props.onCellKey(at, event)) {
      event.preventDefault();
    }
  }

  const activeShown =
    active.row >= view.rows.start &&
    active.row < view.rows.end &&
    active.col >= view.cols.start &&
    active.col < view.cols.end;
  const width = rowHeaderWidth + cols * colWidth;
  const colIndexes = indexes(view.cols);

  return (
    <>
      <div
        ref={scroller}
        role="grid"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        // When the active cell is scrolled out of the DOM, Tab lands here and brings it back.
        tabIndex={activeShown || rows === 0 || cols === 0 ? -1 : 0}
        className="cov-grid"
        // The sizes the arithmetic uses, handed to the stylesheet so both always agree.
        style={
          {
            '--cov-row-h': `${rowHeight}px`,
            '--cov-col-w': `${colWidth}px`,
            '--cov-head-h': `${headerHeight}px`,
            '--cov-rowhead-w': `${rowHeaderWidth}px`,
          } as CSSProperties
        }
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && rows > 0 && cols > 0) reveal(active);
          const at = cellOf(event.target);
          if (at && (at.row !== active.row || at.col !== active.col)) props.onActiveChange(at);
          props.onFocusWithin?.(true);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) props.onFocusWithin?.(false);
        }}
        onClick={(event) => {
          const at = cellOf(event.target);
          if (at) props.onCellClick(at);
        }}
      >
        <div
          role="presentation"
          className="cov-grid__canvas"
          style={{ width, height: flowRows ? undefined : headerHeight + rows * rowHeight }}
        >
          <div role="row" aria-rowindex={1} className="cov-grid__head" style={{ width }}>
            {props.corner}
            {colIndexes.map((col) =>
              props.renderColumnHeader(col, rowHeaderWidth + col * colWidth),
            )}
          </div>
          {indexes(view.rows).map((row) => (
            <div
              key={row}
              role="row"
              aria-rowindex={row + 2}
              className={flowRows ? 'cov-grid__row cov-grid__row--flow' : 'cov-grid__row'}
              style={
                flowRows
                  ? { width }
                  : { top: headerHeight + row * rowHeight, width, height: rowHeight }
              }
            >
              {props.renderRowHeader(row)}
              {colIndexes.map((col) =>
                props.renderCell(
                  row,
                  col,
                  rowHeaderWidth + col * colWidth,
                  row === active.row && col === active.col,
                ),
              )}
            </div>
          ))}
        </div>
      </div>
      {props.renderAfter?.(view.inView)}
    </>
  );
}

/** The scrollTop that shows a flowing row whole: its place is measured, not multiplied. */
function revealRow(scroller: HTMLElement, row: number, viewport: number, headerHeight: number) {
  const element = scroller.querySelector<HTMLElement>(`[role=row][aria-rowindex="${row + 2}"]`);
  if (!element) return scroller.scrollTop;
  // Rows sit under the sticky header: measure from its bottom edge.
  const start = element.offsetTop - headerHeight;
  return revealSpan(scroller.scrollTop, viewport, start, start + element.offsetHeight);
}

function indexes({ start, end }: IndexRange): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}
