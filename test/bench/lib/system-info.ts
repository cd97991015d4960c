/**
 * One line describing the machine, printed at the top of every benchmark so
 * figures can be compared across runs. The load average is there because a
 * busy machine (other test runs on the same cores) skews every timing.
 */
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${platform()} ${arch()}, ${cores.length} × ${model}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load ${(loadavg()[0] ?? 0).toFixed(2)}`;
}
