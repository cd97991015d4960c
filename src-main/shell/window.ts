/**
 * The main window and the web-contents hardening every window gets
 * (Electron security checklist): sandboxed renderer with context isolation,
 * no Node, no navigation away from the app, no new windows, no webviews and
 * no permission grants. The page's CSP lives in src-renderer/index.html.
 */
import { app, BrowserWindow, session, type WebContents } from 'electron';

export interface MainWindowOptions {
  preloadFile: string;
  rendererIndexFile: string;
  /** electron-vite's dev server URL; used only when the app is not packaged. */
  devServerUrl?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Lookalike Studio',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void loadRenderer(window, options);
  return window;
}

export function loadRenderer(window: BrowserWindow, options: MainWindowOptions): Promise<void> {
  return options.devServerUrl && !app.isPackaged
    ? window.loadURL(options.devServerUrl)
    : window.loadFile(options.rendererIndexFile);
}

/** Applies to every web contents the app ever creates, including ones we did not expect. */
export function hardenAllWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The app is a single page: any navigation (a dropped file, a stray link) is refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
