/**
 * "Fold duplicates": hides the rows marked as later records of a person (or
 * company) whose earlier record is also in the result. The core does the
 * folding (db/queries/record-grid.ts), so counts, pages and "Export all
 * shown" agree; the choice is kept in the address (`dups=fold`).
 */
import './FoldDuplicates.css';

export function FoldDuplicates({ fold, onFold }: { fold: boolean; onFold: (fold: boolean) => void }) {
  return (
    <label className="grid-tools__toggle" title="Hide later records of someone already in the result (same email, or same name at the company; for companies, same domain or name)">
      <input type="checkbox" checked={fold} onChange={(event) => onFold(event.target.checked)} data-testid="fold-duplicates" />
      Fold duplicates
    </label>
  );
}
