// Types for security-gate.mjs, so its TypeScript test can import the plain script.
export type Finding = { rule: string; file: string; line: number; message: string };
export type AllowEntry = { rule: string; file: string; reason: string };
export type ParseError = { file: string; message: string; tolerable: boolean };
export type Verdict = {
  ok: boolean;
  allowed: (Finding & { reason: string })[];
  unexpected: Finding[];
  forbidden: Finding[];
  unused: AllowEntry[];
  unparsed: ParseError[];
};
export declare const SCANNED_DIRS: readonly string[];
export declare const EXCLUDED_CHECKS: readonly string[];
export declare const FORBIDDEN_FAMILIES: readonly string[];
export declare const NO_FILE: 'N/A';
export declare function isForbiddenRule(ruleId: string): boolean;
export declare function findingsFromSarif(sarif: unknown): Finding[];
export declare function parseAllowlist(json: unknown): AllowEntry[];
export declare function evaluateFindings(
  findings: readonly Finding[],
  allowlist: readonly AllowEntry[],
  parseErrors?: readonly ParseError[],
): Verdict;
export declare function formatReport(verdict: Verdict, scannedFiles: number): string;
export declare function stageSources(root: string, dest: string): Promise<number>;
export declare function scanDirectory(
  stageDir: string,
  outDir: string,
): Promise<{ sarif: unknown; sarifPath: string; parseErrors: ParseError[]; output: string }>;
