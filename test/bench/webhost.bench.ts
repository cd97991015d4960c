/**
 * npm run bench:webhost [-- --leads N] [--wide-rows R] [--wide-columns C] [--skip-browser] [--only big|wide]
 *
 * Drives the web host as a browser would (HTTP with the token, then Chromium)
 * and prints the issue 11 figures beside their bars:
 * - on N seeded synthetic leads (default 300k) with a job that keeps ~50k
 *   candidates: the first candidates page (cold, then warm), the histogram,
 *   a compare of six, and the job's coverage step;
 * - on a workspace imported from a C-column file (default 5,000 columns,
 *   R rows): the preview, the job (its coverage step) and a compare of six,
 *   each with the worst answer time of a cheap call (`workspace.info`) fired
 *   every 20 ms while it runs;
 * - in Chromium: the longest main-thread task (PerformanceObserver
 *   'longtask') while paging and scrolling the candidates grid, and while
 *   the wide file's preview is shown and a column found and mapped in it.
 *
 * The host runs as a child process (tsx src-main/webhost/main.ts) so that a
 * host which stops answering cannot also stop this script's clock. The
 * workspaces and the wide file are cached under the temp folder
 * (lookalike-bench-webhost/); every run adds a job to each. Figures, not
 * assertions: on a shared machine they are indicative.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../src-main/db/workspace';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser';
import { seedSyntheticWorkspace } from './lib/synthetic-workspace';
import { describeMachine } from './lib/system-info';
import { table } from './lib/format';

const { values } = parseArgs({
  options: {
    leads: { type: 'string' },
    'wide-rows': { type: 'string' },
    'wide-columns': { type: 'string' },
    'skip-browser': { type: 'boolean' },
    only: { type: 'string' },
  },
});
const LEADS = Number(values.leads ?? 300_000);
const WIDE_ROWS = Number(values['wide-rows'] ?? 1_500);
const WIDE_COLUMNS = Number(values['wide-columns'] ?? 5_000);
const CANDIDATES = 50_000;
/** The cheap call's cadence while a slow one runs. */
const PROBE_EVERY_MS = 20;

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, process.env.LOOKALIKE_OUT_DIR || 'out', 'renderer');
const CACHE = join(tmpdir(), 'lookalike-bench-webhost');

interface Row {
  label: string;
  ms: number;
  bar: number | null;
  note?: string;
}
const rows: Row[] = [];
const record = (label: string, ms: number, bar: number | null, note = '') => {
  rows.push({ label, ms, bar, note });
  console.log(`  ${label}: ${ms.toFixed(0)} ms${note ? ` (${note})` : ''}`);
};

// ---------------------------------------------------------------- the host

interface Host {
  origin: string;
  url: string;
  token: string;
  child: ChildProcess;
  call<T>(method: string, payload?: unknown): Promise<T>;
  /**
   * A call whose answer is checked for success but not parsed: a browser parses a
   * large answer (a wide file's 2 MB preview) in its own process, and parsed here
   * it would hold this script's clock, which times the cheap calls beside it.
   */
  callUnparsed(method: string, payload?: unknown): Promise<number>;
  close(): Promise<void>;
}

async function startHost(db: string, importFolder: string): Promise<Host> {
  // BENCH_HOST_NODE_ARGS: Node flags for the host alone, e.g. "--cpu-prof --cpu-prof-dir=DIR" (not allowed in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_HOST_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, 'src-main/webhost/main.ts'), '--db', db, '--renderer', RENDERER_DIR, '--import-folder', importFolder], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open (\S+)/.exec(out);
      if (m) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the web host ended (${code}) before it listened:\n${out}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  const call = async <T>(method: string, payload?: unknown): Promise<T> => {
    const envelope = (await post(parsed, token, method, payload)) as { ok: true; data: T } | { ok: false; error: { message: string } };
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.data;
  };
  const callUnparsed = async (method: string, payload?: unknown): Promise<number> => {
    const text = (await post(parsed, token, method, payload, false)) as string;
    if (!text.startsWith('{"ok":true,')) throw new Error(`${method}: ${text.slice(0, 200)}`);
    return text.length;
  };
  return {
    origin: parsed.origin,
    url,
    token,
    child,
    call,
    callUnparsed,
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * One API call over node:http, without fetch's 10 s connect timeout: a host
 * that stops answering must show up as a long wait, not as a failed call.
 */
function post(origin: URL, token: string, method: string, payload: unknown, parse = true): Promise<unknown> {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  return new Promise((resolvePost, reject) => {
    const req = request(
      {
        host: origin.hostname,
        port: origin.port,
        path: `/api/${method}`,
        method: 'POST',
        agent: false,
        headers: { 'x-lookalike-token': token, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (!parse) return resolvePost(text);
          try {
            resolvePost(JSON.parse(text));
          } catch {
            // Node answers 408 with no body to a request whose headers waited over a minute (headersTimeout).
            reject(new Error(`${method}: HTTP ${res.statusCode} ${text.slice(0, 80)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/**
 * Runs `work` while `workspace.info` is fired every 20 ms (each call on its
 * own, not waiting for the last), and returns the worst and the median
 * answer time of the calls fired while it ran. At most 64 calls are in
 * flight: a host that stops answering for minutes would otherwise fill its
 * listen backlog and the connections would time out instead of waiting.
 */
async function probed<T>(
  host: Host,
  work: () => Promise<T>,
): Promise<{ ms: number; value: T; worstMs: number; medianMs: number; probes: number; sent: { at: number; ms: number }[] }> {
  const latencies: Promise<number>[] = [];
  const sent: { at: number; ms: number }[] = [];
  let inFlight = 0;
  let failed = 0;
  const timer = setInterval(() => {
    if (inFlight >= 64) return;
    inFlight++;
    const t0 = performance.now();
    latencies.push(
      host
        .call('workspace.info')
        .catch(() => (failed++, undefined)) // a call the host dropped waited as long as it did
        .then(() => {
          const ms = performance.now() - t0;
          sent.push({ at: t0, ms });
          return ms;
        })
        .finally(() => inFlight--),
    );
  }, PROBE_EVERY_MS);
  let result: { ms: number; value: T };
  try {
    result = await timed(work);
  } finally {
    clearInterval(timer);
  }
  const all = (await Promise.all(latencies)).sort((a, b) => a - b);
  if (failed > 0) console.log(`  (${failed} of ${all.length} cheap calls were dropped by the host after waiting)`);
  return { ...result, worstMs: all.at(-1) ?? 0, medianMs: all[Math.floor(all.length / 2)] ?? 0, probes: all.length, sent };
}

/**
 * The steps a running job announces on the host's event stream (`jobs.progress`),
 * each with when it began on this script's clock: a step's start is pushed
 * before its work, so a step that blocks the host still has its start heard.
 */
function watchSteps(host: Host): { steps: { step: string; at: number }[]; close(): void } {
  const steps: { step: string; at: number }[] = [];
  const req = request({ host: new URL(host.origin).hostname, port: new URL(host.origin).port, path: '/api/events', method: 'GET', agent: false, headers: { 'x-lookalike-token': host.token } }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = /^data: (.+)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        const step = data ? (JSON.parse(data) as { step?: string }).step : undefined;
        // The second `save` (the checks' figures) is told apart from the candidates' save.
        const named = step === 'save' && steps.some((s) => s.step === 'backtest') ? 'save (checks)' : step;
        if (named && steps.at(-1)?.step !== named) steps.push({ step: named, at: performance.now() });
      }
    });
    res.on('error', () => undefined);
  });
  req.on('error', () => undefined);
  req.end();
  return { steps, close: () => req.destroy() };
}

/** Per step of a job: the worst wait of a cheap call sent while that step ran. */
function worstPerStep(steps: { step: string; at: number }[], sent: { at: number; ms: number }[]): string {
  return steps
    .map((s, i) => {
      const until = steps[i + 1]?.at ?? Infinity;
      const waits = sent.filter((p) => p.at >= s.at && p.at < until).map((p) => p.ms);
      return `${s.step} ${waits.length ? Math.max(...waits).toFixed(0) : '–'} ms (${waits.length})`;
    })
    .join(', ');
}

interface JobDetail {
  status: string;
  candidates: number;
  error: string | null;
  timings: Record<string, number> | null;
}

async function runJob(host: Host, segmentId: number, maxResults: number): Promise<{ jobId: number; detail: JobDetail }> {
  const t0 = performance.now();
  const { jobId } = await host.call<{ jobId: number }>('jobs.start', { source: { kind: 'segment', id: segmentId }, minScore: 0, maxResults });
  console.log(`  jobs.start answered in ${(performance.now() - t0).toFixed(0)} ms`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    // A host stuck for over a minute drops the waiting call (HTTP 408): ask again.
    const detail = await host.call<JobDetail>('jobs.get', { jobId, limit: 0 }).catch(() => null);
    if (!detail) continue;
    // "completed" comes with the saved candidates; the checks of the examples and the backtest run after.
    if (detail.status === 'completed' && detail.timings && 'backtestMs' in detail.timings) return { jobId, detail };
    if (detail.status === 'failed' || detail.status === 'cancelled') throw new Error(`job ${jobId} ${detail.status}: ${detail.error}`);
  }
}

async function wonSegment(host: Host, name: string): Promise<number> {
  const segments = await host.call<{ id: number; name: string }[]>('segments.list');
  const found = segments.find((s) => s.name === name);
  if (found) return found.id;
  return (await host.call<{ id: number }>('segments.create', { name, entity: 'leads', where: ['outcome = won'] })).id;
}

/** A job's timed steps, longest first. */
const steps = (timings: Record<string, number> | null) =>
  Object.entries(timings ?? {})
    .filter(([key]) => key.endsWith('Ms'))
    .sort((a, b) => b[1] - a[1])
    .map(([key, ms]) => `${key.slice(0, -2)} ${ms.toFixed(0)} ms`)
    .join(', ');

interface CandidatePage {
  total: number;
  candidates: { id: number }[];
}

// ---------------------------------------------------------------- the data

function bigWorkspace(): string {
  const path = join(CACHE, `leads-${LEADS}.db`);
  if (existsSync(path)) return path;
  console.log(`Seeding ${LEADS.toLocaleString('en-US')} synthetic leads into ${path}…`);
  const building = `${path}.building`;
  const ws = openWorkspace(building);
  seedSyntheticWorkspace(ws.db, LEADS);
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
  renameSync(building, path);
  return path;
}

/** A CRM export of `WIDE_COLUMNS` columns: a few standard ones, the rest custom fields with a handful of values each. */
async function wideFile(): Promise<string> {
  const path = join(CACHE, `wide-${WIDE_COLUMNS}x${WIDE_ROWS}.csv`);
  if (existsSync(path)) return path;
  console.log(`Writing a ${WIDE_COLUMNS}-column, ${WIDE_ROWS}-row file ${path}…`);
  const standard = ['Email', 'First Name', 'Last Name', 'Company', 'Job Title', 'Country', 'Lead Status'];
  const custom = Array.from({ length: WIDE_COLUMNS - standard.length }, (_, k) => `Custom Field ${String(k + 1).padStart(4, '0')}`);
  const building = `${path}.building`;
  const out = createWriteStream(building);
  const write = async (line: string) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  await write([...standard, ...custom].join(','));
  const titles = ['VP Sales', 'Head of Growth', 'Engineer', 'CTO', 'Marketing Manager', 'Analyst'];
  const countries = ['United States', 'Germany', 'France', 'India', 'Brazil'];
  const values = ['Alpha', 'Beta', 'Gamma', 'Delta', ''];
  const hash = (a: number, b: number) => (((a * 2654435761) ^ (b * 40503)) >>> 0) % 1000;
  for (let r = 1; r <= WIDE_ROWS; r++) {
    const won = hash(r, 1) < 60;
    const cells = [`lead${r}@co${r % 300}.example`, `First${r}`, `Last${r}`, `Company ${r % 300}`, titles[r % titles.length]!, countries[hash(r, 2) % countries.length]!, won ? 'Closed Won' : 'Open'];
    for (let k = 0; k < custom.length; k++) {
      // Every 50th column is filled in for the won rows only: the kind of field a coverage gap is made of.
      cells.push(k % 50 === 0 && !won ? '' : values[hash(r, k + 3) % values.length]!);
    }
    await write(cells.join(','));
  }
  out.end();
  await once(out, 'finish');
  renameSync(building, path);
  return path;
}

async function wideWorkspace(file: string): Promise<string> {
  const path = join(CACHE, `wide-${WIDE_COLUMNS}x${WIDE_ROWS}.db`);
  if (existsSync(path)) return path;
  console.log(`Importing ${file} into ${path}…`);
  const building = `${path}.building`;
  openWorkspace(building).close();
  const host = await startHost(building, CACHE);
  try {
    await host.call('imports.start', { path: file });
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      const batches = await host.call<{ status: string }[]>('imports.list');
      const status = batches[0]?.status;
      if (status === 'completed') break;
      if (status && status !== 'running' && status !== 'queued') throw new Error(`the wide import ended ${status}`);
    }
  } finally {
    await host.close();
  }
  renameSync(building, path);
  return path;
}

// ---------------------------------------------------------------- the runs

async function benchBigWorkspace(): Promise<void> {
  const db = bigWorkspace();
  const host = await startHost(db, CACHE);
  try {
    // No wait for the host's threads: a job started while they come up waits for them off the main thread.
    console.log(`\n${LEADS.toLocaleString('en-US')} leads (${host.origin})`);
    const segmentId = await wonSegment(host, 'bench: won');
    const watch = watchSteps(host);
    const job = await probed(host, () => runJob(host, segmentId, CANDIDATES));
    watch.close();
    const { jobId, detail } = job.value;
    console.log(`  job ${jobId}: ${detail.candidates.toLocaleString('en-US')} candidates in ${(job.ms / 1000).toFixed(1)} s`);
    console.log(`  its steps: ${steps(detail.timings)}`);
    console.log(`  worst wait of workspace.info sent during each step (calls): ${worstPerStep(watch.steps, job.sent)}`);
    record('Coverage step of the job (its timing)', detail.timings?.coverageMs ?? NaN, null);
    record(`Worst answer to workspace.info while the job runs (${job.probes} calls)`, job.worstMs, 100, `median ${job.medianMs.toFixed(0)} ms`);
    const cold = await timed(() => host.call<CandidatePage>('jobs.candidates', { jobId, offset: 0, limit: 50 }));
    record('First candidates page, cold', cold.ms, 300, `${cold.value.total.toLocaleString('en-US')} candidates`);
    const warm = await timed(() => host.call<CandidatePage>('jobs.candidates', { jobId, offset: 0, limit: 50 }));
    record('First candidates page, warm', warm.ms, 300);
    const deep = await timed(() => host.call<CandidatePage>('jobs.candidates', { jobId, offset: 40_000, limit: 50 }));
    record('Candidates page at 40,000', deep.ms, 300);
    const histogram = await timed(() => host.call('jobs.histogram', { jobId, bins: 20 }));
    record('Histogram', histogram.ms, 300);
    const six = cold.value.candidates.slice(0, 6).map((c) => c.id);
    const compare = await probed(host, () => host.call('jobs.compare', { jobId, ids: six }));
    record('Compare of six', compare.ms, null);
    record(`Worst answer to workspace.info during the compare (${compare.probes} calls)`, compare.worstMs, 100, `median ${compare.medianMs.toFixed(0)} ms`);
    if (!values['skip-browser']) await benchGridInBrowser(host, jobId);
  } finally {
    await host.close();
  }
}

async function benchWideWorkspace(): Promise<void> {
  const file = await wideFile();
  const db = await wideWorkspace(file);
  const host = await startHost(db, CACHE);
  try {
    console.log(`\n${WIDE_COLUMNS.toLocaleString('en-US')}-column workspace, ${WIDE_ROWS.toLocaleString('en-US')} rows (${host.origin})`);
    const preview = await probed(host, () => host.callUnparsed('imports.preview', { path: file }));
    record(`Preview of the ${WIDE_COLUMNS.toLocaleString('en-US')}-column file`, preview.ms, null);
    record(`Worst answer to workspace.info during the preview (${preview.probes} calls)`, preview.worstMs, 100, `median ${preview.medianMs.toFixed(0)} ms`);
    const segmentId = await wonSegment(host, 'bench: won');
    const watch = watchSteps(host);
    const job = await probed(host, () => runJob(host, segmentId, 1_000));
    watch.close();
    const { jobId, detail } = job.value;
    console.log(`  its steps: ${steps(detail.timings)}`);
    console.log(`  worst wait of workspace.info sent during each step (calls): ${worstPerStep(watch.steps, job.sent)}`);
    record('Coverage step of the wide job (its timing)', detail.timings?.coverageMs ?? NaN, null);
    record(`Worst answer to workspace.info while the wide job runs (${job.probes} calls)`, job.worstMs, 100, `median ${job.medianMs.toFixed(0)} ms; whole job ${(job.ms / 1000).toFixed(1)} s`);
    const page = await host.call<CandidatePage>('jobs.candidates', { jobId, offset: 0, limit: 6 });
    const compare = await probed(host, () => host.call('jobs.compare', { jobId, ids: page.candidates.map((c) => c.id) }));
    record('Compare of six on the wide workspace', compare.ms, null);
    record(`Worst answer to workspace.info during the wide compare (${compare.probes} calls)`, compare.worstMs, 100, `median ${compare.medianMs.toFixed(0)} ms`);
    if (!values['skip-browser']) await benchWidePreviewInBrowser(host, file);
  } finally {
    await host.close();
  }
}

/** Records the page's long tasks from its load on (read back with `longTasks`). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' as 'function', buffered: true }); // a browser entry type Node's types do not list
  });
}

/** The long tasks since the last call (each call starts a new count). */
async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

/** The wide file's preview in the import wizard, as an analyst gets it: uploaded from the browser, then a choice of field. */
async function benchWidePreviewInBrowser(host: Host, file: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await watchLongTasks(page);
    await page.goto(`${host.url}#/import`);
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const panel = page.getByTestId('import-panel');
    await longTasks(page);
    const t0 = performance.now();
    await panel.getByLabel('CSV file').setInputFiles(file);
    await panel.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    record('Wide file uploaded and its preview shown, in Chromium', performance.now() - t0, null);
    await page.waitForTimeout(500);
    const shown = await longTasks(page);
    record(`Longest main-thread task while the wide preview is shown (${shown.length} over 50 ms)`, Math.max(0, ...shown), 100);
    await panel.getByTestId('import-find-column').fill('0042');
    await panel.getByTestId('import-find-count').getByText(/^1 of/).waitFor();
    await panel.getByLabel(/^Field for column/).first().selectOption('-');
    await panel.getByTestId('import-summary').waitFor();
    await page.waitForTimeout(1500);
    const chosen = await longTasks(page);
    record(`Longest main-thread task finding a column and choosing its field (${chosen.length} over 50 ms)`, Math.max(0, ...chosen), 100);
  } finally {
    await browser.close();
  }
}

/** The longest main-thread task while the grid of a 50k-candidate job is paged and scrolled. */
async function benchGridInBrowser(host: Host, jobId: number): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await watchLongTasks(page);
    const t0 = performance.now();
    await page.goto(`${host.url}#/jobs/${jobId}`);
    const rows = page.getByTestId('candidates-table').locator('tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    record('Job view opened to its first grid rows, in Chromium', performance.now() - t0, null);
    // Only what happens after the first rows counts as paging and scrolling.
    await longTasks(page);
    const table = page.getByTestId('candidates-table');
    const next = page.getByRole('button', { name: 'Next' });
    for (let i = 0; i < 5; i++) {
      await table.hover();
      for (let s = 0; s < 8; s++) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(50);
      }
      if ((await next.count()) > 0 && (await next.first().isEnabled())) {
        await next.first().click();
        await page.waitForTimeout(300);
      }
    }
    await page.waitForTimeout(500);
    const tasks = await longTasks(page);
    record(`Longest main-thread task while paging and scrolling (${tasks.length} over 50 ms)`, Math.max(0, ...tasks), 100);
    // The biggest page (500 rows, which the grid virtualises): switching to it, scrolling its box, paging on.
    await longTasks(page);
    await page.getByLabel('Rows a page').selectOption('500');
    await page.getByTestId('candidates-range').getByText(/–500 of/).waitFor({ timeout: 60_000 });
    for (let i = 0; i < 3; i++) {
      await table.hover();
      for (let s = 0; s < 15; s++) {
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(50);
      }
      if ((await next.count()) > 0 && (await next.first().isEnabled())) {
        await next.first().click();
        await page.waitForTimeout(300);
      }
    }
    await page.waitForTimeout(500);
    const bigTasks = await longTasks(page);
    record(`Longest main-thread task at 500 rows a page (${bigTasks.length} over 50 ms)`, Math.max(0, ...bigTasks), 100);
  } finally {
    await browser.close();
  }
}

mkdirSync(CACHE, { recursive: true });
if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npx electron-vite build\` (LOOKALIKE_OUT_DIR names another folder).`);
console.log(`bench:webhost on ${describeMachine()}`);
if (values.only !== 'wide') await benchBigWorkspace();
if (values.only !== 'big') await benchWideWorkspace();
console.log('\nFigures (indicative: a shared machine; bars from issue 11)\n');
console.log(
  table(
    ['measure', 'ms', 'bar', ''],
    rows.map((r) => [r.label, Number.isFinite(r.ms) ? r.ms.toFixed(0) : '–', r.bar === null ? '' : `≤ ${r.bar}`, r.bar === null ? r.note ?? '' : `${r.ms <= r.bar ? 'PASS' : 'FAIL'}${r.note ? `  ${r.note}` : ''}`]),
  ),
);
