import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import electronLog from 'electron-log/node.js';
import { describe, expect, it, vi } from 'vitest';
import { LOG_MAX_BYTES, configureFileLog, logUncaughtErrors, routeConsoleToLog } from './log';
import type { FileLogger } from './log';

const fakeLogger = () =>
  ({
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    transports: {
      file: {
        level: 'silly' as string | false,
        maxSize: 1024 * 1024,
        resolvePathFn: (() =>
          '/somewhere/else.log') as FileLogger['transports']['file']['resolvePathFn'],
      },
      ipc: { level: 'silly' as string | false },
      remote: { level: 'info' as string | false },
    },
  }) satisfies FileLogger;

describe('configureFileLog', () => {
  it('writes to userData/logs/main.log, rotates at 5 MB and sends nothing elsewhere', () => {
    const logger = fakeLogger();
    const userData = path.join('C:', 'Users', 'maija', 'AppData', 'Roaming', 'Valvo');
    const filePath = configureFileLog(logger, userData);
    expect(filePath).toBe(path.join(userData, 'logs', 'main.log'));
    expect(logger.transports.file.resolvePathFn(undefined as never)).toBe(filePath);
    expect(path.relative(path.join(userData, 'logs'), filePath)).toBe('main.log');
    expect(logger.transports.file.maxSize).toBe(LOG_MAX_BYTES);
    expect(LOG_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(logger.transports.file.level).toBe('info');
    expect(logger.transports.ipc.level).toBe(false);
    expect(logger.transports.remote.level).toBe(false);
  });

  it('makes electron-log write its file there', async () => {
    const userData = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-log-'));
    try {
      const logger = electronLog.create({ logId: 'valvo-log-test' });
      logger.transports.console.level = false;
      const filePath = configureFileLog(logger, userData);
      logger.info('[startup] Valvo 0.1.0');
      logger.warn('[ipc] backups:read: refused invalid arguments');
      const text = await fs.readFile(filePath, 'utf8');
      expect(text).toMatch(/\[info\]\s+\[startup\] Valvo 0\.1\.0\n/);
      expect(text).toMatch(/\[warn\]\s+\[ipc\] backups:read: refused invalid arguments\n/);
      expect(await fs.readdir(path.join(userData, 'logs'))).toEqual(['main.log']);

      // Past the size limit the file moves aside and a new one starts (a small limit here).
      logger.transports.file.maxSize = 100;
      logger.info('[window] main window created');
      expect((await fs.readdir(path.join(userData, 'logs'))).sort()).toEqual([
        'main.log',
        'main.old.log',
      ]);
      expect(await fs.readFile(filePath, 'utf8')).toMatch(
        /^\[[^\n]+\[window\] main window created\n$/,
      );
    } finally {
      await fs.rm(userData, { recursive: true, force: true });
    }
  });
});

describe('routeConsoleToLog', () => {
  it('sends console errors, warnings and messages to the log', () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const target = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), log: vi.fn() };
    routeConsoleToLog(target, log);
    // The IPC wrapper reports a refusal this way.
    target.warn('[ipc] app:open-folder: refused a call from an untrusted sender');
    target.error('[ipc] backups:write failed', new Error('ENOSPC'));
    target.log('plain');
    expect(log.warn).toHaveBeenCalledWith(
      '[ipc] app:open-folder: refused a call from an untrusted sender',
    );
    expect(log.error).toHaveBeenCalledWith('[ipc] backups:write failed', new Error('ENOSPC'));
    expect(log.info).toHaveBeenCalledWith('plain');
  });
});

describe('logUncaughtErrors', () => {
  it('logs an uncaught exception and an unhandled rejection', () => {
    const listeners = new Map<string, (value: unknown) => void>();
    const source = {
      on: (event: string, listener: (value: never) => void) =>
        listeners.set(event, listener as (value: unknown) => void),
    };
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    logUncaughtErrors(source, log);
    const boom = new Error('boom');
    listeners.get('uncaughtException')?.(boom);
    listeners.get('unhandledRejection')?.('nope');
    expect(log.error.mock.calls).toEqual([
      ['[main] uncaught exception', boom],
      ['[main] unhandled rejection', 'nope'],
    ]);
  });
});
