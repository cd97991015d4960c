/**
 * Windows runner identity (issue 9, defect 9): a process's start time is read
 * from Node's time origin for itself and from Win32_Process for another, so
 * the two are compared with slack; a pid reused by a later process differs.
 * The PowerShell call itself runs only on Windows; its answer's parsing and
 * the comparison are tested here on any platform.
 */
import { describe, expect, it } from 'vitest';
import { parseWindowsCreationDate, sameStart, windowsStart, WINDOWS_START_SLACK_MS } from '../../../src-main/lib/process-identity';

describe('Windows process start times', () => {
  it('reads PowerShell’s ISO time (with its 7 fraction digits) and refuses an empty or odd answer', () => {
    expect(parseWindowsCreationDate('2026-12-05T18:47:28.1234567Z\r\n')).toBe(windowsStart(Date.UTC(2026, 11, 5, 18, 47, 28, 123)));
    expect(parseWindowsCreationDate('')).toBeNull();
    expect(parseWindowsCreationDate('Get-CimInstance : Access denied')).toBeNull();
  });

  it('takes the time origin and Win32_Process’s creation time of one process as the same start', () => {
    const created = Date.UTC(2026, 11, 5, 18, 0, 0);
    const ownReading = windowsStart(created + 180.4); // Node's time origin comes a little after the OS creates the process
    expect(sameStart(ownReading, parseWindowsCreationDate(new Date(created).toISOString())!)).toBe(true);
  });

  it('tells a later process that reused the pid apart', () => {
    const first = windowsStart(Date.UTC(2026, 11, 5, 18, 0, 0));
    expect(sameStart(first, windowsStart(Date.UTC(2026, 11, 5, 18, 0, 0) + WINDOWS_START_SLACK_MS + 1))).toBe(false);
    expect(sameStart(first, windowsStart(Date.UTC(2026, 11, 5, 19, 30, 0)))).toBe(false);
  });

  it('still compares other platforms’ start times exactly', () => {
    expect(sameStart('boot-1:12345', 'boot-1:12345')).toBe(true);
    expect(sameStart('boot-1:12345', 'boot-1:12346')).toBe(false);
    expect(sameStart('win:1000', 'boot-1:1000')).toBe(false);
  });
});
