/**
 * Writes every row of a batch's detail (its rejected rows, or its row
 * warnings) to a CSV where exports go, and says where it went.
 */
import { useState } from 'react';
import type { ExportCancelledDto, RejectsCsvDto } from '../../../../src-main/contract/dto';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import '../../components/ExportButton.css';

interface Props {
  /** Calls the API that writes the CSV (`imports.rejectsCsv`, `imports.warningsCsv`). */
  write: () => Promise<RejectsCsvDto | ExportCancelledDto>;
  rows: number;
  /** What a row is, singular and plural: "rejected row", "warning". */
  noun: [string, string];
  testId: string;
}

export function DownloadBatchCsv({ write, rows, noun, testId }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'done'; file: string; rows: number } | { kind: 'error'; error: unknown } | null>(null);
  const download = async () => {
    setBusy(true);
    setResult(null);
    try {
      const written = await write();
      if (!('cancelled' in written)) setResult({ kind: 'done', ...written });
    } catch (e) {
      setResult({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      {result?.kind === 'done' && (
        <span className="export__message export__message--done" role="status" data-testid={testId}>
          Saved {formatCount(result.rows)} {result.rows === 1 ? noun[0] : noun[1]} to <code className="export__file">{result.file}</code>
        </span>
      )}
      {result?.kind === 'error' && <ErrorNotice inline title="Not saved" error={result.error} />}
      <button type="button" className="button" onClick={() => void download()} disabled={busy} title={`Write all ${formatCount(rows)} ${noun[1]} to a CSV`}>
        {busy ? 'Saving…' : 'Download CSV'}
      </button>
    </span>
  );
}
