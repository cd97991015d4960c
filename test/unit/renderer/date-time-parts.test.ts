import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeParts } from '../../../src-renderer/src/lib/format';

describe('formatDateTimeParts', () => {
  // In local time, as the formats read it: this year's 5 December at 23:32.
  const now = new Date(2026, 11, 20, 9, 0);
  const evening = new Date(2026, 11, 5, 23, 32).toISOString();

  it('cuts formatDateTime where the time of day begins: joined, the two read as the whole', () => {
    const { date, time } = formatDateTimeParts(evening, now);
    expect(date + time).toBe(formatDateTime(evening, now));
    expect(date).toMatch(/5/);
    expect(date).not.toMatch(/32/);
    expect(time).toMatch(/32/);
    expect(time).not.toMatch(/Dec/);
  });

  it('keeps the year with the date for an earlier year', () => {
    const lastYear = new Date(2025, 2, 12, 14, 5).toISOString();
    const { date, time } = formatDateTimeParts(lastYear, now);
    expect(date + time).toBe(formatDateTime(lastYear, now));
    expect(date).toMatch(/2025/);
    expect(time).not.toMatch(/2025/);
    expect(time).toMatch(/05/);
  });

  it('gives text that does not parse whole, as the date', () => {
    expect(formatDateTimeParts('not a date', now)).toEqual({ date: 'not a date', time: '' });
  });
});
