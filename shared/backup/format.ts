import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../audit';
import { AuditEventSchema } from '../domain/audit-event';
import { ControlActionSchema } from '../domain/control-action';
import { PlanYearSchema } from '../domain/plan-year';
import { AssessmentSchema, RiskSchema } from '../domain/risk';
import { SettingSchema } from '../domain/settings';
import { UnitSchema } from '../domain/unit';
import { UnitReviewSchema } from '../domain/unit-review';

/**
 * The backup file: one JSON document holding every table, with what wrote it and a SHA-256 of
 * its content, so a copy can be verified on its own. Export and import round-trip every record.
 */
export const BACKUP_FORMAT = 'valvo-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_TABLE_SCHEMAS = {
  units: UnitSchema,
  planYears: PlanYearSchema,
  controlActions: ControlActionSchema,
  risks: RiskSchema,
  assessments: AssessmentSchema,
  settings: SettingSchema,
  unitReviews: UnitReviewSchema,
  auditEvents: AuditEventSchema,
} as const;
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

export type BackupDocument = BackupHeader & { tables: BackupTables; contentSha256: string };

/** SHA-256 of everything but the hash itself, over canonical JSON (key order does not matter). */
export const backupContentHash = (document: Omit<BackupDocument, 'contentSha256'>): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(document))));

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

/**
 * Reads and checks a backup completely before anything uses it: JSON syntax, format and
 * version, every record against its schema, and the content hash. Lists every problem found
 * (up to 200) with its place in the file, e.g. `tables.risks[12].owner`.
 */
export const parseBackup = (text: string, knownSchemaVersion: number): ParsedBackup => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `backup.errors.notJson?detail=${encodeURIComponent(String((error as Error).message))}`,
        },
      ],
    };
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
  if (header.data.schemaVersion > knownSchemaVersion)
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'backup.errors.newerSchema' }],
    };
  const problems: BackupProblem[] = [];
  const tables = {} as Record<BackupTableName, unknown[]>;
  for (const name of BACKUP_TABLES) {
    const rows = header.data.tables[name] ?? [];
    const schema = BACKUP_TABLE_SCHEMAS[name] as z.ZodType;
    tables[name] = rows.map((row, index) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success && problems.length < MAX_PROBLEMS) {
        for (const issue of parsed.error.issues.slice(0, 3)) {
          problems.push({
            path: `tables.${name}[${index}]${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
            message: 'backup.errors.badRecord',
          });
        }
      }
      return parsed.success ? parsed.data : row;
    });
  }
  for (const name of Object.keys(header.data.tables)) {
    if (!BACKUP_TABLES.includes(name as BackupTableName))
      problems.push({ path: `tables.${name}`, message: 'backup.errors.unknownTable' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const { contentSha256, ...body } = header.data;
  const document = { ...body, tables } as unknown as BackupDocument;
  if (backupContentHash(document) !== contentSha256)
    return {
      ok: false,
      problems: [{ path: 'contentSha256', message: 'backup.errors.hashMismatch' }],
    };
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length]),
  ) as Record<BackupTableName, number>;
  return { ok: true, document: { ...document, contentSha256 }, counts };
};
