/**
 * Company size buckets for the embedding, on the LinkedIn headcount bands the
 * CRM exports use (1-10, 11-50, 51-200, 201-500 + 501-1000, 1001+): five slots
 * are enough to separate start-ups, SMB, mid-market and enterprise without
 * splitting the large end, where CRM headcounts are least reliable.
 */

export const SIZE_BUCKETS: readonly string[] = ['1-10', '11-50', '51-200', '201-1000', '1001+'];

/**
 * Bucket index for an employee count, or -1 when unknown. Non-integers (the
 * midpoint of a parsed range, 5.5) fall in the band that contains them; zero,
 * negative, NaN and infinite counts are treated as unknown.
 */
export function sizeBucket(employees: number | null): number {
  if (employees === null || !Number.isFinite(employees) || employees <= 0) return -1;
  if (employees <= 10) return 0;
  if (employees <= 50) return 1;
  if (employees <= 200) return 2;
  if (employees <= 1000) return 3;
  return 4;
}
