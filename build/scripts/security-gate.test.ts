import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FORBIDDEN_FAMILIES,
  NO_FILE,
  evaluateFindings,
  findingsFromSarif,
  formatReport,
  isForbiddenRule,
  parseAllowlist,
  scanDirectory,
  stageSources,
} from './security-gate.mjs';
import type { AllowEntry } from './security-gate.mjs';

const REASON = 'Reviewed: the policy is enforced elsewhere, see the linked test.';

/** A SARIF log shaped like Electronegativity 1.10.3 writes it. */
function sarifOf(...results: [rule: string, uri: string, line?: number][]) {
  return {
    $schema: 'http://json.schemastore.org/sarif-2.1.0',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', version: '1.10.3', rules: [] } },
        results: results.map(([ruleId, uri, startLine = 1]) => ({
          ruleId,
          level: 'warning',
          message: { text: `${ruleId} text` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                region: { startLine, startColumn: 1, charLength: 0 },
              },
            },
          ],
        })),
      },
    ],
  };
}

const verdictOf = (sarif: unknown, allow: AllowEntry[]) =>
  evaluateFindings(findingsFromSarif(sarif), allow);

describe('reading the SARIF report', () => {
  it('lists each result with its rule, file and line; a global check has no file', () => {
    const sarif = sarifOf(
      ['CSP_GLOBAL_CHECK', 'file:///'],
      ['OPEN_EXTERNAL_JS_CHECK', 'electron/main/menu.ts', 12],
    );
    expect(findingsFromSarif(sarif)).toEqual([
      { rule: 'CSP_GLOBAL_CHECK', file: NO_FILE, line: 1, message: 'CSP_GLOBAL_CHECK text' },
      {
        rule: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'electron/main/menu.ts',
        line: 12,
        message: 'OPEN_EXTERNAL_JS_CHECK text',
      },
    ]);
  });

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    ['another SARIF version', { version: '2.0.0', runs: [{ results: [] }] }],
    ['no runs', { version: '2.1.0', runs: [] }],
    ['a run without results', { version: '2.1.0', runs: [{}] }],
    ['a result without location', { version: '2.1.0', runs: [{ results: [{ ruleId: 'X' }] }] }],
  ])('refuses %s rather than read it as "no findings"', (_name, sarif) => {
    expect(() => findingsFromSarif(sarif)).toThrow();
  });
});

describe('the verdict', () => {
  it('passes an empty report', () => {
    expect(verdictOf(sarifOf(), []).ok).toBe(true);
  });

  it('passes a finding that is in the allow-list for that file, with its reason', () => {
    const verdict = verdictOf(sarifOf(['CSP_GLOBAL_CHECK', 'file:///']), [
      { rule: 'CSP_GLOBAL_CHECK', file: NO_FILE, reason: REASON },
    ]);
    expect(verdict.ok).toBe(true);
    expect(verdict.allowed).toEqual([
      expect.objectContaining({ rule: 'CSP_GLOBAL_CHECK', reason: REASON }),
    ]);
    expect(formatReport(verdict, 10)).toMatch(/1 allowed, 0 not in .*, 0 forbidden[\s\S]*passed/);
  });

  it('fails a finding that is not in the allow-list', () => {
    const verdict = verdictOf(sarifOf(['OPEN_EXTERNAL_JS_CHECK', 'electron/main/menu.ts', 7]), []);
    expect(verdict.ok).toBe(false);
    expect(verdict.unexpected).toEqual([expect.objectContaining({ line: 7 })]);
    expect(formatReport(verdict, 10)).toMatch(
      /NOT ALLOWED {2}OPEN_EXTERNAL_JS_CHECK {2}electron\/main\/menu\.ts:7[\s\S]*FAILED/,
    );
  });

  it('fails a listed rule found in another file: an entry covers one file only', () => {
    const verdict = verdictOf(sarifOf(['OPEN_EXTERNAL_JS_CHECK', 'electron/main/other.ts']), [
      { rule: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/menu.ts', reason: REASON },
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.unused).toHaveLength(1);
  });

  it.each([
    ['CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts'],
    ['NODE_INTEGRATION_JS_CHECK', 'electron/main/window.ts'],
    ['NODE_INTEGRATION_HTML_CHECK', 'renderer/index.html'],
    ['SANDBOX_JS_CHECK', 'electron/main/window.ts'],
    ['WEB_SECURITY_JS_CHECK', 'electron/main/window.ts'],
    ['INSECURE_CONTENT_JS_CHECK', 'electron/main/window.ts'],
    ['EXPERIMENTAL_FEATURES_JS_CHECK', 'electron/main/window.ts'],
    ['BLINK_FEATURES_HTML_CHECK', 'renderer/index.html'],
    ['HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK', 'file:///'],
  ])('fails %s even when it is in the allow-list', (rule, uri) => {
    const file = uri === 'file:///' ? NO_FILE : uri;
    const verdict = verdictOf(sarifOf([rule, uri]), [{ rule, file, reason: REASON }]);
    expect(verdict.ok).toBe(false);
    expect(verdict.forbidden).toEqual([expect.objectContaining({ rule })]);
    expect(verdict.allowed).toEqual([]);
    expect(formatReport(verdict, 10)).toContain(`FORBIDDEN  ${rule}`);
  });

  it('recognises exactly the forbidden families', () => {
    expect(FORBIDDEN_FAMILIES).toEqual([
      'CONTEXT_ISOLATION',
      'NODE_INTEGRATION',
      'SANDBOX',
      'WEB_SECURITY',
      'INSECURE_CONTENT',
      'EXPERIMENTAL_FEATURES',
      'BLINK_FEATURES',
    ]);
    for (const rule of [
      'CSP_GLOBAL_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'PRELOAD_JS_CHECK',
      'REQUIRE_SANDBOXED_RENDERERS_DEPRECATION',
    ]) {
      expect(isForbiddenRule(rule), rule).toBe(false);
    }
  });

  it('fails when a file could not be parsed: an unparsed file is an unchecked file', () => {
    const verdict = evaluateFindings(
      [],
      [],
      [{ file: 'electron/main/x.ts', message: 'Unexpected token', tolerable: false }],
    );
    expect(verdict.ok).toBe(false);
    expect(formatReport(verdict, 1)).toContain('NOT SCANNED (parse error)  electron/main/x.ts');
    const tolerable = evaluateFindings([], [], [{ file: 'a.ts', message: 'w', tolerable: true }]);
    expect(tolerable.ok).toBe(true);
  });

  it('warns about allow-list entries that matched nothing, without failing', () => {
    const verdict = verdictOf(sarifOf(), [
      { rule: 'CSP_GLOBAL_CHECK', file: NO_FILE, reason: REASON },
    ]);
    expect(verdict.ok).toBe(true);
    expect(formatReport(verdict, 1)).toContain('warning: allow-list entry matched nothing');
  });
});

describe('the allow-list', () => {
  it.each([
    ['no list', {}],
    ['an entry without a reason', { allow: [{ rule: 'X', file: 'a.ts' }] }],
    ['an empty reason', { allow: [{ rule: 'X', file: 'a.ts', reason: '  ' }] }],
    ['a reason that explains nothing', { allow: [{ rule: 'X', file: 'a.ts', reason: 'ok' }] }],
    ['a misspelt key', { allow: [{ rule: 'X', files: 'a.ts', reason: REASON }] }],
  ])('refuses %s', (_name, json) => {
    expect(() => parseAllowlist(json)).toThrow(/security-allowlist\.json/);
  });

  it('as committed: every entry has a reason and none is a forbidden family', async () => {
    const json: unknown = JSON.parse(
      await fs.readFile(path.join(import.meta.dirname, '../security-allowlist.json'), 'utf8'),
    );
    const entries = parseAllowlist(json);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(isForbiddenRule(entry.rule), entry.rule).toBe(false);
  });
});

describe('the scan itself (Electronegativity 1.10.3, offline)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-gate-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('stages the shipped sources without tests', async () => {
    const root = path.join(dir, 'repo');
    for (const file of [
      'electron/main/window.ts',
      'electron/main/window.test.ts',
      'renderer/index.html',
      'renderer/test/setup.ts',
      'renderer/app/App.test.tsx',
      'shared/csp.ts',
      'e2e/web/xss.spec.ts',
      'package.json',
    ]) {
      await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await fs.writeFile(path.join(root, file), '{}');
    }
    const stage = path.join(dir, 'stage');
    expect(await stageSources(root, stage)).toBe(3);
    const staged = (await fs.readdir(stage, { recursive: true })).map((f) =>
      f.replaceAll('\\', '/'),
    );
    expect(staged.filter((f) => /\.\w+$/.test(f)).sort()).toEqual([
      'electron/main/window.ts',
      'package.json',
      'renderer/index.html',
      'shared/csp.ts',
    ]);
  });

  it('finds every forbidden family in a hostile window and reports an unparsable file', async () => {
    const app = path.join(dir, 'app');
    await fs.mkdir(path.join(app, 'electron'), { recursive: true });
    await fs.writeFile(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'hostile', devDependencies: { electron: '45.5.0' } }),
    );
    // TypeScript syntax on purpose: the scan must parse the sources as they are written.
    await fs.writeFile(
      path.join(app, 'electron/windows.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'type Size = { width: number };',
        'const size = { width: 800 } satisfies Size;',
        'export const lax = new BrowserWindow({ ...size, webPreferences: {',
        '  contextIsolation: false, sandbox: false, webSecurity: false,',
        "  allowRunningInsecureContent: true, experimentalFeatures: true, enableBlinkFeatures: 'X' } });",
        'export const node = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      ].join('\n'),
    );
    await fs.writeFile(path.join(app, 'electron/broken.ts'), 'export const = ;');

    const { sarif, parseErrors, output } = await scanDirectory(app, dir);
    // The excluded network check would say "…fetching Electron's releases. No connectivity?".
    expect(output).not.toMatch(/Electron's releases/);
    const findings = findingsFromSarif(sarif);
    const families = FORBIDDEN_FAMILIES.filter((family) =>
      findings.some((f) => f.rule.startsWith(`${family}_`) && f.file === 'electron/windows.ts'),
    );
    expect(families).toEqual(FORBIDDEN_FAMILIES);
    expect(parseErrors).toEqual([expect.objectContaining({ tolerable: false })]);
    expect(parseErrors[0]?.file).toBe('electron/broken.ts');

    const allowEverything = findings.map((f) => ({ rule: f.rule, file: f.file, reason: REASON }));
    const verdict = evaluateFindings(findings, allowEverything, parseErrors);
    expect(verdict.ok).toBe(false);
    expect(verdict.unexpected).toEqual([]);
    expect(verdict.forbidden.length).toBeGreaterThanOrEqual(FORBIDDEN_FAMILIES.length);
  }, 60_000);
});
