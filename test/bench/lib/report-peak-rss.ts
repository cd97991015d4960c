/**
 * Preloaded into a measured Node child (`node --import …/report-peak-rss.ts`)
 * so the child reports its own peak resident set size when it exits. The
 * parent passes the file to write in BENCH_PEAK_RSS_FILE. This is the fallback
 * for machines without GNU time, and a cross-check where it exists: both read
 * getrusage's ru_maxrss, which covers worker threads (same process) but not
 * grandchild processes.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes (KiB).
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
