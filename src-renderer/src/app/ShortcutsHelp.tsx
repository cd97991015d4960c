/** The "?" list of keyboard shortcuts (app/shortcuts.ts), as a modal dialog: Esc or Close shuts it. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';
import './shortcuts.css';

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-help"
      aria-labelledby="shortcuts-help-title"
      data-testid="shortcuts-help"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcuts-help-title" className="shortcuts-help__title">
        Keyboard shortcuts
      </h2>
      <table className="shortcuts-help__table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (s.keys[0] === 'g' ? ' then ' : ' ')}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
