import type { z } from 'zod';
import type { UnitPackage } from './format';
import {
  UNIT_PACKAGE_FORMAT,
  UNIT_PACKAGE_FORMAT_VERSION,
  UNIT_PACKAGE_MAX_BYTES,
  UnitPackageSchema,
  packageContentHash,
} from './format';
import type { ParsedJson } from '../files/strict-json';
import { childPath, isJsonObject, readStrictJson } from '../files/strict-json';
import type { Verified } from '../files/verified';
import type { PackageProblem } from './package-checks';
import { auditSegmentProblems, scopeProblems } from './package-checks';

export type { PackageProblem } from './package-checks';
/** A package that passed every check; the package open and the merge accept only this. */
export type VerifiedPackage = Verified<UnitPackage>;
export type ParsedUnitPackage =
  { ok: true; pkg: VerifiedPackage } | { ok: false; problems: PackageProblem[] };
export type ParseUnitPackageOptions = {
  knownSchemaVersion: number;
  /** The kind the caller can use here: a controller merges returns, a unit opens issues. */
  expectKind?: UnitPackage['kind'];
};

/** More than this many is not read by anyone. */
export const MAX_PACKAGE_PROBLEMS = 200;
/** A broken record usually breaks in several fields at once; the first few say enough. */
const ISSUES_PER_RECORD = 3;
/** Parts of the file made of records; an issue in them is a bad record, elsewhere a bad header. */
const RECORD_SECTIONS = new Set([
  'records',
  'base',
  'auditEvents',
  'settings',
  'units',
  'planYear',
]);

type Json = unknown;

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((at, key) => childPath(at, typeof key === 'number' ? key : String(key)), '');

/** Schema issues with their place in the file, at most a few per record. */
const schemaProblems = (issues: readonly z.core.$ZodIssue[]): PackageProblem[] => {
  const problems: PackageProblem[] = [];
  const perRecord = new Map<string, number>();
  for (const issue of issues) {
    if (problems.length >= MAX_PACKAGE_PROBLEMS) break;
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys)
        problems.push({ path: key, message: 'packages.errors.unknownField' });
      continue;
    }
    const [section] = issue.path;
    const isRecord = typeof section === 'string' && RECORD_SECTIONS.has(section);
    // records.controlActions[5], auditEvents[3], planYear: the record an issue belongs to.
    const depth = section === 'records' || section === 'base' ? 3 : section === 'planYear' ? 1 : 2;
    const record = formatPath(issue.path.slice(0, depth));
    const seen = perRecord.get(record) ?? 0;
    if (isRecord && seen >= ISSUES_PER_RECORD) continue;
    perRecord.set(record, seen + 1);
    problems.push({
      path: formatPath(issue.path),
      message: isRecord ? 'packages.errors.badRecord' : 'packages.errors.badHeader',
    });
  }
  return problems;
};

/** The header checks that decide whether the rest of the file can be read at all. */
const envelopeProblems = (raw: Json, options: ParseUnitPackageOptions): PackageProblem[] => {
  if (!isJsonObject(raw) || raw.format !== UNIT_PACKAGE_FORMAT)
    return [{ path: 'format', message: 'packages.errors.notPackage' }];
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > UNIT_PACKAGE_FORMAT_VERSION)
    return [{ path: 'formatVersion', message: 'packages.errors.newerFormat' }];
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > options.knownSchemaVersion)
    return [{ path: 'schemaVersion', message: 'packages.errors.newerSchema' }];
  const { expectKind } = options;
  if (expectKind && (raw.kind === 'issue' || raw.kind === 'return') && raw.kind !== expectKind)
    return [
      {
        path: 'kind',
        message: `packages.errors.wrongKind?expected=${expectKind}&found=${raw.kind}`,
      },
    ];
  return [];
};

const hashMatches = (raw: Record<string, Json>) => {
  const { contentSha256, ...body } = raw;
  try {
    return packageContentHash(body as Omit<UnitPackage, 'contentSha256'>) === contentSha256;
  } catch {
    // A number JSON cannot hold again (1e999 reads as Infinity) cannot have been hashed either.
    return false;
  }
};

/** The file's own checks: format and versions first, then every record against its schema. */
const parsePackage = (raw: Json, options: ParseUnitPackageOptions): ParsedJson<UnitPackage> => {
  const envelope = envelopeProblems(raw, options);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = UnitPackageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  return { ok: true, value: parsed.data };
};

/** What the whole package must hold: the hash over the file as written, its scope, its chain. */
const packageProblems = (pkg: UnitPackage, raw: Json): PackageProblem[] => {
  if (!hashMatches(raw as Record<string, Json>))
    return [{ path: 'contentSha256', message: 'packages.errors.hashMismatch' }];
  return [...scopeProblems(pkg), ...auditSegmentProblems(pkg.auditEvents)];
};

/**
 * Reads and checks a unit package completely before anything uses it (the strict reader of
 * shared/files: size, JSON syntax, no prototype keys, no oversize strings, no unknown fields),
 * with the package's own checks: format, versions and kind, every record against its schema
 * (problems listed with their place, e.g. `records.risks[2].owner`), the content hash over the
 * file as written, the scope (every record of the package's unit and year) and the chain of the
 * unit's audit events. Messages are i18n keys under `packages.errors`.
 */
export const parseUnitPackage = (
  text: string,
  options: ParseUnitPackageOptions,
): ParsedUnitPackage => {
  const read = readStrictJson(text, {
    messages: 'packages.errors',
    maxBytes: UNIT_PACKAGE_MAX_BYTES,
    maxProblems: MAX_PACKAGE_PROBLEMS,
    parse: (raw) => parsePackage(raw, options),
    check: packageProblems,
  });
  return read.ok ? { ok: true, pkg: read.value } : read;
};
