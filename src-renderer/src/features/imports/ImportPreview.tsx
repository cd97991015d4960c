/**
 * The wizard's check before anything is written: what the importer
 * recognised, a remembered mapping it applied (with Reset), fields two
 * columns claim, each column's field with examples, the first rows under
 * their fields, the status values' outcomes, and the bytes the import will
 * store as � with their rows. Import waits while a conflict is unsettled.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { Entity, ImportPreviewDto, OutcomeChoice } from '../../../../src-main/contract/dto';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDateTime } from '../../lib/format';
import { ColumnMappingTable } from './ColumnMappingTable';
import { columnsMatching } from './field-names';
import { MappingConflicts } from './MappingConflicts';
import { existingSummary } from './record-keys';
import { replacedBytesText } from './replaced-bytes';
import { SampleRowsTable } from './SampleRowsTable';
import { StatusValuesTable } from './StatusValuesTable';

/** Files of more columns than this get "Find a column" above their mapping. */
const FIND_COLUMN_OVER = 12;
/** Files of more columns than this draw their tables after the rest (a smaller one draws them at once, without a placeholder). */
const DEFER_TABLES_OVER = 200;

export const fileSize = (bytes: number) => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`);

interface Props {
  preview: ImportPreviewDto;
  /** When the remembered mapping this preview started from was saved, or null. */
  templateSavedAt: string | null;
  busy: boolean;
  error: unknown;
  onColumn: (header: string, target: string) => void;
  onSettle: (conflict: ImportPreviewDto['conflicts'][number], keep: 'chosen' | 'displaced') => void;
  onOutcome: (value: string, choice: OutcomeChoice) => void;
  onEntity: (entity: Entity) => void;
  onResetTemplate: () => void;
  onStart: () => void;
  onCancel: () => void;
}

export function ImportPreview(props: Props) {
  const { preview: p, busy, error } = props;
  const delimiter = p.delimiter === '\t' ? 'tab' : `“${p.delimiter}”`;
  const existing = existingSummary(p.existing, p.entity);
  const replaced = replacedBytesText(p.replacedBytes, p.encoding);
  const unsettled = p.conflicts.length;
  const [query, setQuery] = useState('');
  // The two tables render from deferred values, which React renders in short slices after the rest: mounted with
  // the rest, a 5,000-column file's preview was one task of 110-160 ms, and each key of the search refilters
  // thousands of columns. The preview they show may lag the one above by a render; their indexes are their own.
  const tables = useDeferredValue<ImportPreviewDto | null>(p, p.columns.length > DEFER_TABLES_OVER ? null : undefined);
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => (tables ? columnsMatching(tables.columns, deferredQuery, tables.fieldLabels) : []), [tables, deferredQuery]);
  return (
    <div className="import-panel__preview" aria-busy={busy}>
      <p className="panel__subtitle" data-testid="import-summary">
        {p.preset ? `Recognised as ${p.preset}` : 'No known CRM export: columns are matched by their names'} · {fileSize(p.bytes)}, {p.encoding},{' '}
        {delimiter}-separated · rows are recognised by {p.identity}.
      </p>
      {props.templateSavedAt && (
        <p className="import-panel__template" data-testid="import-template">
          <span>Using your mapping from {formatDateTime(props.templateSavedAt)} for files laid out like this one.</span>
          <button type="button" className="button button--ghost" onClick={props.onResetTemplate} disabled={busy}>
            Reset to the importer’s mapping
          </button>
        </p>
      )}
      {existing && (
        <p className="panel__subtitle" data-testid="import-existing">
          {existing}
        </p>
      )}
      {replaced && (
        <div className="import-panel__replaced" role="note" data-testid="import-replaced-bytes">
          <p>{replaced.summary}</p>
          <p className="import-panel__replaced-rows">{replaced.rows}</p>
        </div>
      )}
      <label className="field field--inline-row">
        <span className="field__label">The rows are</span>
        <select value={p.entity} onChange={(e) => props.onEntity(e.target.value as Entity)} disabled={busy}>
          <option value="leads">leads (people)</option>
          <option value="companies">companies</option>
        </select>
      </label>
      <MappingConflicts preview={p} busy={busy} onSettle={props.onSettle} />
      {p.columns.length > FIND_COLUMN_OVER && (
        <label className="field import-panel__find">
          <span className="field__label">Find a column</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or field" data-testid="import-find-column" />
          <span className="field__hint" data-testid="import-find-count">
            {query.trim() === '' ? `${formatCount(p.columns.length)} columns` : `${formatCount(shown.length)} of ${formatCount(p.columns.length)} columns`}
          </span>
        </label>
      )}
      {tables === null ? (
        <p className="jobs__muted" aria-busy="true">
          Laying out {formatCount(p.columns.length)} columns…
        </p>
      ) : (
        <>
          <ColumnMappingTable preview={tables} shown={shown} busy={busy} onChoose={props.onColumn} />
          <SampleRowsTable preview={tables} shown={shown} />
        </>
      )}
      <StatusValuesTable preview={p} busy={busy} onChoose={props.onOutcome} />
      {p.rejected.length > 0 && (
        <p className="page__note">
          The first rows already reject {p.rejected.length}: {p.rejected.slice(0, 3).map((r) => `row ${r.rowNumber} (${r.reason})`).join(', ')}. The
          import keeps the good rows and lists every rejected one.
        </p>
      )}
      {error != null && <ErrorNotice error={error} />}
      <div className="import-panel__actions">
        {unsettled > 0 && (
          <span className="import-panel__blocked" data-testid="import-blocked">
            Choose which column fills {unsettled === 1 ? 'the field two columns claim' : `the ${unsettled} fields two columns claim`} to import.
          </span>
        )}
        <button type="button" className="button button--ghost" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={props.onStart} disabled={busy || unsettled > 0}>
          Import
        </button>
      </div>
    </div>
  );
}
