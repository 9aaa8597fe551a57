import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions';
import type { PermissionSession } from './permissions';

type CheckHandler = Exclude<Parameters<Session['setPermissionCheckHandler']>[0], null>;
type RequestHandler = Exclude<Parameters<Session['setPermissionRequestHandler']>[0], null>;
type Permission = Parameters<CheckHandler>[1] | Parameters<RequestHandler>[1];

// Every permission name Electron 45 declares. The type below fails to compile if Electron adds
// one that is missing here, so an upgrade cannot slip a new permission past this test.
const ALL_PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const satisfies readonly Permission[];
const isComplete: Exclude<Permission, (typeof ALL_PERMISSIONS)[number]> extends never
  ? true
  : false = true;

function capture() {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: vi.fn((handler) => (handlers.request = handler ?? undefined)),
    setPermissionCheckHandler: vi.fn((handler) => (handlers.check = handler ?? undefined)),
  };
  denyAllPermissions(session);
  return handlers;
}

describe('denyAllPermissions', () => {
  it('lists every permission Electron knows', () => {
    expect(isComplete).toBe(true);
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
  });

  it.each(ALL_PERMISSIONS)('refuses a request for %s', (permission) => {
    const callback = vi.fn();
    capture().request?.({} as never, permission, callback, {} as never);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(ALL_PERMISSIONS)('answers false to a check for %s', (permission) => {
    expect(capture().check?.(null, permission, 'app://valvo', {} as never)).toBe(false);
  });

  it('installs both handlers', () => {
    const handlers = capture();
    expect(handlers.request).toBeTypeOf('function');
    expect(handlers.check).toBeTypeOf('function');
  });
});
