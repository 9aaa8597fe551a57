import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/desktop-api';
import type { DesktopApi } from '../../shared/desktop-api';

// The real 'electron' module would try to download the binary; the preload only needs these two.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
    on: vi.fn(),
    send: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: DesktopApi;

beforeAll(async () => {
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    DesktopApi,
  ];
  expect(name).toBe('desktop');
  exposed = api;
});

/** Every leaf of the exposed object, as dotted paths, to pin the surface exactly. */
function leaves(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leaves(child, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof child}`],
  );
}

describe('preload', () => {
  it('exposes exactly the DesktopApi surface, and no IPC object', () => {
    expect(leaves(exposed).sort()).toEqual([
      'app.info:function',
      'capabilities.canPrintToPdf:boolean',
      'capabilities.canWriteBackupFiles:boolean',
      'capabilities.isDesktop:boolean',
      'files.saveAs:function',
      'reports.savePdf:function',
    ]);
    expect(exposed.capabilities).toEqual({
      isDesktop: true,
      canWriteBackupFiles: true,
      canPrintToPdf: true,
    });
  });

  it('sends each call on its contract channel with only the caller arguments', async () => {
    expect(await exposed.app.info()).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.appInfo);

    const request = { suggestedName: 'riskit.csv', mimeType: 'text/csv', content: 'a;b' };
    await exposed.files.saveAs(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.filesSaveAs, request);

    const pdf = { route: '/print/audit?year=2026', suggestedName: 'tarkastus-2026.pdf' };
    expect(await exposed.reports.savePdf(pdf)).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.reportsSavePdf, pdf);
    expect(electron.ipcRenderer.invoke.mock.lastCall).toHaveLength(2);
  });

  it('never subscribes to or sends raw IPC', () => {
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
