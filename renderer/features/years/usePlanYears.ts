import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';

export const usePlanYears = () => {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.planYears
        .orderBy('year')
        .filter((year) => year.deletedAt === null)
        .toArray(),
    [db],
  );
};
