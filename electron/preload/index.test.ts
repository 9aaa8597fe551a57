import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/desktop-api';
import type { DesktopApi } from '../../shared/desktop-api';
import { BEFORE_QUIT_CHANNEL } from '../main/quit';

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
      'app.openFolder:function',
      'backups.list:function',
      'backups.onQuitRequested:function',
      'backups.read:function',
      'backups.write:function',
      'capabilities.canPrintToPdf:boolean',
      'capabilities.canWriteBackupFiles:boolean',
      'capabilities.isDesktop:boolean',
      'diagnostics.log:function',
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

  it('sends backup calls on their channels', async () => {
    const request = { reason: 'manual' as const, content: '{"format":"valvo-backup"}' };
    expect(await exposed.backups.write(request)).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      IPC_CHANNELS.backupsWrite,
      request,
    );
    await exposed.backups.list();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupsList);
    const name = 'valvo-backup-2026-03-01T10-00-00.000Z-manual.json';
    await exposed.backups.read(name);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupsRead, name);
  });

  it('sends the folder kind and the log entry on their channels, nothing more', async () => {
    await exposed.app.openFolder('logs');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      IPC_CHANNELS.appOpenFolder,
      'logs',
    );
    const entry = { level: 'error' as const, message: 'TypeError: boom' };
    await exposed.diagnostics.log(entry);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      IPC_CHANNELS.diagnosticsLog,
      entry,
    );
    expect(electron.ipcRenderer.invoke.mock.lastCall).toHaveLength(2);
  });

  it('subscribes only to the quit message from main, and never sends raw IPC', () => {
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(BEFORE_QUIT_CHANNEL, expect.any(Function));
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});

describe('preload: quit handshake', () => {
  const event = { sender: { secret: 'ipcRenderer' }, senderId: 0, ports: [] };
  const beforeQuit = () => {
    const listener = electron.ipcRenderer.on.mock.calls[0]?.[1] as unknown as
      ((...args: unknown[]) => void) | undefined;
    if (listener === undefined) throw new Error('no quit listener');
    listener(event);
  };
  const quitReadyCalls = () =>
    electron.ipcRenderer.invoke.mock.calls.filter(
      (call) => (call as unknown[])[0] === IPC_CHANNELS.appQuitReady,
    );
  /** Lets the preload's promise chain run to its end (the reset of its running flag). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    electron.ipcRenderer.invoke.mockClear();
  });

  it('answers at once when the renderer registered no callback', async () => {
    beforeQuit();
    await vi.waitFor(() => expect(quitReadyCalls()).toHaveLength(1));
    expect(quitReadyCalls()[0]).toEqual([IPC_CHANNELS.appQuitReady]);
    await settle();
  });

  it('runs the callback without the IPC event, and answers only once it has finished', async () => {
    let finish: () => void = () => {};
    const callback = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    exposed.backups.onQuitRequested(callback);
    beforeQuit();
    await vi.waitFor(() => expect(callback).toHaveBeenCalledOnce());
    expect(callback.mock.calls[0]).toEqual([]);
    // A repeated message while the backup runs does not start a second one.
    beforeQuit();
    await settle();
    expect(callback).toHaveBeenCalledOnce();
    expect(quitReadyCalls()).toHaveLength(0);

    finish();
    await vi.waitFor(() => expect(quitReadyCalls()).toHaveLength(1));
    expect(quitReadyCalls()[0]).toEqual([IPC_CHANNELS.appQuitReady]);
    await settle();
  });

  it('answers even when the callback fails, and a later registration replaces the earlier one', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const earlier = vi.fn(async () => {});
    const failing = vi.fn(async () => {
      throw new Error('disk full');
    });
    exposed.backups.onQuitRequested(earlier);
    exposed.backups.onQuitRequested(failing);
    beforeQuit();
    await vi.waitFor(() => expect(quitReadyCalls()).toHaveLength(1));
    expect(failing).toHaveBeenCalledOnce();
    expect(earlier).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    await settle();
  });
});
