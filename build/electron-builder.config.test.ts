import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../shared/app-identity';

type Target = string | { target: string };
type BuilderConfig = {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  win: { target: Target[] };
  nsis: { perMachine: boolean };
  msi: { perMachine: boolean };
  linux: { target: Target[] };
  afterPack?: unknown;
};

const require = createRequire(import.meta.url);
const config = require('./electron-builder.config.cjs') as BuilderConfig;

// electron-builder's own schema check, reached through electron-builder so hoisting cannot
// pick up another copy. It rejects misspelt keys that would otherwise be ignored silently.
const builderRequire = createRequire(require.resolve('electron-builder'));
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as {
  DebugLogger: new (isEnabled: boolean) => unknown;
};
const targetNames = (targets: Target[]) =>
  targets.map((target) => (typeof target === 'string' ? target : target.target));

describe('electron-builder config', () => {
  it('uses the frozen identity from shared/app-identity.ts', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
  });

  it('passes electron-builder 26 schema validation, and the check catches typos', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const typo = { ...config, nsis: { perMachin: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /configuration object/,
    );
  });

  it('ships only the built app, inside an asar archive', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
  });

  it('builds per-user Windows installers and Linux packages', () => {
    expect(targetNames(config.win.target)).toEqual(['nsis', 'msi']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.msi.perMachine).toBe(false);
    expect(targetNames(config.linux.target)).toEqual(['AppImage', 'deb']);
  });
});
