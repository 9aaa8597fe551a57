import { UnitReviewSchema } from '../../../shared/domain/unit-review';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';

/** Stored as the comment of a withdrawn approval; the UI and the audit log show its translation. */
export const EDITED_AFTER_APPROVAL = 'review.withdrawnReasons.editedAfterApproval';

export const findUnitReview = (db: ValvoDatabase, unitId: string, year: number) =>
  db.unitReviews.where('[year+unitId]').equals([year, unitId]).first();

/**
 * An approved unit whose records change is no longer approved: the approval is withdrawn in the
 * same transaction (which must include db.unitReviews and db.auditEvents), and the record says why.
 */
export const withdrawApproval = async (
  db: ValvoDatabase,
  context: WriteContext,
  unitId: string,
  year: number,
) => {
  const review = await findUnitReview(db, unitId, year);
  if (!review || review.deletedAt !== null || review.state !== 'approved') return;
  const after = validateRecord(
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
  await db.unitReviews.put(after);
  await appendAuditEvents(db, context, [
    { entity: 'unitReview', entityId: after.id, op: 'update', before: review, after },
  ]);
};
