/**
 * "Fold duplicates": hides the rows marked as later records of a person (or
 * company) whose earlier record is also in the result. The core does the
 * folding (db/queries/record-grid.ts), so counts, pages and "Export all
 * shown" agree; the choice is kept in the address (`dups=fold`).
 */
import { useEffect, useState } from 'react';
import './FoldDuplicates.css';

export function FoldDuplicates({ fold, onFold }: { fold: boolean; onFold: (fold: boolean) => void }) {
  // The box follows the click at once: the address it is kept in updates a moment later (a navigation),
  // and a box bound to the address alone would spring back meanwhile.
  const [checked, setChecked] = useState(fold);
  useEffect(() => setChecked(fold), [fold]);
  return (
    <label className="grid-tools__toggle" title="Hide later records of someone already in the result (same email, or same name at the company; for companies, same domain or name)">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          setChecked(event.target.checked);
          onFold(event.target.checked);
        }}
        data-testid="fold-duplicates"
      />
      Fold duplicates
    </label>
  );
}
