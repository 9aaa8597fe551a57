import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readReviewInput } from './readReviewInput';

/** What the review workspace reads for one year; undefined while loading. */
export const useReviewData = (year: number) => {
  return useScopedLiveQuery(
    async (db) => {
      const [input, planYear] = await Promise.all([
        readReviewInput(db, year),
        db.planYears.where('year').equals(year).first(),
      ]);
      return { ...input, planYear: planYear ?? null };
    },
    [year],
  );
};

/** One unit's review decision for a year (approved, returned with a comment, withdrawn), or null. */
export const useUnitReview = (unitId: string, year: number) => {
  return useScopedLiveQuery(
    async (db) =>
      (await db.unitReviews.where('[year+unitId]').equals([year, unitId]).first()) ?? null,
    [unitId, year],
  );
};
