import type { UnitReviewState } from '../../../shared/domain/unit-review';
import { ReturnCommentSchema } from '../../../shared/domain/unit-review';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { writeTransaction } from '../door/writeTransaction';
import { findUnitReview } from '../door/approvals';

/** The controller's decisions at the year-end review: approve a unit's year, or return it with a comment. */
export const createReviewRepository = (db: ValvoDatabase, context: WriteContext) => {
  const decide = (unitId: string, year: number, state: UnitReviewState, comment: string) =>
    writeTransaction(db, context, { rule: 'controller', tables: [] }, async (tx) => {
      const planYear = await tx.requireYear(year);
      // A review belongs to the year: refused in a closed year and in package mode.
      await tx.check([{ kind: 'organisation', year }]);
      if (planYear.status !== 'review')
        throw new DomainError('review.errors.notInReview', { year });
      const unit = await db.units.get(unitId);
      if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
      const before = await findUnitReview(db, unitId, year);
      const fields = {
        state,
        comment,
        decidedBy: context.actor(),
        decidedAt: context.now().toISOString(),
      };
      return before
        ? tx.update('unitReview', before, { ...fields, deletedAt: null }, 'update')
        : tx.create('unitReview', { year, unitId, ...fields });
    });

  return {
    approve: (unitId: string, year: number) => decide(unitId, year, 'approved', ''),
    returnToUnit: async (unitId: string, year: number, comment: string) =>
      decide(unitId, year, 'returned', parseInput(ReturnCommentSchema, comment)),
  };
};

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
