// The job worker's entry when running from source (tests, tsx, the web host):
// registers tsx's loader in this worker thread, then exposes the TypeScript
// module's named tasks. The Electron build bundles job-worker.ts to
// out/main/job-worker.js instead (jobs/job-pool.ts finds either).
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./job-worker.ts');
export const open = tasks.open;
export const complete = tasks.complete;
export const diagnose = tasks.diagnose;
export const merge = tasks.merge;
export const undoMerge = tasks.undoMerge;
