/** Writes a CRM-ready CSV of the job's candidates (those passing the score filter) and says where it went. */
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../lib/format';

export function ExportButton({ jobId, minScore = 0, count }: { jobId: number; minScore?: number; count?: number }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string; file?: string } | null>(null);

  const exportCsv = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await api['exports.csv']({ jobId, ...(minScore > 0 ? { minScore } : {}) });
      setMessage({ kind: 'done', text: `Exported ${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'} to`, file: result.file });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="export">
      {message && (
        <span className={`export__message export__message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text} {message.file && <code className="export__file">{message.file}</code>}
        </span>
      )}
      <button
        type="button"
        className="button"
        onClick={exportCsv}
        disabled={busy}
        title={count !== undefined ? `Export the ${formatCount(count)} candidates${minScore > 0 ? ` scoring ${minScore} or more` : ''}` : undefined}
      >
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
    </span>
  );
}
