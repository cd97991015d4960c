// The read worker's entry when running from source (tests, tsx, the web host):
// registers tsx's loader in this worker thread, then exposes the TypeScript
// module's named tasks. The Electron build bundles read-worker.ts to
// out/main/read-worker.js instead (compute/read-pool.ts finds either).
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./read-worker.ts');
export const open = tasks.open;
export const compare = tasks.compare;
export const coverageGaps = tasks.coverageGaps;
export const positives = tasks.positives;
export const vocabulary = tasks.vocabulary;
export const preview = tasks.preview;
export const duplicates = tasks.duplicates;
