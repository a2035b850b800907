import type { SheetPreview } from '../../../../shared/contract';
import { useBankApi } from '../../lib/bank-context';

/** Principle names the file gives that the active set lacks: map each, drop it, or keep it. */
export function SheetPrinciples({
  preview,
  unit,
  onChoose,
}: {
  preview: SheetPreview;
  unit: string;
  onChoose: (key: string, choice: string) => void;
}) {
  const { bank } = useBankApi().view;
  if (preview.unmatched.length === 0) return null;
  const set = bank.principleSets.find((candidate) => candidate.id === bank.activeSetId);
  return (
    <div className="sheet-preview__block">
      <h4 className="sheet-preview__subheading" id="sheet-unmatched-heading">
        Principles not in “{preview.setName}”
      </h4>
      <p className="sheet-preview__note">
        Map each to a principle or leave it out. Until you choose, it is kept as a tag so nothing is
        lost.
      </p>
      <ul className="sheet-unmatched" aria-labelledby="sheet-unmatched-heading">
        {preview.unmatched.map((item) => {
          const id = `sheet-unmatched-${item.key.replace(/[^a-z0-9]+/g, '-')}`;
          return (
            <li key={item.key} className="sheet-unmatched__item">
              <label htmlFor={id} className="sheet-unmatched__text">
                “{item.text}”{' '}
                <span className="muted">
                  ({unit.toLowerCase()}
                  {item.rows.length > 1 ? 's' : ''} {item.rows.join(', ')})
                </span>
              </label>
              <select
                id={id}
                className="export-select"
                value={item.choice}
                onChange={(event) => onChoose(item.key, event.target.value)}
              >
                <option value="tag">Keep as a tag</option>
                <option value="drop">Leave out</option>
                <optgroup label={`Map to a principle of “${preview.setName}”`}>
                  {set?.principles.map((principle) => (
                    <option key={principle.id} value={principle.id}>
                      {principle.name}
                    </option>
                  ))}
                </optgroup>
              </select>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
