// `npm start`: build and run the desktop app. Without an Electron binary (as on the build
// machine) try one download, then say plainly that the browser build is the way to run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingBinaryMessage } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const isWindows = process.platform === 'win32';

/** Runs an npm-installed command with the terminal attached and returns its exit status. */
function runBin(name, args) {
  const bin = path.join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
  // Windows runs .cmd shims only through a shell, which then needs the path quoted.
  const result = spawnSync(isWindows ? `"${bin}"` : bin, args, {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
  });
  return result.status ?? 1;
}

/** One download attempt; its stack trace would bury the message that matters, so keep one line. */
function tryDownload() {
  console.log(
    'Electron-binääriä ei löytynyt, yritetään ladata… / Electron binary not found, trying to download…',
  );
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) {
    const reason =
      `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ??
      result.error?.message;
    if (reason) console.log(`(syy / reason: ${reason.trim()})`);
  }
}

if (findElectronBinary({ root }) === null) tryDownload();

if (findElectronBinary({ root }) === null) {
  console.error(`\n${missingBinaryMessage(true)}`);
  process.exit(1);
}

const buildStatus = runBin('electron-vite', ['build']);
process.exit(buildStatus === 0 ? runBin('electron-vite', ['preview']) : buildStatus);
