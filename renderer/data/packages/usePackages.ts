import type { PackageMergeRecord, UnitPackageRecord } from '../../../shared/domain/unit-package';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { findOpenedPackage } from '../door/packageScope';

export type OpenedPackage = { record: UnitPackageRecord; unitName: string };

/** The package this Valvo works in: undefined while loading, null when none is open. */
export const useOpenedPackage = (): OpenedPackage | null | undefined => {
  return useScopedLiveQuery(async (db) => {
    const record = await findOpenedPackage(db);
    if (!record) return null;
    const unit = await db.units.get(record.unitId);
    return { record, unitName: unit?.name ?? '' };
  }, []);
};

export type IssuedPackage = {
  /** Without its base: the list needs the header only, and a city issues 2,000 a year. */
  record: Omit<UnitPackageRecord, 'base'>;
  unitName: string;
  /** Merges of this package's returns, newest first. */
  merges: PackageMergeRecord[];
};

/** The packages issued for a year, newest first, each with what has come back of it. */
export const useIssuedPackages = (year: number): IssuedPackage[] | undefined => {
  return useScopedLiveQuery(
    async (db) => {
      const records = await db.unitPackages
        .where('year')
        .equals(year)
        .filter((record) => record.role === 'issued' && record.deletedAt === null)
        .toArray();
      const merges = await db.packageMerges.where('year').equals(year).toArray();
      const units = await db.units.bulkGet([...new Set(records.map((record) => record.unitId))]);
      const names = new Map(units.flatMap((unit) => (unit ? [[unit.id, unit.name] as const] : [])));
      return records
        .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : a.issuedAt > b.issuedAt ? -1 : 0))
        .map(({ base: _base, ...record }) => ({
          record,
          unitName: names.get(record.unitId) ?? '',
          merges: merges
            .filter((merge) => merge.packageId === record.id && merge.deletedAt === null)
            .sort((a, b) => (a.mergedAt < b.mergedAt ? 1 : -1)),
        }));
    },
    [year],
  );
};
