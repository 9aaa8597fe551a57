import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../audit';
import { parseJsonText } from '../files/json-text';
import {
  BACKUP_TABLE_SCHEMAS,
  LATEST_SCHEMA_VERSION,
  schemaRelease,
  upgradeTables,
} from './versions';

/**
 * The backup file: one JSON document holding every table, with what wrote it and a SHA-256 of
 * its content, so a copy can be verified on its own. Export and import round-trip every record.
 */
export const BACKUP_FORMAT = 'valvo-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Today's record schemas; the ones of every earlier schema version are in ./versions. */
export { BACKUP_TABLE_SCHEMAS };
export type BackupTableName = keyof typeof BACKUP_TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTableName[];

export type BackupTables = { [K in BackupTableName]: z.infer<(typeof BACKUP_TABLE_SCHEMAS)[K]>[] };

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  organisation: string;
  auditChainHead: string | null;
};

/**
 * A backup as written, or as read: `parseBackup` checks a file from an older schema version
 * against that version's schemas and hash, then gives its `tables` in today's shape. The
 * header (`schemaVersion`, `contentSha256`, ...) always describes the file as it was written.
 */
export type BackupDocument = BackupHeader & { tables: BackupTables; contentSha256: string };

/** SHA-256 of everything but the hash itself, over canonical JSON (key order does not matter). */
export const backupContentHash = (
  document: BackupHeader & { tables: Readonly<Record<string, readonly unknown[]>> },
): string => bytesToHex(sha256(utf8ToBytes(canonicalJson(document))));

export const createBackupDocument = (
  header: Omit<BackupHeader, 'format' | 'formatVersion'>,
  tables: BackupTables,
): BackupDocument => {
  const body = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...header,
    tables,
  } as const;
  return { ...body, contentSha256: backupContentHash(body) };
};

export const serializeBackup = (document: BackupDocument): string => JSON.stringify(document);

export type BackupProblem = { path: string; message: string };
export type ParsedBackup =
  | { ok: true; document: BackupDocument; counts: Record<BackupTableName, number> }
  | { ok: false; problems: BackupProblem[] };

const HeaderSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int(),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string(),
    createdAt: z.iso.datetime(),
    organisation: z.string(),
    auditChainHead: z.string().nullable(),
    tables: z.record(z.string(), z.array(z.unknown())),
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

const MAX_PROBLEMS = 200;

const isBackupFormat = (raw: unknown) =>
  typeof raw === 'object' &&
  raw !== null &&
  !Array.isArray(raw) &&
  (raw as Record<string, unknown>).format === BACKUP_FORMAT;

/** A number JSON cannot hold again (1e999 reads as Infinity) cannot have been hashed either. */
const hashMatches = (
  body: BackupHeader & { tables: Readonly<Record<string, readonly unknown[]>> },
  contentSha256: string,
) => {
  try {
    return backupContentHash(body) === contentSha256;
  } catch {
    return false;
  }
};

/** Each record parsed with `schema`; a record that fails is kept as it was and its problems listed. */
const checkRecords = (
  name: string,
  rows: readonly unknown[],
  schema: z.ZodType,
  problems: BackupProblem[],
  message = 'backup.errors.badRecord',
): unknown[] =>
  rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success && problems.length < MAX_PROBLEMS) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push({
          path: `tables.${name}[${index}]${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
          message,
        });
      }
    }
    return parsed.success ? parsed.data : row;
  });

/**
 * Checks parsed JSON as a backup: format and version, every record against the schema of the
 * version that wrote it, and the content hash. A file from an older schema version is then
 * brought forward to today's records (./versions). Lists every problem found (up to 200) with
 * its place in the file, e.g. `tables.risks[12].owner`. `knownSchemaVersion`: the newest
 * version the caller accepts (the shell passes any); a version newer than that, or than this
 * code knows, is refused. The strict reading of a file from outside is ./read.ts.
 */
export const checkBackupValue = (raw: unknown, knownSchemaVersion: number): ParsedBackup => {
  // Other JSON (a unit package, an array) is one refusal, not a list of every missing field.
  if (!isBackupFormat(raw)) {
    return { ok: false, problems: [{ path: 'format', message: 'backup.errors.notBackup' }] };
  }
  const header = HeaderSchema.safeParse(raw);
  if (!header.success) {
    const problems = header.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.path[0] === 'format' ? 'backup.errors.notBackup' : 'backup.errors.badHeader',
    }));
    return { ok: false, problems };
  }
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION)
    return {
      ok: false,
      problems: [{ path: 'formatVersion', message: 'backup.errors.newerFormat' }],
    };
  const release =
    header.data.schemaVersion <= knownSchemaVersion
      ? schemaRelease(header.data.schemaVersion)
      : undefined;
  if (release === undefined)
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'backup.errors.newerSchema' }],
    };
  // First as written: the records against the schemas of the version that wrote them, the hash.
  const problems: BackupProblem[] = [];
  const written: Record<string, unknown[]> = {};
  for (const [name, schema] of Object.entries(release.tables)) {
    written[name] = checkRecords(name, header.data.tables[name] ?? [], schema, problems);
  }
  for (const name of Object.keys(header.data.tables)) {
    if (!Object.hasOwn(release.tables, name))
      problems.push({ path: `tables.${name}`, message: 'backup.errors.unknownTable' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const { contentSha256, ...body } = header.data;
  if (!hashMatches({ ...body, tables: written }, contentSha256))
    return {
      ok: false,
      problems: [{ path: 'contentSha256', message: 'backup.errors.hashMismatch' }],
    };
  // Then in today's shape: an older file's records brought forward, and checked once more.
  const isCurrent = release.version === LATEST_SCHEMA_VERSION;
  const upgraded = isCurrent ? written : upgradeTables(written, release.version);
  const tables = {} as Record<BackupTableName, unknown[]>;
  for (const name of BACKUP_TABLES) {
    const rows = upgraded[name] ?? [];
    tables[name] = isCurrent
      ? [...rows]
      : checkRecords(name, rows, BACKUP_TABLE_SCHEMAS[name], problems, 'backup.errors.notUpgraded');
  }
  if (problems.length > 0) return { ok: false, problems };
  const document = { ...body, tables, contentSha256 } as unknown as BackupDocument;
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length]),
  ) as Record<BackupTableName, number>;
  return { ok: true, document, counts };
};

/** A backup file's text checked as above; the shell's check of the files it writes and lists. */
export const parseBackup = (text: string, knownSchemaVersion: number): ParsedBackup => {
  const json = parseJsonText(text, 'backup.errors');
  return json.ok
    ? checkBackupValue(json.raw, knownSchemaVersion)
    : { ok: false, problems: [json.problem] };
};
