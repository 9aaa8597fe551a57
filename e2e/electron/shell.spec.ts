import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../build/scripts/electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const binary = findElectronBinary({ root });
const hasBinary = binary !== null;
const skipReason =
  'no Electron binary on this machine (see build/scripts/electron-binary.mjs); the web e2e tests cover the renderer';
if (!hasBinary) console.log(`e2e/electron/shell.spec.ts skipped: ${skipReason}`);

describe.skipIf(!hasBinary)(
  hasBinary ? 'Electron shell' : `Electron shell (skipped: ${skipReason})`,
  () => {
    let app: ElectronApplication;
    let page: Page;

    beforeAll(async () => {
      // npm run test:e2e builds only the web bundle; the shell needs out/main and out/preload too.
      execFileSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
        cwd: root,
        stdio: 'inherit',
      });
      // Launch the directory, so package.json "main" (out/main/index.js) starts as in a packaged app.
      app = await _electron.launch({
        executablePath: binary ?? undefined,
        args: [root],
        cwd: root,
      });
      page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
    }, 120_000);

    afterAll(async () => {
      await app?.close();
    });

    it('loads the renderer from app://valvo in one window on the persistent partition', async () => {
      expect(page.url()).toMatch(/^app:\/\/valvo\//);
      expect(await page.title()).toMatch(/Valvo/);
      const windows = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => ({
          isPersistent: window.webContents.session.isPersistent(),
          storagePath: window.webContents.session.storagePath,
        })),
      );
      expect(windows).toHaveLength(1);
      expect(windows[0]?.isPersistent).toBe(true);
      expect(windows[0]?.storagePath).toMatch(/Valvo[\\/]Partitions[\\/]valvo$/);
    });

    it('exposes only the DesktopApi, and no Node, to the page', async () => {
      const surface = await page.evaluate(() => ({
        keys: Object.keys((window as unknown as { desktop: object }).desktop).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(surface).toEqual({
        keys: ['app', 'backups', 'capabilities', 'files', 'reports'],
        require: 'undefined',
        process: 'undefined',
      });
    });

    it('offers reports.savePdf to the page', async () => {
      const savePdf = await page.evaluate(() => {
        const { desktop } = window as unknown as {
          desktop: { capabilities: { canPrintToPdf: boolean }; reports?: { savePdf?: unknown } };
        };
        return {
          type: typeof desktop.reports?.savePdf,
          canPrintToPdf: desktop.capabilities.canPrintToPdf,
        };
      });
      expect(savePdf).toEqual({ type: 'function', canPrintToPdf: true });
    });

    it('offers backups to the page, and refuses a path as a backup name', async () => {
      // Read-only on purpose: this run uses the real userData folder, so it writes no backup.
      const backups = await page.evaluate(async () => {
        const { desktop } = window as unknown as {
          desktop: {
            backups: Record<string, unknown> & {
              list(): Promise<{ ok: boolean; value?: unknown }>;
              read(name: string): Promise<unknown>;
            };
          };
        };
        const list = await desktop.backups.list();
        return {
          types: Object.fromEntries(
            Object.entries(desktop.backups).map(([name, value]) => [name, typeof value]),
          ),
          listOk: list.ok,
          listIsArray: Array.isArray(list.value),
          traversal: await desktop.backups.read('../Preferences'),
        };
      });
      expect(backups).toEqual({
        types: {
          write: 'function',
          list: 'function',
          read: 'function',
          onQuitRequested: 'function',
        },
        listOk: true,
        listIsArray: true,
        traversal: { ok: false, error: 'invalid-arguments' },
      });
    });

    it('answers IPC from the app page', async () => {
      const info = await page.evaluate(() =>
        (
          window as unknown as { desktop: { app: { info(): Promise<unknown> } } }
        ).desktop.app.info(),
      );
      expect(info).toMatchObject({
        ok: true,
        value: { appVersion: '0.1.0', platform: process.platform },
      });
    });

    it('refuses new windows and navigation away from the app', async () => {
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
      await page.evaluate(() => window.location.assign('https://example.com/'));
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/valvo\//);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      );
    });
  },
);
