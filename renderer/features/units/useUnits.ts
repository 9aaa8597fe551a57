import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';

/** Every unit that has not been purged, active or not; undefined while loading. */
export const useUnits = () => {
  const db = useDatabase();
  return useLiveQuery(() => db.units.filter((unit) => unit.deletedAt === null).toArray(), [db]);
};
