/**
 * Permissions for every page of the app: none. The renderer needs no camera,
 * notifications, clipboard reads, geolocation or devices, so requests are
 * answered no and checks (which Chromium makes without asking, e.g. for
 * `navigator.permissions.query` or media device labels) say no as well.
 * Takes the session's shape rather than importing electron, so it is tested
 * with a fake.
 */

/** The part of Electron's Session this module sets. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
