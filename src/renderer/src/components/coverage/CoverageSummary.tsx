import type { ReactNode } from 'react';
import type { CoverageReport, CoverageState } from '../../../../core/coverage/coverage';
import { recencyNote } from '../../../../core/coverage/presentation';

interface CoverageSummaryProps {
  report: CoverageReport;
  recencyYears: number;
  /** The Targets control: it says what "covered" means, so it sits beside the count. */
  targets: ReactNode;
}

const STATES: CoverageState[] = ['gap', 'thin', 'covered'];

/**
 * The answer in one line ("12 of 16 covered, 3 thin, 1 gap"), a bar that shows the same
 * split at a glance, and what the bank lacks as a whole (a failure story, recent stories).
 */
export function CoverageSummary({ report, recencyYears, targets }: CoverageSummaryProps) {
  const total = report.principles.length;
  const notes = [
    ...report.bankGaps.map((gap) => gap.message),
    recencyNote(report, recencyYears),
  ].filter((note): note is string => Boolean(note));
  return (
    <div className="cov-summary">
      <div className="cov-summary__line">
        <p className="cov-summary__text" aria-live="polite">
          {report.summary}
        </p>
        {total > 0 && (
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
      {notes.length > 0 && (
        <ul className="cov-summary__notes" aria-label="Gaps across the bank">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
