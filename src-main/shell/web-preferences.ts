/**
 * The main window's options, kept apart from window.ts (which imports
 * electron) so the security-relevant settings are unit-tested: a sandboxed
 * renderer with context isolation, no Node anywhere, web security on, no
 * webviews, and a dropped file never navigates the window.
 */
export function mainWindowOptions(preloadFile: string) {
  return {
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Lookalike Studio',
    backgroundColor: '#f6f7f9',
    webPreferences: mainWindowWebPreferences(preloadFile),
  } satisfies Electron.BrowserWindowConstructorOptions;
}

export function mainWindowWebPreferences(preloadFile: string) {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } satisfies Electron.WebPreferences;
}
