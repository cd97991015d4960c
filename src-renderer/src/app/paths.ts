/** The addresses of the views, built in one place so links and routes (router.tsx) agree. */
export const paths = {
  overview: () => '/',
  import: () => '/import',
  jobs: () => '/jobs',
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
