import type { UnitReview, UnitReviewState } from '../../../shared/domain/unit-review';
import { ReturnCommentSchema, UnitReviewSchema } from '../../../shared/domain/unit-review';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { assertYearWritable } from '../door/yearLock';
import { assertNotInPackageMode, packageScopeTables } from '../door/packageScope';
import { requireController } from '../door/roles';
import { requirePlanYear } from '../years/planYearRepository';
import { findUnitReview } from '../door/approvals';

/** The controller's decisions at the year-end review: approve a unit's year, or return it with a comment. */
export const createReviewRepository = (db: ValvoDatabase, context: WriteContext) => {
  const tables = [
    db.unitReviews,
    db.planYears,
    db.units,
    db.auditEvents,
    ...packageScopeTables(db),
  ];

  const decide = async (unitId: string, year: number, state: UnitReviewState, comment: string) => {
    requireController(context);
    return db.transaction('rw', tables, async () => {
      const planYear = await requirePlanYear(db, year);
      await assertYearWritable(db, year);
      await assertNotInPackageMode(db);
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
      const after: UnitReview = validateRecord(
        UnitReviewSchema,
        before
          ? revise(before, { ...fields, deletedAt: null }, context)
          : { ...freshMeta(context), year, unitId, ...fields },
      );
      await db.unitReviews.put(after);
      await appendAuditEvents(db, context, [
        {
          entity: 'unitReview',
          entityId: after.id,
          op: before ? 'update' : 'create',
          before: before ?? null,
          after,
        },
      ]);
      return after;
    });
  };

  return {
    approve: (unitId: string, year: number) => decide(unitId, year, 'approved', ''),
    returnToUnit: async (unitId: string, year: number, comment: string) =>
      decide(unitId, year, 'returned', parseInput(ReturnCommentSchema, comment)),
  };
};

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
