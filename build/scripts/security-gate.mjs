// Security gate (`npm run security`, part of `npm test`): Electronegativity over the shipped
// sources, failing on any finding that is not in build/security-allowlist.json with a reason,
// and always on the families that would undo the window hardening. Electronegativity itself
// exits 0 whatever it finds, so the verdict is taken from its SARIF report here.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALLOWLIST = 'build/security-allowlist.json';

/** What ships: main and preload, the renderer, and the code they share. Tests never ship. */
export const SCANNED_DIRS = ['electron', 'renderer', 'shared'];
/** Its only network check (it asks GitHub for Electron's security fixes); CI runs offline. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
/** Findings of these families fail the gate even when someone lists them as allowed. */
export const FORBIDDEN_FAMILIES = [
  'CONTEXT_ISOLATION',
  'NODE_INTEGRATION',
  'SANDBOX',
  'WEB_SECURITY',
  'INSECURE_CONTENT',
  'EXPERIMENTAL_FEATURES',
  'BLINK_FEATURES',
];
/** Where a global check reports its finding: it belongs to no file. */
export const NO_FILE = 'N/A';

const FORBIDDEN_RULE = new RegExp(`(^|_)(${FORBIDDEN_FAMILIES.join('|')})_`);

/** True for e.g. SANDBOX_JS_CHECK and HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK. */
export function isForbiddenRule(ruleId) {
  return FORBIDDEN_RULE.test(ruleId);
}

/**
 * The findings of an Electronegativity SARIF report. A report that is not one fails loudly:
 * an unreadable report must never read as "nothing found".
 * @returns {{ rule: string, file: string, line: number, message: string }[]}
 */
export function findingsFromSarif(sarif) {
  const runs = sarif?.runs;
  if (sarif?.version !== '2.1.0' || !Array.isArray(runs) || runs.length === 0) {
    throw new Error('The Electronegativity report is not a SARIF 2.1.0 log with a run');
  }
  return runs.flatMap((run) => {
    if (!Array.isArray(run?.results)) throw new Error('A SARIF run has no results array');
    return run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri;
      if (typeof result.ruleId !== 'string' || typeof uri !== 'string') {
        throw new Error(`A SARIF result has no rule or location: ${JSON.stringify(result)}`);
      }
      return {
        rule: result.ruleId,
        file: uri === 'file:///' ? NO_FILE : uri.split(path.sep).join('/'),
        line: location.region?.startLine ?? 1,
        message: result.message?.text ?? '',
      };
    });
  });
}

/**
 * @returns {{ rule: string, file: string, reason: string }[]}
 */
export function parseAllowlist(json) {
  const entries = json?.allow;
  if (!Array.isArray(entries)) throw new Error(`${ALLOWLIST}: "allow" must be a list`);
  return entries.map((entry, index) => {
    const where = `${ALLOWLIST}: allow[${index}]`;
    const keys = Object.keys(entry ?? {})
      .sort()
      .join(',');
    if (keys !== 'file,reason,rule') {
      throw new Error(`${where} must have exactly rule, file and reason`);
    }
    for (const key of ['rule', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${where}.${key} must be a non-empty string`);
      }
    }
    if (entry.reason.trim().length < 30) {
      throw new Error(`${where}.reason must say why the finding is acceptable`);
    }
    return { rule: entry.rule, file: entry.file, reason: entry.reason };
  });
}

/**
 * The verdict: forbidden findings fail whatever the list says, unlisted ones fail, and list
 * entries that matched nothing are reported so the list does not silently go stale.
 */
export function evaluateFindings(findings, allowlist, parseErrors = []) {
  const allowed = [];
  const unexpected = [];
  const forbidden = [];
  const used = new Set();
  for (const finding of findings) {
    if (isForbiddenRule(finding.rule)) {
      forbidden.push(finding);
      continue;
    }
    const entry = allowlist.find((e) => e.rule === finding.rule && e.file === finding.file);
    if (entry === undefined) {
      unexpected.push(finding);
    } else {
      used.add(entry);
      allowed.push({ ...finding, reason: entry.reason });
    }
  }
  const unused = allowlist.filter((entry) => !used.has(entry));
  const unparsed = parseErrors.filter((error) => !error.tolerable);
  const ok = forbidden.length === 0 && unexpected.length === 0 && unparsed.length === 0;
  return { ok, allowed, unexpected, forbidden, unused, unparsed };
}

export function formatReport(verdict, scannedFiles) {
  const where = (f) => `${f.rule}  ${f.file}${f.file === NO_FILE ? '' : `:${f.line}`}`;
  const total = verdict.allowed.length + verdict.unexpected.length + verdict.forbidden.length;
  const lines = [
    `Electronegativity over ${SCANNED_DIRS.map((d) => `${d}/`).join(', ')}: ${scannedFiles} files, tests excluded; skipped ${EXCLUDED_CHECKS.join(', ')} (network)`,
    `${total} findings: ${verdict.allowed.length} allowed, ${verdict.unexpected.length} not in ${ALLOWLIST}, ${verdict.forbidden.length} forbidden`,
    ...verdict.forbidden.map((f) => `  FORBIDDEN  ${where(f)}  ${f.message}`),
    ...verdict.unexpected.map((f) => `  NOT ALLOWED  ${where(f)}  ${f.message}`),
    ...verdict.unparsed.map((e) => `  NOT SCANNED (parse error)  ${e.file}: ${e.message}`),
    ...verdict.allowed.map((f) => `  allowed  ${where(f)}: ${f.reason}`),
    ...verdict.unused.map(
      (e) => `  warning: allow-list entry matched nothing: ${e.rule} ${e.file}`,
    ),
    verdict.ok
      ? 'Security gate passed.'
      : `Security gate FAILED. Fix the code, or review the finding and add it to ${ALLOWLIST} with a reason (forbidden families cannot be allowed).`,
  ];
  return lines.join('\n');
}

/** Copies what ships into `dest`, leaving out tests, so the scan sees one app as one tree. */
export async function stageSources(root, dest) {
  let count = 0;
  const isTest = (name) => /\.test\.(ts|tsx)$/.test(name) || name === 'test';
  for (const dir of SCANNED_DIRS) {
    await fs.cp(path.join(root, dir), path.join(dest, dir), {
      recursive: true,
      filter: (source) => {
        const shipped = !isTest(path.basename(source));
        if (shipped && /\.(ts|tsx|js|html)$/.test(source)) count += 1;
        return shipped;
      },
    });
  }
  // package.json tells Electronegativity the Electron version, so defaults are judged right.
  await fs.copyFile(path.join(root, 'package.json'), path.join(dest, 'package.json'));
  return count;
}

/**
 * Scans `stageDir`, writing the SARIF report into `outDir`. Runs in a child process because
 * the library writes its report only after its promise resolved; the child's exit waits for it.
 */
export async function scanDirectory(stageDir, outDir) {
  const sarifPath = path.join(outDir, 'electronegativity.sarif');
  const errorsPath = path.join(outDir, 'parse-errors.json');
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [self, '--worker', stageDir, sarifPath, errorsPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en-US' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`Electronegativity failed (exit ${code}):\n${output}`);
  const sarif = JSON.parse(await fs.readFile(sarifPath, 'utf8'));
  const parseErrors = JSON.parse(await fs.readFile(errorsPath, 'utf8')).map((error) => ({
    ...error,
    file: path.relative(stageDir, error.file).split(path.sep).join('/'),
  }));
  return { sarif, sarifPath, parseErrors, output };
}

/** The worker: the documented programmatic API, which, unlike the CLI's SARIF mode, reports
 * files it could not parse (an unparsed file is an unchecked file). */
async function worker(stageDir, sarifPath, errorsPath) {
  const { default: run } = await import('@doyensec/electronegativity');
  const result = await run({
    input: stageDir,
    output: sarifPath,
    isSarif: true,
    isRelative: true,
    excludeFromScan: EXCLUDED_CHECKS,
  });
  await fs.writeFile(errorsPath, JSON.stringify(result.errors));
}

async function main() {
  const started = Date.now();
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-security-'));
  try {
    const stageDir = path.join(temp, 'app');
    const scannedFiles = await stageSources(REPO_ROOT, stageDir);
    const { sarif, sarifPath, parseErrors } = await scanDirectory(stageDir, temp);
    // `--sarif <file>` keeps the report, e.g. for a CI code-scanning upload.
    const keep = process.argv.indexOf('--sarif');
    if (keep !== -1 && process.argv[keep + 1]) {
      await fs.copyFile(sarifPath, path.resolve(process.argv[keep + 1]));
    }
    const allowlist = parseAllowlist(
      JSON.parse(await fs.readFile(path.join(REPO_ROOT, ALLOWLIST), 'utf8')),
    );
    const verdict = evaluateFindings(findingsFromSarif(sarif), allowlist, parseErrors);
    console.log(formatReport(verdict, scannedFiles));
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (!verdict.ok) process.exitCode = 1;
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

const isCli =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli && process.argv[2] === '--worker') {
  const [stageDir, sarifPath, errorsPath] = process.argv.slice(3);
  await worker(stageDir, sarifPath, errorsPath);
} else if (isCli) {
  await main().catch((error) => {
    console.error(`Security gate FAILED: ${error.message}`);
    process.exitCode = 1;
  });
}
