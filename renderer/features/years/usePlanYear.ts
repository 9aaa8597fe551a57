import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';

/** The plan year record, null when the year has not been created; undefined while loading. */
export const usePlanYear = (year: number) => {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await db.planYears.where('year').equals(year).first()) ?? null,
    [db, year],
  );
};
