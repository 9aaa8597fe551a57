// afterPack hook: flips Electron's fuses in the packed binary, before electron-builder signs it
// (flipping changes the executable, so a signature made earlier would break). A fuse is a bit
// compiled into the Electron binary; it cannot be switched back at run time or by the user.
// Read the result back on the packaging machine with `npx @electron/fuses read --app <binary>`.
const path = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');

/**
 * Exactly these fuses are set; every other fuse keeps the value Electron ships with.
 * @type {Readonly<Record<string, boolean>>}
 */
const FUSES = Object.freeze({
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  // NODE_OPTIONS cannot inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends cannot attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // file:// gets no extra privileges; the app is served from app://valvo only.
  GrantFileProtocolExtraPrivileges: false,
  // app.asar is checked against the hash electron-builder embeds (Windows and macOS; Electron
  // does not implement the check on Linux, where the fuse has no effect).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Code loads only from app.asar, so the integrity check cannot be sidestepped with a
  // loose app/ folder next to it.
  OnlyLoadAppFromAsar: true,
  // Cookies on disk are encrypted with the OS key store.
  EnableCookieEncryption: true,
});

/**
 * The argument for flipFuses: the fuse names above mapped to their places in the fuse wire.
 * @param {string} platformName electron-builder's electronPlatformName
 */
function fuseConfig(platformName) {
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = {
    version: FuseVersion.V1,
    // Changing the binary breaks macOS's ad-hoc signature, without which an arm64 build does
    // not start; a real signature made after this hook replaces it.
    resetAdHocDarwinSignature: platformName === 'darwin' || platformName === 'mas',
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = value;
  }
  return config;
}

/**
 * Where electron-builder put the Electron executable (the same rule it uses for its own
 * electronFuses option).
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, String(packager.executableName));
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`No fuses for platform ${electronPlatformName}`);
  }
}

/**
 * @param {Parameters<typeof electronBinaryPath>[0]} context
 * @param {typeof flipFuses} [flip] replaced in tests
 */
async function afterPack(context, flip = flipFuses) {
  const binary = electronBinaryPath(context);
  await flip(binary, fuseConfig(context.electronPlatformName));
  console.log(`  • Electron fuses set in ${binary}`);
}

module.exports = { FUSES, fuseConfig, electronBinaryPath, afterPack };
