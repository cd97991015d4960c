/**
 * A process as something else may record it and later ask "is it still
 * running?": its host, its pid, when it started and a random token of its own.
 *
 * A pid alone is not enough (issue 9, defect 9): the kernel hands a dead
 * process's pid to the next one, and a container or a reboot may give the app
 * the very pid it had before a crash. So a recorded process counts as alive
 * only while a process with its pid exists *and* started when it did — the
 * start time comes from /proc/<pid>/stat on Linux (with the boot id, as tick
 * counts restart at boot), from `ps -o lstart=` on other Unixes, and on
 * Windows from the creation time Win32_Process reports (through PowerShell's
 * CIM: wmic is gone from current Windows). A Windows process reads its own
 * start from Node's time origin instead of starting PowerShell, so the two
 * readings are compared within WINDOWS_START_SLACK_MS rather than for
 * equality. Where none answers the pid is all there is. The token tells this
 * process apart from an earlier one that had its pid.
 *
 * A process on another host is never judged: its pid means nothing here.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessIdentity {
  host: string;
  pid: number;
  /** When the process started, in a form only compared for equality; null where it cannot be read. */
  started: string | null;
  token: string;
}

let self: ProcessIdentity | null = null;

export function thisProcess(): ProcessIdentity {
  // pid is read each time: a forked test worker or a restarted process must not inherit a cached identity.
  if (self === null || self.pid !== process.pid) {
    const started = process.platform === 'win32' ? windowsStart(performance.timeOrigin) : startTimeOf(process.pid);
    self = { host: hostname(), pid: process.pid, started, token: randomBytes(8).toString('hex') };
  }
  return self;
}

/** The identity as stored (JSON text). */
export function formatIdentity(id: ProcessIdentity): string {
  return JSON.stringify(id);
}

/**
 * A stored identity: the JSON of formatIdentity, or the older "host pid"
 * text (no start time, no token). Null when it is neither.
 */
export function parseIdentity(text: string): ProcessIdentity | null {
  if (text.startsWith('{')) {
    try {
      const o = JSON.parse(text) as Partial<ProcessIdentity>;
      if (typeof o.host !== 'string' || !Number.isInteger(o.pid) || typeof o.token !== 'string') return null;
      return { host: o.host, pid: o.pid!, started: typeof o.started === 'string' ? o.started : null, token: o.token };
    } catch {
      return null;
    }
  }
  const at = text.lastIndexOf(' ');
  const pid = Number(text.slice(at + 1));
  if (at <= 0 || !Number.isInteger(pid)) return null;
  return { host: text.slice(0, at), pid, started: null, token: '' };
}

/** Whether the identity is this process. */
export function isThisProcess(id: ProcessIdentity): boolean {
  const me = thisProcess();
  return id.host === me.host && id.pid === me.pid && id.token === me.token;
}

/**
 * Whether the recorded process is certainly gone: on this host, and no
 * process with its pid exists, or the one that does started at another time,
 * or it is this process under an earlier owner of its pid. False when it may
 * still run (or runs on another host).
 */
export function processGone(id: ProcessIdentity): boolean {
  const me = thisProcess();
  if (id.host !== me.host) return false;
  // This pid is ours: the record is this process's only if it carries our token.
  if (id.pid === me.pid) return id.token !== me.token;
  try {
    process.kill(id.pid, 0); // signal 0: only asks whether the process exists
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return true;
    // EPERM: it exists, under another user; go on to its start time.
  }
  if (id.started === null) return false;
  const now = startTimeOf(id.pid);
  return now !== null && !sameStart(now, id.started);
}

/** Windows start times are read two ways (Node's time origin, Win32_Process); they agree to well within this. */
export const WINDOWS_START_SLACK_MS = 2000;
const WINDOWS_PREFIX = 'win:';

/** A Windows start time as stored: milliseconds since the epoch, marked so it is compared with slack. */
export function windowsStart(epochMs: number): string {
  return `${WINDOWS_PREFIX}${Math.round(epochMs)}`;
}

/** Whether two stored start times are the same start: equal, or Windows times within the slack. */
export function sameStart(a: string, b: string): boolean {
  if (a.startsWith(WINDOWS_PREFIX) && b.startsWith(WINDOWS_PREFIX)) {
    const ms = (s: string) => Number(s.slice(WINDOWS_PREFIX.length));
    return Math.abs(ms(a) - ms(b)) <= WINDOWS_START_SLACK_MS;
  }
  return a === b;
}

/** PowerShell's answer (an ISO 8601 time) as a stored start time; null when it is not one. */
export function parseWindowsCreationDate(text: string): string | null {
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? windowsStart(ms) : null;
}

/** When process `pid` started, or null when this platform or the process does not say. */
function startTimeOf(pid: number): string | null {
  if (process.platform === 'linux') return linuxStartTime(pid);
  if (process.platform === 'win32') return windowsStartTime(pid);
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    }).trim();
    return out || null;
  } catch {
    return null; // no such process (ps exits 1), or no ps
  }
}

function windowsStartTime(pid: number): string | null {
  if (!Number.isInteger(pid) || pid <= 0) return null; // it goes into a command line
  try {
    const out = execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', `(Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}').CreationDate.ToUniversalTime().ToString('o')`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, windowsHide: true },
    );
    return parseWindowsCreationDate(out);
  } catch {
    return null; // no such process (an empty answer fails), or no PowerShell
  }
}

let bootId: string | null | undefined;

function linuxStartTime(pid: number): string | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (which may hold spaces and parentheses): state is field 3, starttime field 22.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[19];
  if (!ticks) return null;
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = null;
    }
  }
  return `${bootId ?? 'boot'}:${ticks}`;
}
