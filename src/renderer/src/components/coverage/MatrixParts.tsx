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
 * the headers whose counts changed, not the hundreds of cells around them. Column headers are
 * numbers (the key under the grid names them in full), so 20 stories fit beside the principles
 * and no title is ever cut; row headers carry the full name and wrap.
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
  /** Set when principles are the columns (rows and columns swapped): then it shows a number. */
  left?: number;
  number?: number;
  active?: boolean;
  colIndex: number;
}

/** A principle as a row header (state icon, full name, count) or, swapped, a numbered column. */
export const PrincipleHeader = memo(
  function PrincipleHeader(props: PrincipleHeaderProps) {
    const { coverage, description, left, colIndex } = props;
    const label = principleHeaderLabel(coverage);
    const icon = (
      <span className={`cov-icon cov-icon--${coverage.state}`} aria-hidden="true">
        {STATE_ICON[coverage.state]}
      </span>
    );
    const title = description ? `${label}\n${description}` : label;
    if (left !== undefined) {
      return (
        <div
          role="columnheader"
          aria-colindex={colIndex}
          aria-label={label}
          title={title}
          className={`cov-colhead cov-head--${coverage.state}${props.active ? ' is-active' : ''}`}
          style={{ left }}
        >
          {icon}
          {/* Not hidden: a header needs text of its own; its name (the label) says it in full. */}
          <span className="cov-num">{props.number}</span>
        </div>
      );
    }
    return (
      <div
        role="rowheader"
        aria-colindex={colIndex}
        aria-label={label}
        title={title}
        className={`cov-rowhead cov-head--${coverage.state}`}
      >
        {icon}
        <span className="cov-rowhead__name">{coverage.name}</span>
        {/* The bare count; the header's name says it in full ("2 stories (1 distinct)"). */}
        <span className="cov-rowhead__count" aria-hidden="true">
          {coverage.storyIds.length}
        </span>
      </div>
    );
  },
  // Coverage objects are new after every count; what the header shows is what matters.
  (a, b) =>
    a.left === b.left &&
    a.number === b.number &&
    a.active === b.active &&
    a.colIndex === b.colIndex &&
    a.description === b.description &&
    principleHeaderLabel(a.coverage) === principleHeaderLabel(b.coverage),
);

interface StoryHeaderProps {
  story: Story;
  stretched: boolean;
  rehearsals: number;
  /** Set when stories are the columns: then the header is the story's number. */
  left?: number;
  number?: number;
  active?: boolean;
  colIndex: number;
}

/**
 * A story as a numbered column header (ready or draft in the number's colour, an outline when
 * stretched) or, swapped, as a row header with its title, status and rehearsals.
 */
export const StoryHeader = memo(function StoryHeader(props: StoryHeaderProps) {
  const { story, stretched, rehearsals, left, colIndex } = props;
  const label = storyHeaderLabel(story, stretched, rehearsals);
  if (left !== undefined) {
    return (
      <div
        role="columnheader"
        aria-colindex={colIndex}
        aria-label={label}
        title={label}
        className={`cov-colhead${props.active ? ' is-active' : ''}`}
        style={{ left }}
      >
        <span
          className={`cov-num cov-num--${story.status}${stretched ? ' cov-num--stretched' : ''}`}
        >
          {props.number}
        </span>
      </div>
    );
  }
  return (
    <div
      role="rowheader"
      aria-colindex={colIndex}
      aria-label={label}
      title={label}
      className={`cov-rowhead cov-story${stretched ? ' cov-story--stretched' : ''}`}
    >
      <span className="cov-rowhead__name cov-rowhead__name--clamped">{story.title}</span>
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
