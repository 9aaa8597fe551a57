import type { SettingKey } from '../../../shared/domain/settings';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';

/**
 * Package mode: while a unit package is open here (an `opened` record that is not deleted), this
 * Valvo is a working copy of one unit's year. Only that unit's rows, risks and assessments may
 * change, and the profile; everything else belongs to the controller's register and would be
 * lost on return. Like the year lock, every repository write calls one of these inside its
 * transaction, which must then include `packageScopeTables(db)`.
 */
export const packageScopeTables = (db: ValvoDatabase) => [db.unitPackages, db.units];

export const findOpenedPackage = (db: ValvoDatabase): Promise<UnitPackageRecord | undefined> =>
  db.unitPackages
    .where('role')
    .equals('opened')
    .filter((record) => record.deletedAt === null)
    .first();

const refusal = async (db: ValvoDatabase, opened: UnitPackageRecord, key: string) => {
  const unit = await db.units.get(opened.unitId);
  return new DomainError(key, { unit: unit?.name ?? '', year: opened.year });
};

/** Writes to the organisation tree, years, reviews and organisation settings. */
export const assertNotInPackageMode = async (db: ValvoDatabase) => {
  const opened = await findOpenedPackage(db);
  if (opened) throw await refusal(db, opened, 'packages.errors.packageMode');
};

/**
 * A write to a record of `unitId` (and of `year`, for year-bound records: rows). Risks and their
 * assessments carry no year of their own and go with their unit.
 */
export const assertInPackageScope = async (
  db: ValvoDatabase,
  scope: { unitId: string; year?: number },
) => {
  const opened = await findOpenedPackage(db);
  if (!opened) return;
  const isInScope =
    scope.unitId === opened.unitId && (scope.year === undefined || scope.year === opened.year);
  if (!isInScope) throw await refusal(db, opened, 'packages.errors.outsidePackage');
};

/** The person's own profile stays theirs; every other setting is the organisation's. */
export const assertSettingWritable = async (db: ValvoDatabase, key: SettingKey) => {
  if (key !== 'profile') await assertNotInPackageMode(db);
};
