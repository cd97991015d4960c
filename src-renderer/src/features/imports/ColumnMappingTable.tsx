/**
 * Each column of the file, a few of its values, and the field it goes to
 * under its readable name, with why the importer chose it. A field another
 * column holds says so in the list, so picking it is never a surprise.
 *
 * The rows scroll inside their box and only those in view are mounted
 * (components/use-row-window.ts): a 5,000-column file mounted 5,000 rows of
 * a 40-option list each, and froze the page for 14 s.
 */
import { useRef } from 'react';
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';
import { useRowWindow } from '../../components/use-row-window';
import { destinationValue, fieldName, IGNORE_COLUMN, KEEP_AS_EXTRA } from './field-names';

interface Props {
  preview: ImportPreviewDto;
  /** The columns to list (indexes into preview.columns, in file order): all, or those a search found. */
  shown: readonly number[];
  busy: boolean;
  onChoose: (header: string, target: string) => void;
}

const COLUMNS = 3;

export function ColumnMappingTable({ preview, shown, busy, onChoose }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(shown.length, scrollRef);
  const holder = new Map(preview.columns.flatMap((c) => (c.field !== null && !c.ignored ? [[c.field, c.header] as const] : [])));
  const clashing = new Set(preview.conflicts.flatMap((c) => [c.chosen, c.displaced]));
  return (
    <div className="import-panel__columns" ref={scrollRef}>
      <table className="import-panel__table" data-testid="import-columns">
        <caption className="visually-hidden">Each column of the file, examples of its values, and the field it goes to</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Examples</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {rows.padTop > 0 && <SpacerRow height={rows.padTop} />}
          {rows.indexes.map((at) => {
            const c = preview.columns[shown[at]!]!;
            return (
              <tr
                key={c.index}
                ref={rows.virtual ? rows.measure : undefined}
                data-index={at}
                className={clashing.has(c.header) ? 'import-panel__row--conflict' : undefined}
                data-testid="import-column"
              >
                <th scope="row">{c.header}</th>
                <td className="import-panel__examples" data-testid="import-column-examples">
                  {c.examples.length > 0 ? (
                    c.examples.map((e) => (
                      <span key={e} className="import-panel__example" title={e}>
                        {e}
                      </span>
                    ))
                  ) : (
                    <span className="jobs__muted">empty in the first rows</span>
                  )}
                </td>
                <td>
                  <select className="control" value={destinationValue(c)} aria-label={`Field for column ${c.header}`} disabled={busy} onChange={(e) => onChoose(c.header, e.target.value)}>
                    {preview.fields.map((f) => {
                      const other = holder.get(f);
                      const taken = other !== undefined && other !== c.header;
                      return (
                        <option key={f} value={f}>
                          {fieldName(f, preview.fieldLabels)}
                          {taken ? ` (now ${other})` : ''}
                        </option>
                      );
                    })}
                    <option value={KEEP_AS_EXTRA}>Keep as an extra field</option>
                    <option value={IGNORE_COLUMN}>Ignore this column</option>
                  </select>
                  {/* Why the importer chose this, visible rather than in a tooltip: a refused guess is the thing to check. */}
                  <span className="import-panel__reason" data-testid="import-column-reason">
                    {c.reason}
                  </span>
                </td>
              </tr>
            );
          })}
          {rows.padBottom > 0 && <SpacerRow height={rows.padBottom} />}
          {shown.length === 0 && (
            <tr>
              <td colSpan={COLUMNS} className="jobs__muted" data-testid="import-columns-none">
                No column’s name or field contains that.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
