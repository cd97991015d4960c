/**
 * The native chrome around the window: the application menu (its actions are
 * injected, so the menu holds layout only) and the dialogs those actions open.
 * Each dialog returns plain values so main.ts stays readable.
 */
import { join } from 'node:path';
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openWorkspace(): void;
  showAbout(): void;
}

export function installAppMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Reload and devtools only while developing: reloading would not reopen a switched workspace.
        ...(app.isPackaged
          ? []
          : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About Lookalike Studio', click: () => actions.showAbout() }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Asks for a workspace file; null when the user cancels. */
export async function pickWorkspaceFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open Workspace',
    properties: ['openFile'],
    filters: [
      { name: 'Lookalike workspace', extensions: ['db', 'sqlite', 'sqlite3'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Asks for a CRM export to import; null when the user cancels. */
export async function pickImportFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import a CRM export',
    buttonLabel: 'Preview',
    properties: ['openFile'],
    filters: [
      { name: 'CSV and text exports', extensions: ['csv', 'txt', 'tsv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Asks where to save an export, starting from the suggested folder and name; null when the user cancels. */
export async function pickExportFile(parent: BrowserWindow | null, suggested: { folder: string; fileName: string }): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export CSV',
    defaultPath: join(suggested.folder, suggested.fileName),
    buttonLabel: 'Export',
    filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function showAbout(parent: BrowserWindow | null, workspacePath: string | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'About Lookalike Studio',
    message: `Lookalike Studio ${app.getVersion()}`,
    detail: [
      'Find more of the B2B leads that already work, offline, from your CRM exports.',
      workspacePath ? `Workspace: ${workspacePath}` : null,
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    buttons: ['OK'],
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

export function showError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}
