import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/desktop-api';
import { pickPlatform } from './index';

describe('pickPlatform', () => {
  it('uses the web implementation when no desktop shell is present', async () => {
    const api = pickPlatform({});
    expect(api.capabilities).toEqual({
      isDesktop: false,
      canWriteBackupFiles: false,
      canPrintToPdf: false,
    });
    const info = await api.app.info();
    expect(info).toMatchObject({ ok: true, value: { electronVersion: null } });
  });

  it('uses the object the desktop preload exposed', () => {
    const desktop = { capabilities: { isDesktop: true } } as unknown as DesktopApi;
    expect(pickPlatform({ desktop })).toBe(desktop);
  });
});
