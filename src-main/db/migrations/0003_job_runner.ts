/**
 * Which process runs a job ("host pid"), so a job is marked interrupted only
 * when that process is gone: the app and the command line may share a
 * workspace, and one must not mark the other's running job as crashed.
 */
export const name = 'job_runner';

export const sql = `
ALTER TABLE lookalike_jobs ADD COLUMN runner TEXT;
`;
