/** Assembles the whole contract from the per-domain services of one workspace. */
import type { Api, ExportsApi, ListsApi, SourcesApi } from '../contract/api';
import { exportToWorkspaceFolder } from './export-service';
import { listCampaigns } from './campaigns-service';
import { addToList, createList, deleteList, listLists, listMembersPage, removeFromList } from './lists-service';
import { listSegments } from './segments-service';
import type { Workspace } from '../db/workspace';
import { importsService } from './imports-service';
import { jobsService, type JobRunner } from './jobs-service';
import { workspaceService } from './workspace-service';

export function createApi(ws: Workspace, jobs: JobRunner): Api {
  return { ...workspaceService(ws), ...importsService(ws), ...jobsService(ws, jobs), ...sourcesService(ws), ...listsService(ws), ...exportsService(ws) };
}

/** The campaigns, lists and segments a job can start from. */
function sourcesService(ws: Workspace): SourcesApi {
  return {
    async 'campaigns.list'() {
      return listCampaigns(ws);
    },
    async 'lists.list'() {
      return listLists(ws);
    },
    async 'segments.list'() {
      return listSegments(ws);
    },
  };
}

function exportsService(ws: Workspace): ExportsApi {
  return {
    async 'exports.csv'(source) {
      return exportToWorkspaceFolder(ws, source);
    },
  };
}

/** Lists built and kept from the window: create, fill from candidates, browse, trim, delete. */
function listsService(ws: Workspace): ListsApi {
  return {
    async 'lists.create'(input) {
      return createList(ws, input);
    },
    async 'lists.add'(payload) {
      const { listId, ...source } = payload;
      return addToList(ws, listId, source);
    },
    async 'lists.members'({ listId, offset, limit }) {
      return listMembersPage(ws, listId, offset ?? 0, limit ?? 50);
    },
    async 'lists.remove'({ listId, ids }) {
      return removeFromList(ws, listId, ids);
    },
    async 'lists.delete'({ listId }) {
      return deleteList(ws, listId);
    },
  };
}
