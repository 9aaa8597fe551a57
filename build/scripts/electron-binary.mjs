// Finds the Electron executable without loading the 'electron' package: its index.js starts a
// download when the binary is missing, and this build machine has no network. The rules mirror
// that index.js, so "found" here means Electron itself would start.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What to tell someone whose machine has no Electron binary: Finnish first, then English,
 * and where to go instead.
 * @param {boolean} triedDownload
 * @returns {string}
 */
export function missingBinaryMessage(triedDownload) {
  return [
    triedDownload
      ? 'Electronin työpöytäsovelluksen ohjelmatiedostoa ei ole asennettu, eikä sitä voitu ladata.'
      : 'Electronin työpöytäsovelluksen ohjelmatiedostoa ei ole asennettu.',
    'Sama sovellus toimii selaimessa komennolla: npm run web',
    '',
    triedDownload
      ? 'The Electron desktop binary is not installed and could not be downloaded.'
      : 'The Electron desktop binary is not installed.',
    'The same app runs in a browser with: npm run web',
  ].join('\n');
}

/**
 * The path of the Electron executable, or null when it is not installed.
 * @param {{ root?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {string | null}
 */
export function findElectronBinary({ root = REPO_ROOT, env = process.env } = {}) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
  }
  if (executable === '') return null;
  const binary = path.join(packageDir, 'dist', executable);
  return fs.existsSync(binary) ? binary : null;
}

export function hasElectronBinary(options) {
  return findElectronBinary(options) !== null;
}

const isCli =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli && process.argv.includes('--check')) {
  const binary = findElectronBinary();
  if (binary === null) {
    console.error(missingBinaryMessage(false));
    process.exit(1);
  }
  console.log(`Electron: ${binary}`);
}
