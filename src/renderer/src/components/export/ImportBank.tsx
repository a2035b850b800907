import { useRef } from 'react';
import { ImportPreviewCard } from './ImportPreviewCard';
import { OptionRow } from './OptionRow';
import { SheetImport } from './SheetImport';
import { useBankImport } from './use-bank-import';

/** Both ways in: stories kept elsewhere (a spreadsheet, Markdown), and a Storybank file. */
export function ImportBank() {
  return (
    <>
      <SheetImport />
      <ImportBankFile />
    </>
  );
}

/** Pick a bank file, see what it would change, then merge or replace. */
function ImportBankFile() {
  const { state, choose, importAs, cancel } = useBankImport();
  const input = useRef<HTMLInputElement>(null);
  // Emptied once a file is dealt with, so picking the same file again is noticed.
  const clearInput = () => {
    if (input.current) input.current.value = '';
  };

  return (
    <OptionRow
      id="bank-import"
      label="Import a bank file"
      hint="A backup or JSON export from any Storybank. You see what changes before anything does."
      below={
        <>
          {state.kind === 'preview' && (
            <ImportPreviewCard
              pending={state}
              onImport={(mode) => void importAs(mode).then(clearInput)}
              onCancel={() => {
                cancel();
                clearInput();
              }}
            />
          )}
          {state.kind === 'failed' ? (
            <p role="alert" className="export-outcome inline-error">
              {state.message}
            </p>
          ) : (
            <p role="status" className="export-outcome">
              {state.kind === 'reading'
                ? `Reading “${state.fileName}”…`
                : state.kind === 'done'
                  ? state.message
                  : ''}
            </p>
          )}
        </>
      }
    >
      <label className="file-pick">
        <span className="visually-hidden">Choose a Storybank backup or export</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="file-pick__input"
          aria-describedby="bank-import-hint"
          disabled={state.kind === 'preview' && state.importing !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file).then((previewed) => previewed || clearInput());
          }}
        />
      </label>
    </OptionRow>
  );
}
