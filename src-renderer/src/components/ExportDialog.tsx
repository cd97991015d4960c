/**
 * The choices the command line's `export` has, before a CSV is written: its
 * flavour (CRM-exact, the default, or spreadsheet-safe) and which imported
 * extra columns follow the fixed ones (all, none, or picked from the
 * workspace's extra headers). A native modal <dialog>: the page behind is
 * inert, focus stays inside, Escape or Cancel closes it without writing.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportFlavour } from '../../../src-main/contract/dto';
import { formatCount } from '../lib/format';
import { FLAVOUR_CHOICES, MAX_PICKED_EXTRAS, type ExportChoices, type ExtraChoice } from './export-choices';

interface Props {
  /** What the export writes, as the button said it ("Export all 42 shown"). */
  title: string;
  /** The workspace's imported extra headers for the entity (what can be picked). */
  extraFields: readonly string[];
  initial: ExportChoices;
  onExport: (choices: ExportChoices) => void;
  onCancel: () => void;
}

export function ExportDialog({ title, extraFields, initial, onExport, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const [flavour, setFlavour] = useState<ExportFlavour>(initial.flavour);
  const [extraKind, setExtraKind] = useState<ExtraChoice['kind']>(initial.extras.kind);
  const [picked, setPicked] = useState<string[]>(initial.extras.kind === 'picked' ? [...initial.extras.headers] : []);
  const [find, setFind] = useState('');
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const pickedSet = useMemo(() => new Set(picked), [picked]);
  const shownFields = useMemo(() => {
    const needle = find.trim().toLowerCase();
    return needle === '' ? extraFields : extraFields.filter((h) => h.toLowerCase().includes(needle));
  }, [extraFields, find]);
  const full = picked.length >= MAX_PICKED_EXTRAS;
  const toggle = (header: string) =>
    // Kept in the workspace's order, whatever order they were ticked in: the file's columns read as the import had them.
    setPicked((p) => (p.includes(header) ? p.filter((h) => h !== header) : extraFields.filter((h) => h === header || p.includes(h))));
  const extras: ExtraChoice = extraKind === 'picked' ? { kind: 'picked', headers: picked } : { kind: extraKind };

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog panel"
      aria-labelledby={`${id}-heading`}
      data-testid="export-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClick={(event) => event.target === event.currentTarget && onCancel()}
    >
      <form
        method="dialog"
        className="export-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          onExport({ flavour, extras });
        }}
      >
        <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="panel__title">
          {title}
        </h3>
        <fieldset className="export-dialog__group">
          <legend>Format</legend>
          {FLAVOUR_CHOICES.map((choice) => (
            <label key={choice.value} className="export-dialog__choice">
              <input type="radio" name={`${id}-flavour`} value={choice.value} checked={flavour === choice.value} onChange={() => setFlavour(choice.value)} />
              <span>
                <span className="export-dialog__label">{choice.label}</span>
                <span className="export-dialog__hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-dialog__group">
          <legend>Imported extra columns</legend>
          <label className="export-dialog__choice">
            <input type="radio" name={`${id}-extras`} checked={extraKind === 'all'} onChange={() => setExtraKind('all')} />
            <span className="export-dialog__label">
              All that the rows have{extraFields.length > 0 ? ` (up to ${formatCount(MAX_PICKED_EXTRAS)})` : ''}
            </span>
          </label>
          <label className="export-dialog__choice">
            <input type="radio" name={`${id}-extras`} checked={extraKind === 'none'} onChange={() => setExtraKind('none')} />
            <span className="export-dialog__label">None</span>
          </label>
          <label className="export-dialog__choice">
            <input type="radio" name={`${id}-extras`} checked={extraKind === 'picked'} disabled={extraFields.length === 0} onChange={() => setExtraKind('picked')} />
            <span className="export-dialog__label">
              Choose{extraFields.length === 0 ? ' (the imports kept no extra columns)' : ` from ${formatCount(extraFields.length)}`}
            </span>
          </label>
          {extraKind === 'picked' && (
            <div className="export-dialog__picker">
              <div className="export-dialog__picker-tools">
                <input
                  type="search"
                  className="export-dialog__find"
                  value={find}
                  onChange={(event) => setFind(event.target.value)}
                  placeholder="Find a column"
                  aria-label="Find an extra column"
                />
                <span className="export-dialog__count" role="status">
                  {formatCount(picked.length)} of at most {formatCount(MAX_PICKED_EXTRAS)} chosen
                </span>
              </div>
              <ul className="export-dialog__fields" aria-label="Extra columns to export">
                {shownFields.map((header) => (
                  <li key={header}>
                    <label className="export-dialog__field">
                      <input type="checkbox" checked={pickedSet.has(header)} disabled={full && !pickedSet.has(header)} onChange={() => toggle(header)} />
                      <span>{header}</span>
                    </label>
                  </li>
                ))}
                {shownFields.length === 0 && <li className="export-dialog__hint">No extra column matches “{find}”.</li>}
              </ul>
            </div>
          )}
        </fieldset>
        <div className="export-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="export-write">
            Write CSV
          </button>
        </div>
      </form>
    </dialog>
  );
}
