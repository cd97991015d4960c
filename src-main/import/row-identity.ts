/**
 * Identity for rows of a file that has no record id, email or name+company:
 * a hash of the row's content plus its occurrence number among identical rows
 * of the same file. Importing the same file again gives the same identities
 * (nothing changes), and genuinely repeated rows (survey exports repeat whole
 * lines) stay separate records instead of silently collapsing into one.
 */
import { createHash } from 'node:crypto';

export class ContentIdentity {
  private readonly seen = new Map<string, number>();

  next(fields: readonly string[]): string {
    const digest = createHash('sha1').update(fields.join('\u001f')).digest('base64url');
    const n = (this.seen.get(digest) ?? 0) + 1;
    this.seen.set(digest, n);
    return n === 1 ? `row:${digest}` : `row:${digest}#${n}`;
  }
}
