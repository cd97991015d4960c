/** Assembles the whole contract from the per-domain services of one workspace. */
import type { Api } from '../contract/api';
import type { Workspace } from '../db/workspace';
import { importsService } from './imports-service';
import { jobsService, type JobRunner } from './jobs-service';
import { workspaceService } from './workspace-service';

export function createApi(ws: Workspace, jobs: JobRunner): Api {
  return { ...workspaceService(ws), ...importsService(ws), ...jobsService(ws, jobs) };
}
