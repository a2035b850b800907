import { summaryLine } from './pack-options';
import type { ExportState } from './use-pack-export';
import type { SummaryState } from './use-pack-summary';

interface PackExportBarProps {
  summary: SummaryState;
  blocked: string | null;
  state: ExportState;
  onExport: () => void;
}

/** The summary of the pack, its file name, the button, and what the last export did. */
export function PackExportBar({ summary, blocked, state, onExport }: PackExportBarProps) {
  const busy = state.kind === 'exporting';
  const { summary: shown } = summary;
  const stale = summary.stale ? ' is-stale' : '';
  return (
    <div className="export-bar">
      {summary.error ? (
        <p className="export-bar__line inline-error">{summary.error}</p>
      ) : (
        <p className={`export-bar__line${stale}`} aria-live="polite">
          {shown ? summaryLine(shown) : 'Working out the pack…'}
        </p>
      )}
      <p className={`export-bar__file${stale}`}>
        {shown ? <code>{shown.fileName}</code> : <span aria-hidden="true">&nbsp;</span>}
      </p>
      <button
        type="button"
        className="button button--primary export-bar__button"
        aria-disabled={busy || blocked !== null}
        aria-describedby={blocked ? 'export-blocked' : undefined}
        onClick={() => !busy && !blocked && onExport()}
      >
        {busy ? 'Exporting…' : 'Export prep pack'}
      </button>
      <div className="export-bar__outcome">
        {blocked ? (
          <p id="export-blocked" className="export-bar__reason">
            {blocked}
          </p>
        ) : state.kind === 'failed' ? (
          <p role="alert" className="inline-error">
            {state.message}
          </p>
        ) : (
          <p role="status">{outcomeText(state)}</p>
        )}
      </div>
    </div>
  );
}

function outcomeText(state: ExportState): string {
  switch (state.kind) {
    case 'exporting':
      return 'Exporting… a large bank takes a few seconds.';
    case 'saved':
      return `Saved to ${state.path}`;
    case 'downloaded':
      return `Downloaded “${state.fileName}”.`;
    default:
      return '';
  }
}
