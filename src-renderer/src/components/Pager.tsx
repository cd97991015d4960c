/**
 * Paging over an offset-paged result: "Showing a–b of n", Previous / Next,
 * "Page [n] of N" to jump (typed, applied on Enter or when the field is
 * left; a number past the end goes to the last page), and rows a page
 * (PAGE_SIZES) when the grid lets the user choose.
 */
import { useEffect, useState } from 'react';
import { formatCount } from '../lib/format';
import { pageCount, PAGE_SIZES } from '../lib/grid-address';
import './GridTools.css';

interface Props {
  label: string;
  offset: number;
  pageSize: number;
  /** Rows on the current page (0 while it loads). */
  shown: number;
  total: number;
  loading: boolean;
  onOffset: (offset: number) => void;
  /** Offered when given: the user picks how many rows a page shows. */
  onPageSize?: (pageSize: number) => void;
  rangeTestId?: string;
}

export function Pager({ label, offset, pageSize, shown, total, loading, onOffset, onPageSize, rangeTestId }: Props) {
  const pages = pageCount(total, pageSize);
  const page = Math.floor(offset / pageSize) + 1;
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);

  const jump = () => {
    const wanted = Number(typed);
    if (!Number.isInteger(wanted) || wanted < 1) {
      setTyped(String(page));
      return;
    }
    const target = Math.min(wanted, pages);
    setTyped(String(target));
    if (target !== page) onOffset((target - 1) * pageSize);
  };

  return (
    <nav className="pager" aria-label={label}>
      <span className="pager__status" data-testid={rangeTestId}>
        {shown > 0 ? `Showing ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)}` : loading ? 'Loading…' : 'Nothing to show'}
      </span>
      {onPageSize && (
        <label className="pager__size">
          Rows a page
          <select value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button" disabled={offset === 0 || loading} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        Previous
      </button>
      <label className="pager__jump">
        Page
        <input
          type="text"
          inputMode="numeric"
          aria-label={`Page number, of ${formatCount(pages)}`}
          value={typed}
          size={Math.max(2, String(pages).length)}
          onChange={(event) => setTyped(event.target.value.replace(/[^\d]/g, ''))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') jump();
          }}
          onBlur={jump}
        />
        of {formatCount(pages)}
      </label>
      <button type="button" className="button" disabled={offset + pageSize >= total || loading} onClick={() => onOffset(offset + pageSize)}>
        Next
      </button>
    </nav>
  );
}
