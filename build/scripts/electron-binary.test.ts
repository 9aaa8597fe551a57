import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, hasElectronBinary, missingBinaryMessage } from './electron-binary.mjs';

let root: string;
const electronDir = () => path.join(root, 'node_modules', 'electron');

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-electron-'));
  await fs.mkdir(electronDir(), { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('finds nothing in a fresh install (no path.txt: the binary was never downloaded)', () => {
    expect(findElectronBinary({ root, env: {} })).toBeNull();
    expect(hasElectronBinary({ root, env: {} })).toBe(false);
  });

  it('finds nothing when path.txt names a binary that is not there', async () => {
    await fs.writeFile(path.join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('finds the binary path.txt names under dist/', async () => {
    await fs.writeFile(path.join(electronDir(), 'path.txt'), 'electron');
    await fs.mkdir(path.join(electronDir(), 'dist'));
    await fs.writeFile(path.join(electronDir(), 'dist', 'electron'), '');
    expect(findElectronBinary({ root, env: {} })).toBe(
      path.join(electronDir(), 'dist', 'electron'),
    );
  });

  it('trusts ELECTRON_OVERRIDE_DIST_PATH, as Electron itself does', () => {
    expect(
      findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } }),
    ).toBe(path.join('/opt/electron', 'electron'));
  });

  it('answers for this repository from the file system alone', () => {
    // Loading the electron package here would start a download; the detector must not.
    const found = findElectronBinary();
    expect(found === null || found.includes('electron')).toBe(true);
  });
});

describe('missingBinaryMessage', () => {
  it('speaks Finnish first, then English, and points to the browser build', () => {
    const message = missingBinaryMessage(true);
    expect(message.indexOf('ei ole asennettu')).toBeLessThan(message.indexOf('is not installed'));
    expect(message).toContain('could not be downloaded');
    expect(message.match(/npm run web/g)).toHaveLength(2);
    expect(missingBinaryMessage(false)).not.toContain('downloaded');
  });
});
