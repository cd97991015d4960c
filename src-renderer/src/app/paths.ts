/** The address parameter that opens Find lookalikes in the Jobs view (its value: the source to choose). */
export const NEW_JOB_PARAM = 'new';

/** The addresses of the views, built in one place so links and routes (router.tsx) agree. */
export const paths = {
  overview: () => '/',
  import: () => '/import',
  jobs: () => '/jobs',
  /** The Jobs view with Find lookalikes open, its source chosen when given (`outcome:won`, `segment:4`). */
  newJob: (source?: string) => `/jobs?${NEW_JOB_PARAM}=${source ? encodeURIComponent(source) : ''}`,
  job: (jobId: number) => `/jobs/${jobId}`,
  /** What re-ranking job `jobId` with the analyst's marks moved. */
  jobMoved: (jobId: number) => `/jobs/${jobId}/moved`,
  lists: () => '/lists',
  list: (listId: number) => `/lists/${listId}`,
  segments: () => '/segments',
  campaigns: () => '/campaigns',
};

/** A numeric route parameter (`/jobs/:jobId`), or null when it is absent or not a whole number. */
export function idParam(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}
