import { STRENGTH_MARK } from '../../../../core/coverage/presentation';
import { memo } from 'react';
import type { PrincipleCoverage } from '../../../../core/coverage/coverage';
import type { Story, Strength } from '../../../../core/model/schema';
import {
  principleHeaderLabel,
  STATE_ICON,
  storyHeaderLabel,
  STRETCHED_TEXT,
} from '../../lib/coverage-labels';

/**
 * The matrix's cells and headers, memoized on plain values: a toggle re-renders one cell and
 * the headers whose counts changed, not the hundreds of cells around them.
 */

interface CellProps {
  row: number;
  col: number;
  left: number;
  tabbable: boolean;
  strength: Strength | null;
  label: string;
  tone: PrincipleCoverage['state'];
}

export const MatrixCell = memo(function MatrixCell(props: CellProps) {
  const { strength } = props;
  return (
    <div
      role="gridcell"
      aria-colindex={props.col + 2}
      aria-label={props.label}
      tabIndex={props.tabbable ? 0 : -1}
      data-row={props.row}
      data-col={props.col}
      className={`cov-cell cov-cell--${props.tone}`}
      style={{ left: props.left }}
    >
      {strength && (
        <span className={`cov-mark cov-mark--${strength}`} aria-hidden="true">
          {STRENGTH_MARK[strength]}
        </span>
      )}
    </div>
  );
});

interface PrincipleHeaderProps {
  coverage: PrincipleCoverage;
  description: string;
  /** Set when principles are the columns (rows and columns swapped). */
  left?: number;
  colIndex: number;
}

/** A principle as a row header (name, count, state) or, swapped, as a column header. */
export const PrincipleHeader = memo(
  function PrincipleHeader({ coverage, description, left, colIndex }: PrincipleHeaderProps) {
    const label = principleHeaderLabel(coverage);
    const column = left !== undefined;
    const state = (
      <span className={`cov-state cov-state--${coverage.state}`}>
        <span aria-hidden="true">{STATE_ICON[coverage.state]}</span>
        <span className="cov-state__word">{coverage.state}</span>
      </span>
    );
    return (
      <div
        role={column ? 'columnheader' : 'rowheader'}
        aria-colindex={colIndex}
        aria-label={label}
        title={description ? `${label}\n${description}` : label}
        className={`${column ? 'cov-colhead' : 'cov-rowhead'} cov-head--${coverage.state}`}
        style={column ? { left } : undefined}
      >
        {!column && state}
        <span className={column ? 'cov-colhead__title' : 'cov-rowhead__name'}>{coverage.name}</span>
        {/* The bare count; the header's name says it in full ("2 stories (1 distinct)"). */}
        <span className={column ? 'cov-colhead__meta' : 'cov-rowhead__count'} aria-hidden="true">
          {coverage.storyIds.length}
        </span>
        {column && state}
      </div>
    );
  },
  // Coverage objects are new after every count; what the header shows is what matters.
  (a, b) =>
    a.left === b.left &&
    a.colIndex === b.colIndex &&
    a.description === b.description &&
    principleHeaderLabel(a.coverage) === principleHeaderLabel(b.coverage),
);

interface StoryHeaderProps {
  story: Story;
  stretched: boolean;
  rehearsals: number;
  left?: number;
  colIndex: number;
}

/** A story as a column header (title read upwards, status) or, swapped, as a row header. */
export const StoryHeader = memo(function StoryHeader(props: StoryHeaderProps) {
  const { story, stretched, rehearsals, left, colIndex } = props;
  const column = left !== undefined;
  const label = storyHeaderLabel(story, stretched, rehearsals);
  return (
    <div
      role={column ? 'columnheader' : 'rowheader'}
      aria-colindex={colIndex}
      aria-label={label}
      title={label}
      className={`${column ? 'cov-colhead' : 'cov-rowhead'} cov-story${stretched ? ' cov-story--stretched' : ''}`}
      style={column ? { left } : undefined}
    >
      <span className={column ? 'cov-colhead__title' : 'cov-rowhead__name'}>{story.title}</span>
      {stretched && (
        <span className="cov-flag" title={STRETCHED_TEXT} aria-hidden="true">
          !
        </span>
      )}
      <span className={`cov-status cov-status--${story.status}`} aria-hidden="true">
        {story.status === 'ready' ? 'Ready' : 'Draft'}
      </span>
      {rehearsals > 0 && (
        <span className="cov-rehearsed" aria-hidden="true">
          {rehearsals}×
        </span>
      )}
    </div>
  );
});
