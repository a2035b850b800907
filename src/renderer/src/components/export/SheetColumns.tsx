import {
  FIELD_LABELS,
  SHEET_FIELDS,
  type SheetField,
} from '../../../../core/portability/sheet-fields';
import type { SheetPreview } from '../../../../shared/contract';

const oneLine = (text: string) => {
  // Lines of a cell shown apart, so two principles on two lines don't read as one.
  const line = text
    .replace(/\s*\n\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/** Each column of the file and the story field it fills, which the person may change. */
export function SheetColumns({
  columns,
  onMap,
}: {
  columns: SheetPreview['columns'];
  onMap: (index: number, field: SheetField) => void;
}) {
  return (
    <div className="sheet-preview__block">
      <table className="sheet-table sheet-columns">
        <caption className="sheet-preview__subheading">Columns</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Imports as</th>
            <th scope="col">First value</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr
              key={index}
              className={column.field === 'ignore' ? 'sheet-columns__off' : undefined}
            >
              <th scope="row">{column.header}</th>
              <td>
                <select
                  className="export-select sheet-columns__select"
                  aria-label={`Imports “${column.header}” as`}
                  value={column.field}
                  onChange={(event) => onMap(index, event.target.value as SheetField)}
                >
                  {SHEET_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {FIELD_LABELS[field]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="sheet-columns__sample">
                {oneLine(column.sample) || <span className="muted">empty</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
