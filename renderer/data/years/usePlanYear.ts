import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

/** The plan year record, null when the year has not been created; undefined while loading. */
export const usePlanYear = (year: number) => {
  return useScopedLiveQuery(
    async (db) => (await db.planYears.where('year').equals(year).first()) ?? null,
    [year],
  );
};
