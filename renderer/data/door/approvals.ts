import type { UnitReview } from '../../../shared/domain/unit-review';
import { UnitReviewSchema } from '../../../shared/domain/unit-review';
import type { ValvoDatabase } from '../core/database';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';

/** Stored as the comment of a withdrawn approval; the UI and the audit log show its translation. */
export const EDITED_AFTER_APPROVAL = 'review.withdrawnReasons.editedAfterApproval';

export const findUnitReview = (db: ValvoDatabase, unitId: string, year: number) =>
  db.unitReviews.where('[year+unitId]').equals([year, unitId]).first();

/** The reviews of these unit-years, read with one query (a bulk edit touches many units). */
export const findUnitReviews = async (
  db: ValvoDatabase,
  pairs: readonly { unitId: string; year: number }[],
): Promise<UnitReview[]> => {
  if (pairs.length === 1) {
    const [only] = pairs;
    const review = await findUnitReview(db, only!.unitId, only!.year);
    return review ? [review] : [];
  }
  return db.unitReviews
    .where('[year+unitId]')
    .anyOf(pairs.map(({ unitId, year }) => [year, unitId]))
    .toArray();
};

export const isApproved = (review: UnitReview) =>
  review.deletedAt === null && review.state === 'approved';

/**
 * An approved unit whose records change is no longer approved: the withdrawn review, saying
 * why. The door stores it with its audit event in the transaction of the change.
 */
export const withdrawn = (review: UnitReview, context: WriteContext): UnitReview =>
  validateRecord(
    UnitReviewSchema,
    revise(
      review,
      {
        state: 'withdrawn',
        comment: EDITED_AFTER_APPROVAL,
        decidedAt: context.now().toISOString(),
      },
      context,
    ),
  );
