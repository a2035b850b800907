import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CoverageState } from '../../../../core/coverage/coverage';
import { revealSpan } from '../../lib/coverage-grid-math';
import { STATE_ICON } from '../../lib/coverage-labels';

/** One numbered column, named in full. */
export interface KeyEntry {
  id: string;
  number: number;
  name: string;
  /** The number's look, as in the column header (ready/draft, or a principle's state). */
  numberClass: string;
  state?: CoverageState;
  /** Short words after the name ("draft · rehearsed 2×"). */
  meta: string;
  /** The column of the focused cell: marked here too, so the eye finds its title. */
  active: boolean;
}

interface MatrixKeyProps {
  /** "Stories" or "Principles": what the numbers stand for. */
  noun: string;
  entries: readonly KeyEntry[];
  total: number;
}

/**
 * The key under the grid: every numbered column with its full name, wrapped, never cut and
 * never behind a hover. With more columns than a person reads at once it names those in view.
 */
export function MatrixKey({ noun, entries, total }: MatrixKeyProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);
  const activeId = entries.find((entry) => entry.active)?.id;
  // Arrowing along the grid brings the focused column's title into the key's view.
  useLayoutEffect(() => {
    const box = scroller.current;
    const item =
      activeId && box?.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeId)}"]`);
    if (!box || !item) return;
    box.scrollTop = revealSpan(
      box.scrollTop,
      box.clientHeight,
      item.offsetTop,
      item.offsetTop + item.offsetHeight,
    );
  }, [activeId]);
  const first = entries[0]?.number ?? 0;
  const last = entries.at(-1)?.number ?? 0;
  const partial = entries.length < total;
  return (
    <section className="cov-key" aria-labelledby="cov-key-heading">
      <div className="cov-key__head">
        <h2 id="cov-key-heading" className="cov-key__heading">
          {partial
            ? `${noun} ${first}–${last} of ${total.toLocaleString('en-US')}, in view`
            : `${noun} by number`}
        </h2>
        {/* The symbols the grid uses, in words: colour is never the only cue. */}
        <p className="cov-key__symbols">
          <span>
            <span className="cov-icon cov-icon--gap">{STATE_ICON.gap}</span> gap
          </span>
          <span>
            <span className="cov-icon cov-icon--thin">{STATE_ICON.thin}</span> thin
          </span>
          <span>
            <span className="cov-icon cov-icon--covered">{STATE_ICON.covered}</span> covered
          </span>
          <span>
            <span className="cov-mark cov-mark--primary cov-mark--small">P</span> primary
          </span>
          <span>
            <span className="cov-mark cov-mark--secondary cov-mark--small">S</span> secondary
          </span>
        </p>
      </div>
      {/* Scrolls only when the window is too short for it; then the keyboard can scroll it too.
          The list flows in columns inside it, which a scrolling list itself could not. */}
      <div
        ref={scroller}
        className="cov-key__scroller"
        role={overflows ? 'group' : undefined}
        aria-labelledby={overflows ? 'cov-key-heading' : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        <ol className="cov-key__list" aria-labelledby="cov-key-heading">
          {entries.map((entry) => (
            <li
              key={entry.id}
              data-key={entry.id}
              className="cov-key__item"
              aria-current={entry.active ? 'true' : undefined}
            >
              <span className={`cov-num ${entry.numberClass}`}>{entry.number}</span>
              <span className="cov-key__name">
                {entry.state && (
                  <span className={`cov-icon cov-icon--${entry.state}`} aria-hidden="true">
                    {STATE_ICON[entry.state]}{' '}
                  </span>
                )}
                {entry.name}
                {entry.meta && <span className="cov-key__meta"> · {entry.meta}</span>}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

/**
 * Whether the element's content is taller than the element. Observed once: the box and the
 * list inside it stay the same elements, and a new entry or a narrower window resizes one.
 */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
