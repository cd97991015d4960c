/** A running import's progress bar, rows read and Stop; the same after a reload re-attached it. */
import type { ImportProgressEvent } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../lib/format';

export function RunningImport({ file, progress }: { file: string; progress: ImportProgressEvent | null }) {
  const api = useApi();
  return (
    <div className="import-panel__running">
      <progress max={progress?.bytesTotal || 1} value={progress?.bytesRead ?? 0} aria-label={`Importing ${file}`} data-testid="import-progress" />
      <span data-testid="import-rows-read">{progress && progress.rows > 0 ? `${formatCount(progress.rows)} rows read` : 'Starting…'}</span>
      <button type="button" className="button" onClick={() => void api['imports.cancel']()}>
        Stop
      </button>
    </div>
  );
}
