import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

export const usePlanYears = () => {
  return useScopedLiveQuery(
    (db) =>
      db.planYears
        .orderBy('year')
        .filter((year) => year.deletedAt === null)
        .toArray(),
    [],
  );
};
