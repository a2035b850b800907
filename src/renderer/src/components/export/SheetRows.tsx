import type { SheetPreview } from '../../../../shared/contract';

const clip = (text: string, length = 140) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

const PARTS = [
  ['S', 'situation'],
  ['T', 'task'],
  ['A', 'action'],
  ['R', 'result'],
] as const;

/** The first rows exactly as they will become stories. */
export function SheetRows({ preview, unit }: { preview: SheetPreview; unit: string }) {
  if (preview.rows.length === 0) return null;
  const more = preview.importable - preview.rows.length;
  return (
    <div
      className="sheet-preview__block sheet-rows__scroll"
      tabIndex={0}
      role="group"
      aria-labelledby="sheet-rows-caption"
    >
      <table className="sheet-table sheet-rows">
        <caption id="sheet-rows-caption" className="sheet-preview__subheading">
          {preview.rows.length === preview.importable
            ? 'The stories as they will be imported'
            : `The first ${preview.rows.length} stories as they will be imported (${more} more)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{unit}</th>
            <th scope="col">Story</th>
            <th scope="col">Principles</th>
            <th scope="col">STAR</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row}>
              <td className="sheet-rows__number">{row.row}</td>
              <th scope="row" className="sheet-rows__story">
                <span className="sheet-rows__title">{row.title}</span>
                <span className="sheet-rows__facts">
                  {[row.company, row.role, row.when, row.status === 'ready' ? 'ready' : 'draft']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {row.tags.length > 0 && (
                  <span className="sheet-rows__facts">Tags: {row.tags.join(', ')}</span>
                )}
              </th>
              <td>
                {row.principles.length ? (
                  <ul className="sheet-rows__principles">
                    {row.principles.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
              <td>
                <dl className="sheet-rows__parts">
                  {PARTS.map(([letter, field]) => (
                    <div key={field}>
                      <dt>{letter}</dt>
                      <dd>{clip(row[field]) || <span className="muted">empty</span>}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
