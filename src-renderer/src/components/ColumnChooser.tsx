/**
 * "Columns": which of a record's fields and imported extra fields the grid
 * shows, as a disclosure of checkboxes. Both sort and filter on the server.
 */
import type { Entity } from '../../../src-main/contract/dto';
import { EXTRA_PREFIX, fieldColumnsFor } from '../lib/grid-columns';
import './GridTools.css';

interface Props {
  entity: Entity;
  /** Columns the grid always shows (not offered). */
  fixed: readonly string[];
  extraFields: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

export function ColumnChooser({ entity, fixed, extraFields, chosen, onChange }: Props) {
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const fields = fieldColumnsFor(entity).filter((c) => !fixed.includes(c.id));
  const count = chosen.length;
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary className="button button--ghost">Columns{count > 0 ? ` (${count} added)` : ''}</summary>
      <div className="column-chooser__menu" role="group" aria-label="Columns to show">
        <fieldset>
          <legend>Fields</legend>
          {fields.map((c) => (
            <label key={c.id} className="column-chooser__option">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        {extraFields.length > 0 && (
          <fieldset>
            <legend>Imported extra fields</legend>
            {extraFields.map((header) => (
              <label key={header} className="column-chooser__option">
                <input type="checkbox" checked={chosen.includes(EXTRA_PREFIX + header)} onChange={() => toggle(EXTRA_PREFIX + header)} />
                {header}
              </label>
            ))}
          </fieldset>
        )}
        {count > 0 && (
          <button type="button" className="button button--ghost button--small" onClick={() => onChange([])}>
            Reset columns
          </button>
        )}
      </div>
    </details>
  );
}
