/**
 * The app's one "are you sure?" before a destructive action (deleting a job,
 * a segment or a list; merging duplicates): what goes and what stays, the
 * action's button and the way out. It takes the focus to the way out, as an
 * alert dialog should, so Enter after a slip of the mouse keeps things as
 * they are; Esc keeps them too.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  /** What the action does, what goes and what stays. */
  children: ReactNode;
  /** The action's button ("Delete", "Merge"). */
  confirm: string;
  /** The way out ("Keep it"). */
  keep: string;
  onConfirm: () => void;
  onKeep: () => void;
}

export function ConfirmBar({ children, confirm, keep, onConfirm, onKeep }: Props) {
  const id = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => keepButton.current?.focus(), []);
  return (
    <div
      className="confirm-bar"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeep();
      }}
    >
      <p id={id}>{children}</p>
      <button type="button" className="button button--danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="button button--ghost" onClick={onKeep} ref={keepButton}>
        {keep}
      </button>
    </div>
  );
}

/** The Undo beside what was just done: says "Undoing…" and waits while the undo runs. */
export function UndoButton({ pending, onUndo }: { pending: boolean; onUndo: () => void }) {
  return (
    <button type="button" className="button button--small" disabled={pending} aria-busy={pending} onClick={onUndo}>
      {pending ? 'Undoing…' : 'Undo'}
    </button>
  );
}
