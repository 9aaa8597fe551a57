import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

/**
 * A unit's live rows for one year in their saved order; undefined while loading, and while
 * another unit or year is shown, until this one's rows are read.
 */
export const useUnitActions = (unitId: string, year: number) =>
  useScopedLiveQuery(
    (db) =>
      db.controlActions
        .where('[unitId+year]')
        .equals([unitId, year])
        .filter((row) => row.deletedAt === null)
        .sortBy('sortOrder'),
    [unitId, year],
  );
