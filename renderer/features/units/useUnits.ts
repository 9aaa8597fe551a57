import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';
import { readUnits } from './readUnits';

/** Every unit that has not been purged, active or not; undefined while loading. */
export const useUnits = () => {
  const db = useDatabase();
  return useLiveQuery(() => readUnits(db), [db]);
};
