import { useMemo, useState, type KeyboardEvent } from 'react';
import type { PrincipleCoverage } from '../../../../core/coverage/coverage';
import type { Story, Strength } from '../../../../core/model/schema';
import { nextStrength, strengthOf } from '../../lib/coverage-edits';
import {
  columnWidth,
  keyRange,
  type GridPosition,
  type IndexRange,
} from '../../lib/coverage-grid-math';
import { cellLabel, principleKeyMeta, storyKeyMeta } from '../../lib/coverage-labels';
import { MatrixKey, type KeyEntry } from './MatrixKey';
import { MatrixCell, PrincipleHeader, StoryHeader } from './MatrixParts';
import { VirtualGrid, type GridMetrics } from './VirtualGrid';

interface CoverageMatrixProps {
  /** In display order. */
  principles: readonly PrincipleCoverage[];
  descriptions: ReadonlyMap<string, string>;
  /** In display order: the stories that count under the filters. */
  stories: readonly Story[];
  stretched: ReadonlySet<string>;
  /** Rehearsals aloud per story id, shown with each story. */
  rehearsed: ReadonlyMap<string, number>;
  swapped: boolean;
  onSet: (story: Story, principleId: string, strength: Strength | null) => void;
}

/**
 * Fixed sizes: the virtual window is plain arithmetic, and nothing shifts as cells change.
 * Principle rows grow past rowHeight when a long name wraps (they all render, so they flow);
 * story rows (swapped) keep theirs, two lines of title.
 */
function metrics(swapped: boolean, principles: number, stories: number): GridMetrics {
  return swapped
    ? {
        rowHeight: 38,
        colWidth: columnWidth(principles),
        headerHeight: 46,
        rowHeaderWidth: 340,
      }
    : { rowHeight: 24, colWidth: columnWidth(stories), headerHeight: 28, rowHeaderWidth: 220 };
}

/** Up to this many stories the key names them all; past it, those whose columns are in view. */
const KEY_ALL_UP_TO = 100;

const KEYS: Record<string, (current: Strength | null) => Strength | null> = {
  ' ': nextStrength,
  Enter: nextStrength,
  p: () => 'primary',
  s: () => 'secondary',
  Delete: () => null,
  Backspace: () => null,
};

/**
 * Principles × stories (or swapped). Which cell is active is kept by principle and story, so
 * sorting, filtering or swapping keeps the person's place.
 */
export function CoverageMatrix(props: CoverageMatrixProps) {
  const { principles, stories, swapped, stretched, rehearsed, descriptions } = props;
  const [active, setActive] = useState<{ principleId: string; storyId: string } | null>(null);
  const [focused, setFocused] = useState(false);
  const principleIndex = useMemo(
    () => new Map(principles.map((p, index) => [p.principleId, index])),
    [principles],
  );
  const storyIndex = useMemo(() => new Map(stories.map((s, index) => [s.id, index])), [stories]);

  const at = (row: number, col: number) => {
    const [p, s] = swapped ? [col, row] : [row, col];
    return { principle: principles[p], story: stories[s] };
  };
  const p = active ? (principleIndex.get(active.principleId) ?? 0) : 0;
  const s = active ? (storyIndex.get(active.storyId) ?? 0) : 0;
  const activePosition: GridPosition = swapped ? { row: s, col: p } : { row: p, col: s };

  const remember = ({ row, col }: GridPosition) => {
    const { principle, story } = at(row, col);
    if (principle && story) setActive({ principleId: principle.principleId, storyId: story.id });
  };
  const change = (
    { row, col }: GridPosition,
    next: (current: Strength | null) => Strength | null,
  ) => {
    const { principle, story } = at(row, col);
    if (!principle || !story) return;
    const current = strengthOf(story, principle.principleId);
    const wanted = next(current);
    if (wanted !== current) props.onSet(story, principle.principleId, wanted);
  };

  const onCellKey = (position: GridPosition, event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey) return false;
    const rule = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!rule) return false;
    change(position, rule);
    return true;
  };

  const principleAxis = swapped ? 'columns' : 'rows';
  const activeCol = focused ? activePosition.col : -1;

  function keyEntries(inView: IndexRange): KeyEntry[] {
    if (swapped) {
      return principles.map((principle, index) => ({
        id: principle.principleId,
        number: index + 1,
        name: principle.name,
        numberClass: 'cov-num--principle',
        state: principle.state,
        meta: principleKeyMeta(principle),
        active: index === activeCol,
      }));
    }
    const { start, end } = keyRange(inView, stories.length, KEY_ALL_UP_TO);
    return stories.slice(start, end).map((story, offset) => ({
      id: story.id,
      number: start + offset + 1,
      name: story.title,
      numberClass: `cov-num--${story.status}${stretched.has(story.id) ? ' cov-num--stretched' : ''}`,
      meta: storyKeyMeta(story, stretched.has(story.id), rehearsed.get(story.id) ?? 0),
      active: start + offset === activeCol,
    }));
  }

  return (
    <VirtualGrid
      {...metrics(swapped, principles.length, stories.length)}
      label="Coverage: principles and stories"
      describedBy="coverage-grid-help"
      rows={swapped ? stories.length : principles.length}
      cols={swapped ? principles.length : stories.length}
      windowed={swapped ? 'rows' : 'cols'}
      active={activePosition}
      onActiveChange={remember}
      onCellKey={onCellKey}
      onCellClick={(position) => change(position, nextStrength)}
      onFocusWithin={setFocused}
      renderAfter={(inView) => (
        <MatrixKey
          noun={swapped ? 'Principles' : 'Stories'}
          entries={keyEntries(inView)}
          total={swapped ? principles.length : stories.length}
        />
      )}
      corner={
        <div role="columnheader" aria-colindex={1} className="cov-corner">
          <span>
            {principleAxis === 'rows' ? 'Principle ↓ · Story no. →' : 'Story ↓ · Principle no. →'}
          </span>
          {principleAxis === 'rows' && <span aria-hidden="true">Stories</span>}
        </div>
      }
      renderColumnHeader={(col, left) => {
        if (swapped) {
          const principle = principles[col]!;
          return (
            <PrincipleHeader
              key={principle.principleId}
              coverage={principle}
              description={descriptions.get(principle.principleId) ?? ''}
              left={left}
              number={col + 1}
              active={col === activeCol}
              colIndex={col + 2}
            />
          );
        }
        const story = stories[col]!;
        return (
          <StoryHeader
            key={story.id}
            story={story}
            stretched={stretched.has(story.id)}
            rehearsals={rehearsed.get(story.id) ?? 0}
            left={left}
            number={col + 1}
            active={col === activeCol}
            colIndex={col + 2}
          />
        );
      }}
      renderRowHeader={(row) => {
        if (swapped) {
          const story = stories[row]!;
          return (
            <StoryHeader
              story={story}
              stretched={stretched.has(story.id)}
              rehearsals={rehearsed.get(story.id) ?? 0}
              colIndex={1}
            />
          );
        }
        const principle = principles[row]!;
        return (
          <PrincipleHeader
            coverage={principle}
            description={descriptions.get(principle.principleId) ?? ''}
            colIndex={1}
          />
        );
      }}
      renderCell={(row, col, left, tabbable) => {
        const { principle, story } = at(row, col);
        if (!principle || !story) return null;
        const strength = strengthOf(story, principle.principleId);
        return (
          <MatrixCell
            key={col}
            row={row}
            col={col}
            left={left}
            tabbable={tabbable}
            strength={strength}
            label={cellLabel(principle.name, story.title, strength)}
            tone={principle.state}
          />
        );
      }}
    />
  );
}
