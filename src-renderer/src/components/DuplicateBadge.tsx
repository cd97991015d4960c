/** Says a row is a later record of a person the workspace already holds (same email, or same name at the company). */
import type { DuplicateDto } from '../../../src-main/contract/dto';
import { formatCount } from '../lib/format';

export function DuplicateBadge({ duplicate }: { duplicate: DuplicateDto }) {
  const who = duplicate.name ?? `#${duplicate.id}`;
  const where = duplicate.rank !== null ? ` (rank ${formatCount(duplicate.rank)})` : '';
  return (
    <span className="duplicate-badge" data-testid="duplicate-badge" title={`Same ${duplicate.by} as record #${duplicate.id}, imported earlier`}>
      duplicate of {who}
      {where}
    </span>
  );
}
