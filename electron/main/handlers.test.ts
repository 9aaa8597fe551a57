import { describe, expect, it, vi } from 'vitest';
import { createAppInfoHandler, createSaveAsHandler } from './handlers';
import type { HandlerDeps } from './handlers';

const sender = { id: 7 };

function deps(choice: { canceled: boolean; filePath?: string }): HandlerDeps<typeof sender> {
  return {
    getVersion: () => '0.1.0',
    versions: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0', v8: '14.2.1' },
    platform: 'win32',
    arch: 'x64',
    osVersion: 'Windows_NT 10.0.22631',
    getLocale: () => 'fi',
    showSaveDialog: vi.fn(async () => ({
      canceled: choice.canceled,
      filePath: choice.filePath ?? '',
    })),
    writeFile: vi.fn(async () => {}),
  };
}

describe('app:info', () => {
  it('reports the versions, the system and the folders for the About screen', () => {
    const folders = {
      data: 'C:\\Users\\maija\\AppData\\Roaming\\Valvo',
      backups: 'C:\\Users\\maija\\AppData\\Roaming\\Valvo\\backups',
      logs: 'C:\\Users\\maija\\AppData\\Roaming\\Valvo\\logs',
    };
    expect(createAppInfoHandler(deps({ canceled: true }), folders)()).toEqual({
      appVersion: '0.1.0',
      electronVersion: '45.5.0',
      chromiumVersion: '142.0.0.0',
      nodeVersion: '22.20.0',
      v8Version: '14.2.1',
      osVersion: 'Windows_NT 10.0.22631',
      platform: 'win32',
      arch: 'x64',
      locale: 'fi',
      folders,
    });
  });

  it('says null rather than guessing when a version is unknown', () => {
    const info = createAppInfoHandler({ ...deps({ canceled: true }), versions: {} })();
    expect(info.electronVersion).toBeNull();
    expect(info.chromiumVersion).toBeNull();
    expect(info.nodeVersion).toBeNull();
    expect(info.folders).toBeNull();
  });
});

describe('files:save-as', () => {
  const request = { suggestedName: 'riskit-2025.csv', mimeType: 'text/csv', content: 'a;b\n' };

  it('asks on the sender window, then writes the content where the user chose', async () => {
    const d = deps({ canceled: false, filePath: '/home/maija/Asiakirjat/riskit.csv' });
    expect(await createSaveAsHandler(d)({ sender }, request)).toEqual({
      saved: true,
      fileName: 'riskit.csv',
    });
    expect(d.showSaveDialog).toHaveBeenCalledWith(sender, {
      title: 'Tallenna nimellä',
      defaultPath: 'riskit-2025.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(d.writeFile).toHaveBeenCalledExactlyOnceWith(
      '/home/maija/Asiakirjat/riskit.csv',
      'a;b\n',
    );
  });

  it('writes binary content unchanged', async () => {
    const d = deps({ canceled: false, filePath: '/tmp/raportti.pdf' });
    const content = new Uint8Array([37, 80, 68, 70]);
    await createSaveAsHandler(d)(
      { sender },
      { suggestedName: 'raportti.pdf', mimeType: 'application/pdf', content },
    );
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/raportti.pdf', content);
  });

  it('writes nothing when the user cancels', async () => {
    const d = deps({ canceled: true });
    expect(await createSaveAsHandler(d)({ sender }, request)).toEqual({
      saved: false,
      fileName: null,
    });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('lets a write failure propagate (secureHandle turns it into an error code)', async () => {
    const d = {
      ...deps({ canceled: false, filePath: '/readonly/x.csv' }),
      writeFile: vi.fn(async () => Promise.reject(new Error('EROFS'))),
    };
    await expect(createSaveAsHandler(d)({ sender }, request)).rejects.toThrow('EROFS');
  });
});
