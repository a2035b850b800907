import { useRef, useState } from 'react';
import { OptionRow } from './OptionRow';
import { SheetPreviewCard } from './SheetPreviewCard';
import { useSheetImport } from './use-sheet-import';
import './sheet-import.css';

const ACCEPT =
  '.csv,.tsv,.tab,.xlsx,.md,.markdown,text/csv,text/tab-separated-values,text/markdown';

/** Stories from a spreadsheet, a Notion or Markdown export, or cells pasted from a sheet. */
export function SheetImport() {
  const sheet = useSheetImport();
  const { state } = sheet;
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const clearInput = () => {
    if (input.current) input.current.value = '';
  };
  const busy = state.kind === 'preview' && state.busy !== null && state.busy !== 'preview';

  return (
    <OptionRow
      id="sheet-import"
      label="Bring in stories from a spreadsheet"
      hint="A .csv, .tsv or .xlsx (Google Sheets, Excel, a Notion export) with a story a row, or a Markdown file with a story a heading. You see them as they will import, and choose, before anything changes."
      below={
        <>
          {pasting && state.kind !== 'preview' && (
            <form
              className="sheet-paste"
              onSubmit={(event) => {
                event.preventDefault();
                if (pasted.trim()) void sheet.previewPasted(pasted);
              }}
            >
              <label htmlFor="sheet-paste-text" className="sheet-paste__label">
                Cells copied from a spreadsheet, header row first
              </label>
              <textarea
                id="sheet-paste-text"
                className="text-input sheet-paste__text"
                rows={5}
                spellCheck={false}
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
              />
              <div className="import-preview__actions">
                <button type="submit" className="button" aria-disabled={!pasted.trim()}>
                  Preview pasted cells
                </button>
              </div>
            </form>
          )}
          {state.kind === 'preview' && (
            <SheetPreviewCard
              pending={state}
              onMap={sheet.mapColumn}
              onPrinciple={sheet.choosePrinciple}
              onSheet={sheet.chooseSheet}
              onImport={(mode) =>
                void sheet.importAs(mode).then(() => {
                  clearInput();
                  input.current?.focus();
                })
              }
              onCancel={() => {
                sheet.cancel();
                clearInput();
                // The card and its Cancel button are gone: back to where a file is chosen.
                input.current?.focus();
              }}
            />
          )}
          {state.kind === 'failed' ? (
            <p role="alert" className="export-outcome inline-error">
              {state.message}
            </p>
          ) : (
            <div role="status" className="export-outcome">
              {state.kind === 'reading' && `Reading ${state.what}…`}
              {state.kind === 'done' && (
                <>
                  <p className="sheet-done">{state.message}</p>
                  {state.skipped.length > 0 && (
                    <ul className="sheet-skipped" aria-label={`${state.unit}s not imported`}>
                      {state.skipped.map(({ row, reason }) => (
                        <li key={row}>
                          {state.unit} {row} not imported: {reason}.
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </div>
          )}
        </>
      }
    >
      <div className="sheet-pick">
        <label className="file-pick">
          <span className="visually-hidden">Choose a spreadsheet or Markdown file</span>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            className="file-pick__input"
            aria-describedby="sheet-import-hint"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void sheet.chooseFile(file).then((shown) => shown || clearInput());
            }}
          />
        </label>
        <button
          type="button"
          className="button button--link sheet-pick__paste"
          aria-expanded={pasting}
          aria-controls="sheet-paste-text"
          onClick={() => setPasting((open) => !open)}
        >
          {pasting ? 'Hide the paste box' : 'Paste cells instead'}
        </button>
      </div>
    </OptionRow>
  );
}
