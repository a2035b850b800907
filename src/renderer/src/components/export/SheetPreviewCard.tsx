import { useEffect, useRef } from 'react';
import type { SheetField } from '../../../../core/portability/sheet-fields';
import type { SheetImportMode } from '../../../../core/portability/sheet-merge';
import { plural } from '../../../../core/quality/text';
import { SheetColumns } from './SheetColumns';
import { SheetPrinciples } from './SheetPrinciples';
import { SheetRows } from './SheetRows';
import { unitWord, type PendingSheet } from './use-sheet-import';

interface SheetPreviewCardProps {
  pending: PendingSheet;
  onMap: (index: number, field: SheetField) => void;
  onPrinciple: (key: string, choice: string) => void;
  onSheet: (sheet: string) => void;
  onImport: (mode: SheetImportMode) => void;
  onCancel: () => void;
}

/** A table of stories as it will import: its columns, first rows, principles and bad rows. */
export function SheetPreviewCard(props: SheetPreviewCardProps) {
  const { pending, onImport, onCancel } = props;
  const { preview, busy } = pending;
  const unit = unitWord(pending);
  const importing = busy === 'add' || busy === 'merge';
  const nothing = preview.importable === 0;
  const source = pending.fileName ? `“${pending.fileName}”` : 'The pasted cells';
  const heading = useRef<HTMLHeadingElement>(null);
  // The paste box the person pressed in is gone now: their place is the preview, not the top.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) {
      heading.current?.focus();
    }
  }, []);

  return (
    <section
      className="import-preview sheet-preview"
      aria-labelledby="sheet-preview-heading"
      aria-busy={busy !== null}
    >
      <h3
        id="sheet-preview-heading"
        ref={heading}
        tabIndex={-1}
        className="import-preview__heading"
      >
        {source} {pending.fileName ? 'holds' : 'hold'}{' '}
        {plural(preview.importable, 'story', 'stories')} to import
        {preview.skipped.length > 0 &&
          `, ${preview.skipped.length} ${unit.toLowerCase()}${preview.skipped.length === 1 ? '' : 's'} not`}
      </h3>
      <p className="import-preview__intro">
        Principles are matched to “{preview.setName}”. Nothing changes until you add them; your bank
        is backed up first.
      </p>
      {preview.sheets.length > 1 && (
        <p className="sheet-preview__sheet">
          <label htmlFor="sheet-preview-sheet">Sheet</label>
          <select
            id="sheet-preview-sheet"
            className="export-select"
            value={preview.sheet ?? ''}
            onChange={(event) => props.onSheet(event.target.value)}
          >
            {preview.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </p>
      )}
      <SheetColumns columns={preview.columns} onMap={props.onMap} />
      <SheetRows preview={preview} unit={unit} />
      <SheetPrinciples preview={preview} unit={unit} onChoose={props.onPrinciple} />
      {preview.skipped.length > 0 && (
        <div className="sheet-preview__block">
          <h4 className="sheet-preview__subheading" id="sheet-skipped-heading">
            Not imported
          </h4>
          <ul className="sheet-skipped" aria-labelledby="sheet-skipped-heading">
            {preview.skipped.map(({ row, reason }) => (
              <li key={row}>
                {unit} {row}: {reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.matchingBank.length > 0 && (
        <p className="sheet-preview__note">
          {plural(preview.matchingBank.length, 'story is', 'stories are')} titled like a story in
          your bank ({unit.toLowerCase()} {preview.matchingBank.join(', ')}). “Merge by title” fills
          in what those stories lack and changes nothing they have; “Add” makes them new stories.
        </p>
      )}
      {pending.error && (
        <p role="alert" className="inline-error import-preview__error">
          {pending.error}
        </p>
      )}
      <div className="import-preview__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={importing || nothing}
          onClick={() => !importing && !nothing && onImport('add')}
        >
          {busy === 'add' ? 'Adding…' : `Add ${plural(preview.importable, 'story', 'stories')}`}
        </button>
        {preview.matchingBank.length > 0 && (
          <button
            type="button"
            className="button"
            aria-disabled={importing}
            onClick={() => !importing && onImport('merge')}
          >
            {busy === 'merge' ? 'Merging…' : 'Merge by title'}
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-disabled={importing}
          onClick={() => !importing && onCancel()}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
