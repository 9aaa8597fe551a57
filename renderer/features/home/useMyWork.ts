import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';
import { countCityWork, readMyWork } from './homeQueries';

/** The profile's rows, units and risks for the year; undefined while loading. */
export const useMyWork = (name: string, year: number, today: string) => {
  const db = useDatabase();
  return useLiveQuery(() => readMyWork(db, { name, year, today }), [db, name, year, today]);
};

/** City-wide counts, read only when asked for (controllers); undefined while loading or off. */
export const useCityCounts = (year: number, today: string, isWanted: boolean) => {
  const db = useDatabase();
  return useLiveQuery(
    async () => (isWanted ? countCityWork(db, year, today) : null),
    [db, year, today, isWanted],
  );
};
