/**
 * The window and the web host start their read and job threads when they open
 * a workspace (`warmThreads`), so their first job reads its examples off the
 * thread that answers requests; the command line starts them only when a job
 * is queued, and a job there reads its examples where it runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPoolOf } from '../../../src-main/compute/read-pool';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { tempWorkspace } from '../../helpers/temp-workspace';

let opened: { ws: ReturnType<typeof tempWorkspace>; services: AppServices }[] = [];

afterEach(async () => {
  for (const { ws, services } of opened) {
    await services.close();
    ws.cleanup();
  }
  opened = [];
});

function open(options: Parameters<typeof openAppServices>[2]) {
  const ws = tempWorkspace();
  const services = openAppServices(ws, {}, options);
  opened.push({ ws, services });
  return { ws, services };
}

describe('threads started with the workspace', () => {
  it('are up soon after an app opens it, with nothing asked of them; the command line has none yet', async () => {
    const app = open({ warmThreads: true });
    const cli = open({});
    await cli.services.api['workspace.info']();
    await expect.poll(() => readPoolOf(app.ws.db)?.ready(), { timeout: 30_000, interval: 50 }).toBe(true);
    expect(readPoolOf(cli.ws.db)?.ready()).toBe(false);
  });
});
