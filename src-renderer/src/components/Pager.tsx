/** Previous / Next over an offset-paged result, with "Showing a–b of n". */
import { formatCount } from '../lib/format';

interface Props {
  label: string;
  offset: number;
  pageSize: number;
  /** Rows on the current page (0 while it loads). */
  shown: number;
  total: number;
  loading: boolean;
  onOffset: (offset: number) => void;
  rangeTestId?: string;
}

export function Pager({ label, offset, pageSize, shown, total, loading, onOffset, rangeTestId }: Props) {
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager__status" data-testid={rangeTestId}>
        {shown > 0 ? `Showing ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)}` : 'Loading…'}
      </span>
      <button type="button" className="button" disabled={offset === 0 || loading} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        Previous
      </button>
      <button type="button" className="button" disabled={offset + pageSize >= total || loading} onClick={() => onOffset(offset + pageSize)}>
        Next
      </button>
    </nav>
  );
}
