import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumVersionOf, createWebApi } from './web';

describe('the web adapter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has no folders to tell of or open', async () => {
    const api = createWebApi('0.1.0');
    const info = await api.app.info();
    expect(info).toMatchObject({
      ok: true,
      value: { appVersion: '0.1.0', electronVersion: null, nodeVersion: null, folders: null },
    });
    expect(await api.app.openFolder('logs')).toEqual({ ok: false, error: 'unsupported' });
  });

  it('logs to the console at the level asked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = createWebApi('0.1.0');
    expect(await api.diagnostics.log({ level: 'error', message: 'boom' })).toEqual({
      ok: true,
      value: undefined,
    });
    await api.diagnostics.log({ level: 'warn', message: 'slow' });
    expect(error).toHaveBeenCalledWith('[Valvo] boom');
    expect(warn).toHaveBeenCalledWith('[Valvo] slow');
  });

  it('reads the Chromium version from client hints, when the browser gives them', () => {
    const withHints = {
      userAgentData: {
        brands: [
          { brand: 'Not=A?Brand', version: '24' },
          { brand: 'Chromium', version: '142' },
        ],
      },
    } as unknown as Navigator;
    expect(chromiumVersionOf(withHints)).toBe('142');
    expect(chromiumVersionOf({} as Navigator)).toBeNull();
  });
});
