import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';

/** A unit's live rows for one year in their saved order; undefined while loading. */
export const useUnitActions = (unitId: string, year: number) => {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.controlActions
        .where('[unitId+year]')
        .equals([unitId, year])
        .filter((row) => row.deletedAt === null)
        .sortBy('sortOrder'),
    [db, unitId, year],
  );
};
