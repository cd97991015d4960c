/**
 * Electron entry (built to out/main/index.js). Thin on purpose: it owns the
 * app lifecycle and wires the electron-free pieces together.
 * - One instance per user: a second launch focuses the first window.
 * - The workspace is `LOOKALIKE_DB` or `<userData>/workspace.db`; File › Open
 *   Workspace swaps it (the old one closes only after the new one opened).
 * - The renderer is served on app:// from its build folder, never file://;
 *   IPC is registered once, answers only that page, and forwards to the
 *   current workspace's dispatch.
 * - Jobs run in the background on a compute pool started with the first job;
 *   on quit (or a workspace switch) the running job is cancelled and the pool
 *   stopped before the database is closed, so the WAL is checkpointed.
 */
import { join } from 'node:path';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { isAppError, type Result } from '../contract/errors';
import { IPC_EVENT_PREFIX } from '../contract/methods';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { registerIpc } from '../ipc/register-ipc';
import { createTrustedSenderCheck } from '../ipc/trusted-sender';
import { openWorkspaceSession, useSqliteNativeBinding, type WorkspaceSession } from '../services/workspace-session';
import { installAppMenu, pickExportFile, pickImportFile, pickWorkspaceFile, showAbout, showError } from './menu';
import { RENDERER_ENTRY_URL } from './app-protocol';
import { sqliteBindingFor } from './sqlite-binding';
import { createMainWindow, hardenAllWebContents, registerAppScheme, serveRenderer } from './window';

const PRELOAD_FILE = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

let services: WorkspaceSession | null = null;
let workspaceDispatch: Dispatch | null = null;
let mainWindow: BrowserWindow | null = null;

const NO_WORKSPACE: Result<never> = { ok: false, error: { code: 'not_found', message: 'No workspace is open.' } };

function switchWorkspace(path: string): void {
  const previous = services;
  // Throws before anything changes if the file is refused.
  services = openWorkspaceSession(path, {
    markInterruptedJobs: true,
    // Exports ask where to go and imports which file with native dialogs over the window.
    services: {
      warmThreads: true,
      chooseExportFile: (suggested) => pickExportFile(mainWindow, suggested),
      chooseImportFile: () => pickImportFile(mainWindow),
    },
  });
  workspaceDispatch = createDispatch(services.api);
  // Pushed events go to the window on app-event:<name>; the preload hands the renderer the payload only.
  services.events.subscribe((event, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENT_PREFIX + event, payload);
  });
  // The old workspace closes once its running job (if any) has stopped.
  void previous?.close();
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({ preloadFile: PRELOAD_FILE, devServerUrl: DEV_SERVER_URL });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function openWorkspaceFromMenu(): Promise<void> {
  const path = await pickWorkspaceFile(mainWindow);
  if (!path) return;
  try {
    switchWorkspace(path);
  } catch (error) {
    showError('Cannot open workspace', isAppError(error) ? error.message : String(error));
    return;
  }
  mainWindow?.webContents.reload(); // the renderer re-reads everything from the new workspace
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenAllWebContents();
  serveRenderer(RENDERER_DIR);
  useSqliteNativeBinding(sqliteBindingFor(app.isPackaged, process.env));
  try {
    switchWorkspace(process.env['LOOKALIKE_DB'] || join(app.getPath('userData'), 'workspace.db'));
  } catch (error) {
    showError('Cannot open workspace', isAppError(error) ? error.message : String(error));
    app.quit();
    return;
  }
  const unregisterIpc = registerIpc(
    ipcMain,
    (method, payload) => (workspaceDispatch ? workspaceDispatch(method, payload) : Promise.resolve(NO_WORKSPACE)),
    createTrustedSenderCheck({ rendererUrl: RENDERER_ENTRY_URL, devServerUrl: DEV_SERVER_URL }),
  );
  installAppMenu({
    openWorkspace: () => void openWorkspaceFromMenu(),
    showAbout: () => void showAbout(mainWindow, services?.path ?? null),
  });
  showMainWindow();

  app.on('activate', showMainWindow); // macOS: clicking the dock icon with no window open
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    // Stop a running job and its workers before the database closes, then quit for real.
    quitting = true;
    event.preventDefault();
    unregisterIpc();
    const closing = services?.close() ?? Promise.resolve();
    services = null;
    workspaceDispatch = null;
    void closing.finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(); // before ready, or the scheme gets no origin of its own
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void start();
}
