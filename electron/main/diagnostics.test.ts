import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_ARGUMENT_SCHEMAS, IPC_CHANNELS } from '../../shared/desktop-api';
import {
  appFolders,
  createDiagnosticsLogHandler,
  createOpenFolderHandler,
  sanitizeRendererMessage,
} from './diagnostics';

const userData = path.join('/home/maija/.config', 'Valvo');
const folders = appFolders(userData);

describe('appFolders', () => {
  it('keeps the backups and the logs inside userData', () => {
    expect(folders).toEqual({
      data: userData,
      backups: path.join(userData, 'backups'),
      logs: path.join(userData, 'logs'),
    });
  });
});

describe('app:open-folder', () => {
  const setup = (failure = '') => {
    const openPath = vi.fn(async (_folder: string) => failure);
    const makeFolder = vi.fn(async () => undefined);
    return {
      openPath,
      makeFolder,
      open: createOpenFolderHandler({ folders, openPath, makeFolder }),
    };
  };

  it('creates and opens the folder of each kind', async () => {
    const { open, openPath, makeFolder } = setup();
    for (const kind of ['data', 'backups', 'logs'] as const) await open({}, kind);
    expect(openPath.mock.calls).toEqual([[folders.data], [folders.backups], [folders.logs]]);
    expect(makeFolder).toHaveBeenCalledWith(folders.logs, { recursive: true });
  });

  it('accepts only the three kinds in its schema: a path is refused', () => {
    const schema = IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.appOpenFolder];
    for (const kind of ['data', 'backups', 'logs'])
      expect(schema.safeParse([kind]).success).toBe(true);
    for (const refused of [
      [userData],
      ['/etc'],
      ['C:\\Windows\\System32'],
      ['../logs'],
      ['constructor'],
      [],
      ['logs', '/tmp'],
      [{ kind: 'logs' }],
    ]) {
      expect(schema.safeParse(refused).success, JSON.stringify(refused)).toBe(false);
    }
  });

  it('opens nothing for a kind that is not its own, even past the schema', async () => {
    const { open, openPath } = setup();
    await expect(open({}, 'constructor' as never)).rejects.toThrow('not a folder of the app');
    await expect(open({}, '/etc' as never)).rejects.toThrow();
    expect(openPath).not.toHaveBeenCalled();
  });

  it('fails when the file manager reports an error', async () => {
    const { open } = setup('No application is associated');
    await expect(open({}, 'logs')).rejects.toThrow('No application is associated');
  });
});

describe('diagnostics:log', () => {
  const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

  it('writes at the level asked, marked as the renderer', () => {
    const log = logger();
    const handle = createDiagnosticsLogHandler({ log });
    handle({}, { level: 'error', message: 'TypeError: boom' });
    handle({}, { level: 'warn', message: 'slow' });
    handle({}, { level: 'info', message: 'hello' });
    expect(log.error).toHaveBeenCalledExactlyOnceWith('[renderer]', 'TypeError: boom');
    expect(log.warn).toHaveBeenCalledExactlyOnceWith('[renderer]', 'slow');
    expect(log.info).toHaveBeenCalledExactlyOnceWith('[renderer]', 'hello');
  });

  it('keeps a message to one entry: later lines indented, control characters dropped', () => {
    expect(
      sanitizeRendererMessage(
        'Error: x\r\n[2026-06-15 09:00:00.000] [info]  forged\u001b[31m\u0000\tok',
      ),
    ).toBe('Error: x\n    [2026-06-15 09:00:00.000] [info]  forged[31m\tok');
  });

  it('schema: three levels, a bounded non-empty message, nothing else', () => {
    const schema = IPC_ARGUMENT_SCHEMAS[IPC_CHANNELS.diagnosticsLog];
    expect(schema.safeParse([{ level: 'error', message: 'x'.repeat(8_000) }]).success).toBe(true);
    for (const refused of [
      [{ level: 'error', message: 'x'.repeat(8_001) }],
      [{ level: 'error', message: '' }],
      [{ level: 'silly', message: 'x' }],
      [{ level: 'info', message: 'x', file: '/tmp/x.log' }],
      ['just text'],
    ]) {
      expect(schema.safeParse(refused).success).toBe(false);
    }
  });

  it('drops messages past the limit per minute, and says how many', () => {
    const log = logger();
    let now = 0;
    const handle = createDiagnosticsLogHandler({ log, now: () => now, limit: 3, windowMs: 60_000 });
    for (let index = 0; index < 5; index += 1) handle({}, { level: 'error', message: `e${index}` });
    expect(log.error).toHaveBeenCalledTimes(3);
    now = 60_000;
    handle({}, { level: 'info', message: 'again' });
    expect(log.warn).toHaveBeenCalledExactlyOnceWith(
      '[renderer] 2 messages were not logged (too many)',
    );
    expect(log.info).toHaveBeenCalledExactlyOnceWith('[renderer]', 'again');
  });
});
