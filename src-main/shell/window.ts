/**
 * The main window and the hardening every window gets (Electron security
 * checklist): sandboxed renderer with context isolation and no Node
 * (web-preferences.ts), loaded from `app://` rather than `file://`
 * (app-protocol.ts), no navigation away from the app, no new windows, no
 * webviews and no permissions (session-hardening.ts). The page's CSP lives in
 * src-renderer/index.html and on every app:// response.
 */
import { app, BrowserWindow, protocol, session, type WebContents } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, RENDERER_ENTRY_URL } from './app-protocol';
import { denyAllPermissions } from './session-hardening';
import { mainWindowOptions } from './web-preferences';

export interface MainWindowOptions {
  preloadFile: string;
  /** electron-vite's dev server URL; used only when the app is not packaged. */
  devServerUrl?: string;
}

/** Must run before the app is ready: the scheme's privileges are fixed at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves the built renderer folder on app://renderer/ (once the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadFile));
  window.once('ready-to-show', () => window.show());
  void loadRenderer(window, options);
  return window;
}

export function loadRenderer(window: BrowserWindow, options: MainWindowOptions): Promise<void> {
  return window.loadURL(options.devServerUrl && !app.isPackaged ? options.devServerUrl : RENDERER_ENTRY_URL);
}

/** Applies to every web contents the app ever creates, including ones we did not expect. */
export function hardenAllWebContents(): void {
  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The app is a single page: any navigation (a dropped file, a stray link) is refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
