import type { ReactNode } from 'react';
import type { CoverageReport, CoverageState } from '../../../../core/coverage/coverage';

interface CoverageSummaryProps {
  report: CoverageReport;
  /** Stories that count under the filters: with none, there is no split to draw yet. */
  counted: number;
  /** The Targets control: it says what "covered" means, so it sits beside the count. */
  targets: ReactNode;
}

const STATES: CoverageState[] = ['gap', 'thin', 'covered'];

/**
 * The answer in one line ("12 of 16 covered, 3 thin, 1 gap") and a bar that shows the same
 * split at a glance. What the bank lacks as a whole is said under Write next, where it is
 * acted on, so this stays one line above the grid.
 */
export function CoverageSummary({ report, counted, targets }: CoverageSummaryProps) {
  const total = report.principles.length;
  return (
    <div className="cov-summary">
      <div className="cov-summary__line">
        <p className="cov-summary__text" aria-live="polite">
          {report.summary}
        </p>
        {total > 0 && counted > 0 && (
          <div className="cov-summary__bar" aria-hidden="true">
            {STATES.map((state) =>
              report.counts[state] ? (
                <span
                  key={state}
                  className={`cov-summary__part cov-head--${state}`}
                  style={{ flexGrow: report.counts[state] }}
                />
              ) : null,
            )}
          </div>
        )}
        {targets}
      </div>
    </div>
  );
}
