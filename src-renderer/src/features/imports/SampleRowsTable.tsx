/**
 * The file's first rows (at most 20) as they are, each column headed by the
 * field it goes to under its readable name and, beneath, the file's own
 * header: what the analyst checks before anything is written.
 *
 * Of a wide file it shows the first SAMPLE_COLUMNS of the columns the mapping
 * lists (all, or those "Find a column" found): 20 rows of 5,000 columns were
 * 100,000 cells to lay out, for a table no one scrolls to its end.
 */
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';
import { destinationName } from './field-names';

/** Columns of the first rows shown at most. */
export const SAMPLE_COLUMNS = 40;

export function SampleRowsTable({ preview, shown }: { preview: ImportPreviewDto; shown: readonly number[] }) {
  if (preview.sampleRows.length === 0) return null;
  const columns = shown.slice(0, SAMPLE_COLUMNS);
  const rowsWord = preview.sampleRows.length === 1 ? 'row' : 'rows';
  const caption = `The first ${preview.sampleRows.length} ${rowsWord} of ${preview.file}, under the fields they go to`;
  return (
    <section className="import-panel__rows" aria-label={caption}>
      <h4 className="import-panel__subheading">
        First {preview.sampleRows.length} {rowsWord}
      </h4>
      {columns.length === 0 && (
        <p className="jobs__muted" data-testid="import-sample-columns-note">
          No column found to show; clear “Find a column” to see the first rows.
        </p>
      )}
      {shown.length > columns.length && (
        <p className="jobs__muted" data-testid="import-sample-columns-note">
          Showing {formatCount(columns.length)} of {formatCount(shown.length)} {shown.length === preview.columns.length ? 'columns' : 'columns found'}; find a column above to see its values here.
        </p>
      )}
      {columns.length > 0 && (
        <div className="import-panel__rows-scroll" tabIndex={0} role="region" aria-label="First rows, scrollable">
          <table className="import-panel__table import-panel__table--rows" data-testid="import-sample-rows">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {columns.map((i) => {
                  const c = preview.columns[i]!;
                  return (
                    <th key={c.index} scope="col" className={c.ignored ? 'import-panel__col--ignored' : undefined} data-testid="import-sample-heading">
                      <span className="import-panel__field-name">{destinationName(c, preview.fieldLabels)}</span>
                      <span className="import-panel__file-header">{c.header}</span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.map((row) => (
                <tr key={row.rowNumber} data-testid="import-sample-row">
                  <td className="import-panel__row-number">{row.rowNumber}</td>
                  {columns.map((i) => {
                    const cell = row.cells[i] ?? '';
                    return (
                      <td key={i} className={preview.columns[i]?.ignored ? 'import-panel__col--ignored' : undefined} title={cell}>
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
