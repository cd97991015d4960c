/**
 * Writes a CRM-ready CSV — a job's candidates (those passing its score
 * filter) or a list's members — and says where it went. In the desktop app
 * the core asks where with a Save dialog; in a browser it goes to the
 * workspace's exports folder.
 */
import { useState } from 'react';
import type { ApiPayload } from '../../../src-main/contract/api';
import { useApi } from '../api/api-context';
import { formatCount } from '../lib/format';
import { ErrorNotice } from './ErrorNotice';
import './ExportButton.css';

interface Props {
  request: ApiPayload<'exports.csv'>;
  /** Shown in the button's tooltip: how many records the file will hold. */
  description?: string;
}

export function ExportButton({ request, description }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done'; text: string; file: string } | { kind: 'error'; error: unknown } | null>(null);

  const exportCsv = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await api['exports.csv'](request);
      // Cancelled in the Save dialog: nothing was written, nothing to say.
      if ('cancelled' in result) return;
      setMessage({ kind: 'done', text: `Exported ${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'} to`, file: result.file });
    } catch (e) {
      setMessage({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="export">
      {message?.kind === 'done' && (
        <span className="export__message export__message--done" role="status">
          {message.text} <code className="export__file">{message.file}</code>
        </span>
      )}
      {message?.kind === 'error' && <ErrorNotice inline title="Not exported" error={message.error} />}
      <button type="button" className="button" onClick={exportCsv} disabled={busy} title={description}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
    </span>
  );
}
