import type { ValvoDatabase } from '../core/database';

/**
 * What a year's review is computed from (shared/review/completeness.ts): every unit, the year's
 * rows and indicators, every risk and assessment, and the year's live review decisions. The
 * review screen and the close check read the same.
 */
export const readReviewInput = async (db: ValvoDatabase, year: number) => {
  const [units, actions, indicators, risks, assessments, approvals] = await Promise.all([
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
  ]);
  return { units, actions, indicators, risks, assessments, approvals };
};
