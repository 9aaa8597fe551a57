import type { z } from 'zod';
import type { UnitPackage } from './format';
import {
  UNIT_PACKAGE_FORMAT,
  UNIT_PACKAGE_FORMAT_VERSION,
  UNIT_PACKAGE_MAX_BYTES,
  UnitPackageSchema,
  packageContentHash,
} from './format';
import { looksBinary } from '../files/text-content';
import type { PackageProblem } from './package-checks';
import { auditSegmentProblems, scopeProblems } from './package-checks';

export type { PackageProblem } from './package-checks';
export type ParsedUnitPackage =
  { ok: true; pkg: UnitPackage } | { ok: false; problems: PackageProblem[] };
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
/** Keys that could reach an object's prototype when a file's data is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const childPath = (path: string, key: PropertyKey) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : path === ''
      ? String(key)
      : `${path}.${String(key)}`;
const formatPath = (path: readonly PropertyKey[]) => path.reduce<string>(childPath, '');

const refuse = (problems: PackageProblem[]): ParsedUnitPackage => ({
  ok: false,
  problems: problems.slice(0, MAX_PACKAGE_PROBLEMS),
});

/** UTF-8 size without encoding the whole text again. */
const utf8Length = (text: string) => {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
};

const isTooLarge = (text: string) =>
  text.length > UNIT_PACKAGE_MAX_BYTES ||
  (text.length * 3 > UNIT_PACKAGE_MAX_BYTES && utf8Length(text) > UNIT_PACKAGE_MAX_BYTES);

/** Every forbidden key anywhere in the parsed JSON, with its path. */
const forbiddenKeys = (root: Json): PackageProblem[] => {
  const problems: PackageProblem[] = [];
  const stack: { value: Json; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0 && problems.length < MAX_PACKAGE_PROBLEMS) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: childPath(path, index) }));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const at = childPath(path, key);
        if (FORBIDDEN_KEYS.has(key))
          problems.push({ path: at, message: 'packages.errors.forbiddenKey' });
        else stack.push({ value: value[key], path: at });
      }
    }
  }
  return problems;
};

/** Keys of the file that the schema dropped from a record: each is a problem. */
const unknownFields = (raw: Json, parsed: Json, path: string, into: PackageProblem[]) => {
  if (into.length >= MAX_PACKAGE_PROBLEMS) return;
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, index) => unknownFields(item, parsed[index], childPath(path, index), into));
  } else if (isObject(raw) && isObject(parsed)) {
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(parsed, key))
        into.push({ path: childPath(path, key), message: 'packages.errors.unknownField' });
      else unknownFields(raw[key], parsed[key], childPath(path, key), into);
    }
  }
};

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
  if (!isObject(raw) || raw.format !== UNIT_PACKAGE_FORMAT)
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

/**
 * Reads and checks a unit package completely before anything uses it: size, JSON syntax,
 * format, versions and kind, every record against its schema (problems listed with their place,
 * e.g. `records.risks[2].owner`), the content hash over the file as written, the scope (every
 * record of the package's unit and year) and the chain of the unit's audit events.
 * Messages are i18n keys under `packages.errors`.
 */
export const parseUnitPackage = (
  text: string,
  options: ParseUnitPackageOptions,
): ParsedUnitPackage => {
  if (isTooLarge(text)) return refuse([{ path: '$', message: 'packages.errors.tooLarge' }]);
  let raw: Json;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // An image or a program chosen by mistake: its parser message would quote its bytes.
    if (looksBinary(text)) return refuse([{ path: '$', message: 'packages.errors.notText' }]);
    const detail = encodeURIComponent(error instanceof Error ? error.message : String(error));
    return refuse([{ path: '$', message: `packages.errors.notJson?detail=${detail}` }]);
  }
  const envelope = envelopeProblems(raw, options);
  if (envelope.length > 0) return refuse(envelope);
  const forbidden = forbiddenKeys(raw);
  if (forbidden.length > 0) return refuse(forbidden);
  const parsed = UnitPackageSchema.safeParse(raw);
  if (!parsed.success) return refuse(schemaProblems(parsed.error.issues));
  const unknown: PackageProblem[] = [];
  unknownFields(raw, parsed.data, '', unknown);
  if (unknown.length > 0) return refuse(unknown);
  if (!hashMatches(raw as Record<string, Json>))
    return refuse([{ path: 'contentSha256', message: 'packages.errors.hashMismatch' }]);
  const pkg = parsed.data;
  const problems = [...scopeProblems(pkg), ...auditSegmentProblems(pkg.auditEvents)];
  if (problems.length > 0) return refuse(problems);
  return { ok: true, pkg };
};
