import type { ImportStatus } from '../../../../src-main/contract/dto';

const LABELS: Record<ImportStatus, string> = { running: 'Running', completed: 'Completed', failed: 'Failed', stopped: 'Stopped' };

export function StatusBadge({ status, title }: { status: ImportStatus; title?: string }) {
  return (
    <span className={`status-badge status-badge--${status}`} title={title}>
      {LABELS[status]}
    </span>
  );
}
