import type { WorkspaceApi } from '../contract/api';
import { workspaceStats } from '../db/queries/stats';
import type { Workspace } from '../db/workspace';

export function workspaceService(ws: Workspace): WorkspaceApi {
  return {
    async 'workspace.info'() {
      return { path: ws.path, schemaVersion: ws.schemaVersion, stats: workspaceStats(ws.db) };
    },
  };
}
