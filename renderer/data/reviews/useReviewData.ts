import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

/** What the review workspace reads for one year; undefined while loading. */
export const useReviewData = (year: number) => {
  return useScopedLiveQuery(
    async (db) => {
      const [units, actions, indicators, risks, assessments, approvals, planYear] =
        await Promise.all([
          db.units.toArray(),
          db.controlActions.where('year').equals(year).toArray(),
          db.indicators.where('year').equals(year).toArray(),
          db.risks.toArray(),
          db.assessments.toArray(),
          db.unitReviews
            .where('year')
            .equals(year)
            .filter((review) => review.deletedAt === null)
            .toArray(),
          db.planYears.where('year').equals(year).first(),
        ]);
      return {
        units,
        actions,
        indicators,
        risks,
        assessments,
        approvals,
        planYear: planYear ?? null,
      };
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
