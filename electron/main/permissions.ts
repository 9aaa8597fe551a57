import type { Session } from 'electron';

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

/**
 * The app needs no browser permission at all (no camera, notifications, clipboard reads,
 * geolocation…), so every request and every check is refused. A future exception must be
 * added here by name, with its reason.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
