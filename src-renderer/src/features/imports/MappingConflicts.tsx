/**
 * Two columns claiming one field, said plainly with the choice to make
 * (issue 11, item 4): the column the user mapped onto the field, or the one
 * the importer had matched. The import waits until each is settled.
 */
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';
import { fieldName } from './field-names';

type Conflict = ImportPreviewDto['conflicts'][number];

interface Props {
  preview: ImportPreviewDto;
  busy: boolean;
  onSettle: (conflict: Conflict, keep: 'chosen' | 'displaced') => void;
}

export function MappingConflicts({ preview, busy, onSettle }: Props) {
  if (preview.conflicts.length === 0) return null;
  return (
    <div className="import-panel__conflicts" role="alert" data-testid="import-conflicts">
      {preview.conflicts.map((c) => {
        const field = fieldName(c.field, preview.fieldLabels);
        return (
          <div key={c.field} className="import-panel__conflict" data-testid="import-conflict">
            <p>
              <strong>{field}</strong> is claimed by two columns: “{c.chosen}” (your choice) and “{c.displaced}” (the importer’s match). Which one
              fills {field}? The other is kept as an extra field.
            </p>
            <div className="import-panel__conflict-actions">
              <button type="button" className="button" disabled={busy} onClick={() => onSettle(c, 'chosen')}>
                Use “{c.chosen}”
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => onSettle(c, 'displaced')}>
                Use “{c.displaced}”
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
