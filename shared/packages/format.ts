import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../audit';
import { AuditEventSchema } from '../domain/audit-event';
import { PlanYearSchema } from '../domain/plan-year';
import { SettingSchema } from '../domain/settings';
import { UnitSchema } from '../domain/unit';
import { PackageRecordsSchema } from '../domain/unit-package';
import { TEXT_LIMITS } from '../validation';

/**
 * The unit package: one unit's rows, risks and assessments for a year, sent by the controller
 * (`issue`) and sent back by the unit manager (`return`). Both carry the base: every record as it
 * was issued, which is what a merge compares both sides against.
 */
export const UNIT_PACKAGE_FORMAT = 'valvo-unit-package' as const;
/** 2: the rows' indicators travel too (`records.indicators`, `base.indicators`); 1 still reads. */
export const UNIT_PACKAGE_FORMAT_VERSION = 2;
/** Larger files are refused before parsing (a unit has tens of rows, not megabytes). */
export const UNIT_PACKAGE_MAX_BYTES = 20 * 1024 * 1024;

export { PACKAGE_TABLES, PackageRecordsSchema } from '../domain/unit-package';
export type { PackageRecords, PackageTable } from '../domain/unit-package';

export const UnitPackageSchema = z
  .object({
    format: z.literal(UNIT_PACKAGE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.enum(['issue', 'return']),
    packageId: z.uuid(),
    /** A new id for every return written; null in an issued package. */
    returnId: z.uuid().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string().min(1).max(TEXT_LIMITS.name) }),
    year: z.number().int().min(2000).max(2100),
    unitId: z.uuid(),
    issuedTo: z.string().min(1).max(TEXT_LIMITS.person),
    issuedBy: z.string().min(1).max(TEXT_LIMITS.person),
    issuedAt: z.iso.datetime(),
    returnedBy: z.string().min(1).max(TEXT_LIMITS.person).nullable(),
    returnedAt: z.iso.datetime().nullable(),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(100),
    /** The organisation, its risk matrix and categories, as setting records. */
    settings: z.array(SettingSchema),
    /** The unit and its ancestors, for names and the tree; never merged back. */
    units: z.array(UnitSchema),
    planYear: PlanYearSchema,
    records: PackageRecordsSchema,
    base: PackageRecordsSchema,
    /** Return only: the unit's audit events since the package was opened. */
    auditEvents: z.array(AuditEventSchema),
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type UnitPackage = z.infer<typeof UnitPackageSchema>;

const sha256Hex = (value: unknown) => bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));

/**
 * SHA-256 of the base records: the controller keeps it to recognise the base a return claims.
 * A base without indicators hashes as format 1 wrote it (no `indicators` key), so a package
 * issued before indicators travelled is still recognised when it comes back.
 */
export const packageBaseHash = (base: z.input<typeof PackageRecordsSchema>): string => {
  const { indicators, ...rest } = base;
  return sha256Hex(indicators === undefined || indicators.length === 0 ? rest : base);
};

const withoutIndicators = ({ indicators: _none, ...rest }: z.input<typeof PackageRecordsSchema>) =>
  rest;

/**
 * SHA-256 of everything but the hash itself, over canonical JSON. A format 1 file had no
 * `indicators`: read, it has empty ones, which are left out again so its hash still holds.
 */
export const packageContentHash = (body: Omit<UnitPackage, 'contentSha256'>): string =>
  sha256Hex(
    body.formatVersion === 1
      ? { ...body, records: withoutIndicators(body.records), base: withoutIndicators(body.base) }
      : body,
  );

export const createUnitPackage = (
  body: Omit<UnitPackage, 'format' | 'formatVersion' | 'contentSha256'>,
): UnitPackage => {
  const full = { format: UNIT_PACKAGE_FORMAT, formatVersion: UNIT_PACKAGE_FORMAT_VERSION, ...body };
  return { ...full, contentSha256: packageContentHash(full) };
};

export const serializeUnitPackage = (pkg: UnitPackage): string => JSON.stringify(pkg);
