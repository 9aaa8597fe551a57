import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ElectronFuses from '@electron/fuses';
import type * as Fuses from './fuses.cjs';
import type { PackContext } from './fuses.cjs';

const require = createRequire(import.meta.url);
const { FUSES, afterPack, fuseConfig } = require('./fuses.cjs') as typeof Fuses;
const { getCurrentFuseWire } = require('@electron/fuses') as typeof ElectronFuses;

// The wire format of @electron/fuses: a sentinel, the wire version, the wire length, then one
// byte per fuse ('0' off, '1' on). Index order: RunAsNode, EnableCookieEncryption,
// EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
// EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges, then fuses newer
// than the pinned @electron/fuses knows about.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const AS_SHIPPED = '101100011';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-fuses-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const context = (electronPlatformName: string): PackContext => ({
  appOutDir: dir,
  electronPlatformName,
  packager: { appInfo: { productFilename: 'Valvo' }, executableName: 'valvo' },
});

/** A stand-in Electron executable: machine code around the fuse wire, as in the real binary. */
async function fakeElectron(name: string, wire = AS_SHIPPED): Promise<string> {
  const file = path.join(dir, name);
  const bytes = Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.from([0xde, 0xad, 0xbe, 0xef]),
  ]);
  await fs.writeFile(file, bytes);
  return file;
}

describe('the fuses the packaged app ships with', () => {
  it('are exactly the reviewed set', () => {
    expect(FUSES).toStrictEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
    expect(Object.isFrozen(FUSES)).toBe(true);
  });

  it('map to these places in the fuse wire, and the V8 snapshot fuse is left alone', () => {
    expect(fuseConfig('win32')).toStrictEqual({
      version: '1',
      resetAdHocDarwinSignature: false,
      0: false,
      1: true,
      2: false,
      3: false,
      4: true,
      5: true,
      7: false,
    });
  });
});

describe('afterPack', () => {
  it.each([
    ['win32', 'Valvo.exe', false],
    ['linux', 'valvo', false],
    ['darwin', 'Valvo.app', true],
  ])('on %s flips the fuses of %s once, with the exact config', async (platform, file, resign) => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const flip = vi.fn(async () => 1);
    await afterPack(context(platform), flip);
    expect(flip).toHaveBeenCalledOnce();
    expect(flip).toHaveBeenCalledWith(path.join(dir, file), {
      ...fuseConfig(platform),
      resetAdHocDarwinSignature: resign,
    });
  });

  it('fails the build for a platform it does not know, rather than ship unfused', async () => {
    const flip = vi.fn(async () => 1);
    await expect(afterPack(context('freebsd'), flip)).rejects.toThrow(/freebsd/);
    expect(flip).not.toHaveBeenCalled();
  });

  it('writes the wire of a binary with the real @electron/fuses, keeping unknown fuses', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const binary = await fakeElectron('valvo');
    await afterPack(context('linux'));

    const wire = await getCurrentFuseWire(binary);
    expect(wire).toStrictEqual({
      version: '1',
      0: OFF, // RunAsNode
      1: ON, // EnableCookieEncryption
      2: OFF, // EnableNodeOptionsEnvironmentVariable
      3: OFF, // EnableNodeCliInspectArguments
      4: ON, // EnableEmbeddedAsarIntegrityValidation
      5: ON, // OnlyLoadAppFromAsar
      6: OFF, // LoadBrowserProcessSpecificV8Snapshot: as shipped
      7: OFF, // GrantFileProtocolExtraPrivileges
      8: ON, // a newer fuse: as shipped
    });
    const bytes = await fs.readFile(binary);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    expect(bytes.subarray(-4)).toEqual(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
  });

  it('fails the build when the binary has no fuse wire', async () => {
    await fs.writeFile(path.join(dir, 'Valvo.exe'), 'not electron');
    await expect(afterPack(context('win32'))).rejects.toThrow(/sentinel/);
  });

  it('gives the read-back the README tells the release manager to expect', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const binary = await fakeElectron('Valvo.exe');
    await afterPack(context('win32'));
    const cli = require.resolve('@electron/fuses/dist/bin.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'read', '--app', binary], {
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(stdout.split('\n').slice(1, 10)).toEqual([
      'Fuse Version: v1',
      '  RunAsNode is Disabled',
      '  EnableCookieEncryption is Enabled',
      '  EnableNodeOptionsEnvironmentVariable is Disabled',
      '  EnableNodeCliInspectArguments is Disabled',
      '  EnableEmbeddedAsarIntegrityValidation is Enabled',
      '  OnlyLoadAppFromAsar is Enabled',
      '  LoadBrowserProcessSpecificV8Snapshot is Disabled',
      '  GrantFileProtocolExtraPrivileges is Disabled',
    ]);
  });
});
