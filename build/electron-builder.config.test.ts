import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../shared/app-identity';
import type * as Fuses from './fuses.cjs';

type Target = { target: string; arch: string[] };
type BuilderConfig = {
  appId: string;
  productName: string;
  electronVersion: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  afterPack: string;
  publish: null;
  win: { target: Target[] };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  linux: { target: Target[]; executableName: string };
  appImage: { artifactName: string };
  deb: { artifactName: string };
};

const require = createRequire(import.meta.url);
const config = require('./electron-builder.config.cjs') as BuilderConfig;
const packageJson = require('../package.json') as {
  name: string;
  productName: string;
  version: string;
  devDependencies: Record<string, string>;
};

// electron-builder's own modules, reached through electron-builder so hoisting cannot pick up
// another copy.
const builderRequire = createRequire(require.resolve('electron-builder'));
const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
const { validateConfiguration } = libRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as {
  DebugLogger: new (isEnabled: boolean) => unknown;
};
const { resolveFunction } = libRequire('./out/util/resolve.js') as {
  resolveFunction(type: string, executor: unknown, name: string, root: string): Promise<unknown>;
};
const { minimatch } = libRequire('minimatch') as {
  minimatch(path: string, pattern: string, options: { dot: boolean }): boolean;
};

/** electron-builder's reading of `files`: later patterns win, `!` excludes. */
const isPackaged = (file: string) =>
  config.files.reduce(
    (included, pattern) =>
      pattern.startsWith('!')
        ? included && !minimatch(file, pattern.slice(1), { dot: true })
        : included || minimatch(file, pattern, { dot: true }),
    false,
  );

/** The macros electron-builder expands in artifactName, for one release. */
const artifact = (pattern: string, arch: string, ext: string) =>
  pattern
    .replaceAll('${productName}', packageJson.productName)
    .replaceAll('${name}', packageJson.name)
    .replaceAll('${version}', '1.2.3')
    .replaceAll('${arch}', arch)
    .replaceAll('${ext}', ext);

describe('electron-builder config', () => {
  it('uses the frozen identity from shared/app-identity.ts, as package.json does', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    // Electron takes the app name (and its default paths) from package.json's productName;
    // the app sets userData explicitly, but the installer and the app must agree on the name.
    expect(packageJson.productName).toBe(PRODUCT_NAME);
  });

  it('passes electron-builder 26 schema validation, and the check catches typos', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const typo = { ...config, nsis: { perMachin: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /configuration object/,
    );
  });

  it('builds with exactly the installed Electron', () => {
    const installed = JSON.parse(
      readFileSync(require.resolve('electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(config.electronVersion).toBe(installed.version);
    expect(config.electronVersion).toBe(packageJson.devDependencies.electron);
  });

  it('ships only the built app, without source maps, inside an asar archive', () => {
    expect(config.files).toEqual(['out/**', '!**/*.map', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config).not.toHaveProperty('asarUnpack');
    expect(config).not.toHaveProperty('disableAsarIntegrity');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });

    for (const shipped of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
    ]) {
      expect(isPackaged(shipped), shipped).toBe(true);
    }
    for (const kept of [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc123.js.map',
      'electron/main/index.ts',
      'electron/main/window.test.ts',
      'renderer/main.tsx',
      'shared/app-identity.ts',
      'build/fuses.cjs',
      'build/electron-builder.config.cjs',
      'build/security-allowlist.json',
      'e2e/web/xss.spec.ts',
      'dist/web/index.html',
      'docs/performance.md',
      'README.md',
      'tsconfig.json',
      '.ci/run',
      'package-lock.json',
    ]) {
      expect(isPackaged(kept), kept).toBe(false);
    }
  });

  it('flips the fuses after packing with build/fuses.cjs, as electron-builder resolves it', async () => {
    expect(config.afterPack).toBe('./build/fuses.cjs');
    const hook = await resolveFunction('afterPack', config.afterPack, 'afterPack', process.cwd());
    const { afterPack } = require('./fuses.cjs') as typeof Fuses;
    expect(hook).toBe(afterPack);
  });

  it('publishes nothing: there is no update feed', () => {
    expect(config.publish).toBeNull();
  });

  it('builds NSIS and MSI for Windows and AppImage and deb for Linux, all x64', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux.executableName).toBe('valvo');
  });

  it('installs NSIS per user and keeps the data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('installs the MSI per machine for deployment tools, and never starts the app as SYSTEM', () => {
    expect(config.msi).toMatchObject({ oneClick: true, perMachine: true, runAfterFinish: false });
  });

  it('names the artifacts predictably', () => {
    expect(artifact(String(config.nsis.artifactName), 'x64', 'exe')).toBe(
      'Valvo-1.2.3-setup-x64.exe',
    );
    expect(artifact(String(config.msi.artifactName), 'x64', 'msi')).toBe('Valvo-1.2.3-x64.msi');
    expect(artifact(config.appImage.artifactName, 'x86_64', 'AppImage')).toBe(
      'Valvo-1.2.3-x86_64.AppImage',
    );
    expect(artifact(config.deb.artifactName, 'amd64', 'deb')).toBe('valvo_1.2.3_amd64.deb');
  });
});
