import type { z } from 'zod';
import { AuditEventSchema } from '../domain/audit-event';
import { ControlActionSchema } from '../domain/control-action';
import { IndicatorSchema } from '../domain/indicator';
import { PlanYearSchema } from '../domain/plan-year';
import { AssessmentSchema, RiskSchema } from '../domain/risk';
import { SettingSchema } from '../domain/settings';
import { UnitSchema } from '../domain/unit';
import { PackageMergeRecordSchema, UnitPackageRecordSchema } from '../domain/unit-package';
import { UnitReviewSchema } from '../domain/unit-review';
import type { VersionThreeAction } from '../goals/kinds-upgrade';
import { upgradeActionToKinds } from '../goals/kinds-upgrade';

/**
 * The record schemas of every released database schema version, and pure record upgrades
 * between them. A backup says which version wrote it (`schemaVersion`); it is checked against
 * that version's own schemas, then brought forward here record by record, exactly as the
 * Dexie upgrades in renderer/data/core/migrations bring a database forward. So a backup taken
 * before a migration verifies as what it is and can still be restored by any later Valvo.
 *
 * Adding schema version N (beside renderer/data/core/migrations/000N-*.ts):
 * 1. `const VERSION_N = { ...VERSION_<N-1>, newTable: NewSchema } as const;`: every table that
 *    version's Dexie schema has, each with the schema of its records;
 * 2. one entry at the end of SCHEMA_RELEASES: `{ version: N, tables: VERSION_N, upgrade }`, where
 *    `upgrade` does to plain records what the Dexie upgrade does (`unchanged` when it only adds
 *    tables: a table a file does not hold reads as empty).
 * BACKUP_TABLE_SCHEMAS follows the last entry by itself. If a later change makes records an
 * older version wrote fail the live schema (a new required field, as `reopenReason` was), freeze
 * the old shape in that older version's tables, as PLAN_YEAR_V1 does. A live schema that only
 * widens (a new optional field, a new setting key) may stay shared with older versions.
 * An upgrade that drops or renames a field also needs the strict reader's unknown-field check
 * (./read.ts; it compares the file with the records as brought forward) to know the old name.
 * Add the new version's predecessor to OLDER in renderer/data/core/preMigration.test.ts: it
 * takes a copy of each older fixture database, restores it, and compares with what the Dexie
 * upgrade gave.
 */

type Tables = Readonly<Record<string, readonly unknown[]>>;
type TableSchemas = Readonly<Record<string, z.ZodType>>;
type AnyRecord = Readonly<Record<string, unknown>>;

export type SchemaRelease = {
  readonly version: number;
  /** Every table this version stores, with the schema its records had then. */
  readonly tables: TableSchemas;
  /** Brings records of the previous version to this one (pure; never used for version 1). */
  readonly upgrade: (tables: Tables) => Tables;
};

const unchanged = (tables: Tables): Tables => tables;

/** Changes every record of one table, leaving the other tables as they are. */
const mapTable = (tables: Tables, name: string, change: (record: AnyRecord) => AnyRecord) => ({
  ...tables,
  [name]: (tables[name] ?? []).map((record) => change(record as AnyRecord)),
});

/** Version 1 plan years had no reopen reason (0002-unit-reviews added it). */
const PLAN_YEAR_V1 = PlanYearSchema.omit({ reopenReason: true });

/** Rows before version 4 (0004-table-kinds) had no kind, priority or judgement override. */
const CONTROL_ACTION_V1 = ControlActionSchema.omit({
  kindId: true,
  priorityId: true,
  judgementOverride: true,
});

const VERSION_1 = {
  units: UnitSchema,
  planYears: PLAN_YEAR_V1,
  controlActions: CONTROL_ACTION_V1,
  risks: RiskSchema,
  assessments: AssessmentSchema,
  settings: SettingSchema,
  auditEvents: AuditEventSchema,
} as const;

const VERSION_2 = {
  ...VERSION_1,
  planYears: PlanYearSchema,
  unitReviews: UnitReviewSchema,
} as const;

/** Version 3 (0003-unit-packages) only added the tables of unit packages and their merges. */
const VERSION_3 = {
  ...VERSION_2,
  unitPackages: UnitPackageRecordSchema,
  packageMerges: PackageMergeRecordSchema,
} as const;

/** Version 4 (0004-table-kinds): rows get kinds, indicators become records of their own. */
const VERSION_4 = {
  ...VERSION_3,
  controlActions: ControlActionSchema,
  indicators: IndicatorSchema,
} as const;

/** As 0002-unit-reviews: plan years get `reopenReason: null`; `unitReviews` starts empty. */
const toVersion2 = (tables: Tables): Tables =>
  mapTable(tables, 'planYears', (planYear) =>
    planYear.reopenReason === undefined ? { ...planYear, reopenReason: null } : planYear,
  );

/** As 0004-table-kinds: each row the internal-control kind, its Toteutuma a text indicator. */
const toVersion4 = (tables: Tables): Tables => {
  const upgraded = (tables.controlActions ?? []).map((action) =>
    upgradeActionToKinds(action as VersionThreeAction),
  );
  return {
    ...tables,
    controlActions: upgraded.map((item) => item.action),
    indicators: upgraded.flatMap((item) => (item.indicator ? [item.indicator] : [])),
  };
};

export const SCHEMA_RELEASES = [
  { version: 1, tables: VERSION_1, upgrade: unchanged },
  { version: 2, tables: VERSION_2, upgrade: toVersion2 },
  { version: 3, tables: VERSION_3, upgrade: unchanged },
  { version: 4, tables: VERSION_4, upgrade: toVersion4 },
] as const satisfies readonly SchemaRelease[];

type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;
type LatestRelease = Last<typeof SCHEMA_RELEASES>;

const latestRelease = SCHEMA_RELEASES[SCHEMA_RELEASES.length - 1] as LatestRelease;

/** The newest schema version whose records this code knows. */
export const LATEST_SCHEMA_VERSION: number = latestRelease.version;

/** Today's record schemas, table by table: what a backup holds once it has been read. */
export const BACKUP_TABLE_SCHEMAS: LatestRelease['tables'] = latestRelease.tables;

/** The release that wrote `schemaVersion`, or undefined for a version this code does not know. */
export const schemaRelease = (schemaVersion: number): SchemaRelease | undefined =>
  SCHEMA_RELEASES.find((release) => release.version === schemaVersion);

/** Records of `fromVersion` brought forward through every later release's upgrade. */
export const upgradeTables = (tables: Tables, fromVersion: number): Tables =>
  SCHEMA_RELEASES.filter((release) => release.version > fromVersion).reduce<Tables>(
    (current, release) => release.upgrade(current),
    tables,
  );
