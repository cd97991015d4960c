import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { busyAppError, isBusyError, retryWhileBusy } from '../../../src-main/db/busy-retry';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('isBusyError', () => {
  it("knows SQLite's busy codes and a worker's busy conflict, and nothing else", () => {
    expect(isBusyError(busy())).toBe(true);
    expect(isBusyError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe(true);
    expect(isBusyError(busyAppError(busy()))).toBe(true);
    expect(isBusyError(new AppError('conflict', 'A lookalike job is running'))).toBe(false);
    expect(isBusyError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });
});

describe('retryWhileBusy', () => {
  it('tries again while busy and returns the first success, mentioning the wait once', async () => {
    let calls = 0;
    const onWaiting = vi.fn();
    const value = await retryWhileBusy(
      () => {
        calls++;
        if (calls < 6) throw busy();
        return 'saved';
      },
      { timeoutMs: 10_000, holder: () => 'import of a.csv running', onWaiting },
    );
    expect(value).toBe('saved');
    expect(calls).toBe(6);
    // 25 + 50 + 100 + 200 + 250 ms of pauses: past the mention threshold, mentioned once.
    expect(onWaiting).toHaveBeenCalledTimes(1);
    expect(onWaiting).toHaveBeenCalledWith('import of a.csv running');
  });

  it('does not mention a wait that ends at once', async () => {
    const onWaiting = vi.fn();
    let calls = 0;
    await retryWhileBusy(() => {
      if (calls++ === 0) throw busy();
    }, { timeoutMs: 1000, holder: () => 'x', onWaiting });
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('attempts only when the workspace looks free', async () => {
    let probes = 0;
    const attempt = vi.fn(() => 1);
    await retryWhileBusy(attempt, { timeoutMs: 5000, holder: () => 'x', free: () => ++probes >= 3 });
    expect(probes).toBe(3);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('gives up after its time with one conflict naming the holder and what was not done', async () => {
    const started = Date.now();
    const error = await retryWhileBusy(
      () => {
        throw busy();
      },
      { timeoutMs: 300, holder: () => 'job 4 running', gaveUp: 'nothing was saved' },
    ).catch((e: unknown) => e as AppError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'conflict', details: { holder: 'job 4 running' } });
    expect((error as AppError).message).toMatch(/^The workspace stayed busy \(job 4 running\) for 0\.\d s; nothing was saved\.$/);
  });

  it('throws other errors at once, and stops when cancelled', async () => {
    const other = new Error('disk full');
    await expect(retryWhileBusy(() => Promise.reject(other), { timeoutMs: 5000, holder: () => 'x' })).rejects.toBe(other);
    const controller = new AbortController();
    const waiting = retryWhileBusy(
      () => {
        throw busy();
      },
      { timeoutMs: 60_000, holder: () => 'x', signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
  });
});
