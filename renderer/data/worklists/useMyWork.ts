import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { countCityWork, readMyWork } from './homeQueries';

/** The profile's rows, units and risks for the year; undefined while loading. */
export const useMyWork = (name: string, year: number, today: string) => {
  return useScopedLiveQuery((db) => readMyWork(db, { name, year, today }), [name, year, today]);
};

/** City-wide counts, read only when asked for (controllers); undefined while loading or off. */
export const useCityCounts = (year: number, today: string, isWanted: boolean) => {
  return useScopedLiveQuery(
    async (db) => (isWanted ? countCityWork(db, year, today) : null),
    [year, today, isWanted],
  );
};
