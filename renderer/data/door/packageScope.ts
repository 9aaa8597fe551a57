import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';

/**
 * Package mode: while a unit package is open here (an `opened` record that is not deleted), this
 * Valvo is a working copy of one unit's year. Only that unit's rows, risks and assessments may
 * change, and the profile; everything else belongs to the controller's register and would be
 * lost on return. The door (scopeGuard) refuses every other write.
 */
export const findOpenedPackage = (db: ValvoDatabase): Promise<UnitPackageRecord | undefined> =>
  db.unitPackages
    .where('role')
    .equals('opened')
    .filter((record) => record.deletedAt === null)
    .first();

/** The refusal of a write outside the open package: it names the package's unit and year. */
export const packageRefusal = async (db: ValvoDatabase, opened: UnitPackageRecord, key: string) => {
  const unit = await db.units.get(opened.unitId);
  return new DomainError(key, { unit: unit?.name ?? '', year: opened.year });
};
