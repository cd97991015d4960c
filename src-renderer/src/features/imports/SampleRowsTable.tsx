/**
 * The file's first rows (at most 20) as they are, each column headed by the
 * field it goes to under its readable name and, beneath, the file's own
 * header: what the analyst checks before anything is written.
 */
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';
import { destinationName } from './field-names';

export function SampleRowsTable({ preview }: { preview: ImportPreviewDto }) {
  if (preview.sampleRows.length === 0) return null;
  const caption = `The first ${preview.sampleRows.length} ${preview.sampleRows.length === 1 ? 'row' : 'rows'} of ${preview.file}, under the fields they go to`;
  return (
    <section className="import-panel__rows" aria-label={caption}>
      <h4 className="import-panel__subheading">
        First {preview.sampleRows.length} {preview.sampleRows.length === 1 ? 'row' : 'rows'}
      </h4>
      <div className="import-panel__rows-scroll" tabIndex={0} role="region" aria-label="First rows, scrollable">
        <table className="import-panel__table import-panel__table--rows" data-testid="import-sample-rows">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {preview.columns.map((c) => (
                <th key={c.index} scope="col" className={c.ignored ? 'import-panel__col--ignored' : undefined} data-testid="import-sample-heading">
                  <span className="import-panel__field-name">{destinationName(c, preview.fieldLabels)}</span>
                  <span className="import-panel__file-header">{c.header}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row) => (
              <tr key={row.rowNumber} data-testid="import-sample-row">
                <td className="import-panel__row-number">{row.rowNumber}</td>
                {row.cells.map((cell, i) => (
                  <td key={i} className={preview.columns[i]?.ignored ? 'import-panel__col--ignored' : undefined} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
