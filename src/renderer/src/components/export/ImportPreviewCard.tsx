import { useRef, useState } from 'react';
import { ReplaceConfirm } from './ReplaceConfirm';
import { setName, type ImportMode, type PendingImport } from './use-bank-import';

/** Titles shown per list; the rest are counted. */
const TITLES_SHOWN = 8;

function TitleList({ label, titles }: { label: string; titles: readonly string[] }) {
  if (titles.length === 0) return null;
  const more = titles.length - TITLES_SHOWN;
  return (
    <div className="import-preview__titles">
      <span className="import-preview__titles-label">{label}</span>
      <ul aria-label={label}>
        {titles.slice(0, TITLES_SHOWN).map((title, index) => (
          <li key={index}>{title}</li>
        ))}
        {more > 0 && <li className="muted">and {more} more</li>}
      </ul>
    </div>
  );
}

interface ImportPreviewCardProps {
  pending: PendingImport;
  onImport: (mode: ImportMode) => void;
  onCancel: () => void;
}

/** What a merge would do with the file, and the three ways on from here. */
export function ImportPreviewCard({ pending, onImport, onCancel }: ImportPreviewCardProps) {
  const { preview, importing } = pending;
  const [confirming, setConfirming] = useState(false);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const sets = preview.addedSets.map((id) => setName(pending.file, id));
  const busy = importing !== null;

  function stepBack() {
    setConfirming(false);
    // Back to where the person was, not to the top of the page.
    requestAnimationFrame(() => replaceButton.current?.focus());
  }

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" className="import-preview__heading">
        “{pending.fileName}” holds {preview.totalInFile}{' '}
        {preview.totalInFile === 1 ? 'story' : 'stories'}
      </h3>
      <p className="import-preview__intro">A merge keeps your bank and, story by story:</p>
      <dl className="import-preview__counts">
        <div>
          <dt>Added</dt>
          <dd>{preview.added.length}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{preview.changed.length}</dd>
        </div>
        <div>
          <dt>Kept</dt>
          <dd>{preview.kept}</dd>
        </div>
        <div>
          <dt>Sets added</dt>
          <dd>{sets.length}</dd>
        </div>
      </dl>
      <TitleList label="Added" titles={preview.added} />
      <TitleList label="Updated (the file’s copy is newer)" titles={preview.changed} />
      <TitleList label="Principle sets added" titles={sets} />
      {pending.error && (
        <p role="alert" className="inline-error import-preview__error">
          {pending.error}
        </p>
      )}
      {confirming ? (
        <ReplaceConfirm
          storyCount={preview.totalInFile}
          busy={importing === 'replace'}
          onConfirm={() => onImport('replace')}
          onCancel={stepBack}
        />
      ) : (
        <div className="import-preview__actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={() => !busy && onImport('merge')}
          >
            {importing === 'merge' ? 'Merging…' : 'Merge into my bank'}
          </button>
          <button
            ref={replaceButton}
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => !busy && setConfirming(true)}
          >
            Replace my bank
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => !busy && onCancel()}
          >
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
