import type { PlanYear, PlanYearStatus } from '../../../shared/domain/plan-year';
import { PlanYearSchema } from '../../../shared/domain/plan-year';
import { closeBlockers, reviewChecklist } from '../../../shared/review/completeness';
import { ReturnCommentSchema } from '../../../shared/domain/unit-review';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';
import { assertNotInPackageMode, packageScopeTables } from '../door/packageScope';
import { requireController } from '../door/roles';
import { requirePlanYear } from './planYearRepository';

/** The moves a controller may make with the status buttons; closing and reopening have their own. */
const STEPS: Partial<Record<PlanYearStatus, PlanYearStatus[]>> = {
  planning: ['active'],
  active: ['review', 'planning'],
  review: ['active'],
};

/** What stands in the way of closing a year: every unit of the organisation, read in one go. */
export const findCloseBlockers = async (db: ValvoDatabase, year: number, today: string) => {
  const [units, actions, risks, assessments, approvals] = await Promise.all([
    db.units.toArray(),
    db.controlActions.where('year').equals(year).toArray(),
    db.risks.toArray(),
    db.assessments.toArray(),
    db.unitReviews
      .where('year')
      .equals(year)
      .filter((review) => review.deletedAt === null)
      .toArray(),
  ]);
  const roots = units.filter((unit) => unit.parentId === null && unit.deletedAt === null);
  return roots.flatMap((root) =>
    closeBlockers(
      reviewChecklist({ year, today, units, actions, risks, assessments, approvals }, root.id),
    ),
  );
};

/** Year transitions: planning → active → review → closed, reopening with a reason. Controllers only. */
export const createYearLifecycle = (db: ValvoDatabase, context: WriteContext) => {
  const tables = [
    db.planYears,
    db.units,
    db.controlActions,
    db.risks,
    db.assessments,
    db.unitReviews,
    db.auditEvents,
    ...packageScopeTables(db),
  ];

  const store = async (
    before: PlanYear,
    changes: Partial<PlanYear>,
    op: 'status' | 'close-year' | 'reopen-year',
  ) => {
    const after = validateRecord(PlanYearSchema, revise(before, changes, context));
    await db.planYears.put(after);
    await appendAuditEvents(db, context, [
      { entity: 'planYear', entityId: after.id, op, before, after },
    ]);
    return after;
  };

  return {
    setStatus: async (year: number, status: PlanYearStatus) => {
      requireController(context);
      return db.transaction('rw', tables, async () => {
        await assertNotInPackageMode(db);
        const before = await requirePlanYear(db, year);
        if (before.status === 'closed') throw new DomainError('years.errors.closed', { year });
        if (!STEPS[before.status]?.includes(status))
          throw new DomainError('years.errors.badTransition');
        return store(before, { status }, 'status');
      });
    },

    /** Refused while anything is incomplete; the error lists how many of each kind. */
    close: async (year: number, today: string) => {
      requireController(context);
      return db.transaction('rw', tables, async () => {
        await assertNotInPackageMode(db);
        const before = await requirePlanYear(db, year);
        if (before.status === 'closed')
          throw new DomainError('years.errors.alreadyClosed', { year });
        if (before.status !== 'review') throw new DomainError('years.errors.closeOnlyInReview');
        const blockers = await findCloseBlockers(db, year, today);
        if (blockers.length > 0) {
          const count = (kind: string) => blockers.filter((item) => item.kind === kind).length;
          throw new DomainError('years.errors.incomplete', {
            outcomes: count('missingOutcome'),
            risks: count('riskNotAssessed'),
            approvals: count('notApproved'),
          });
        }
        return store(
          before,
          { status: 'closed', closedAt: context.now().toISOString(), closedBy: context.actor() },
          'close-year',
        );
      });
    },

    reopen: async (year: number, reason: string) => {
      requireController(context);
      const why = parseInput(ReturnCommentSchema, reason);
      return db.transaction('rw', tables, async () => {
        await assertNotInPackageMode(db);
        const before = await requirePlanYear(db, year);
        if (before.status !== 'closed') throw new DomainError('years.errors.notClosed', { year });
        return store(
          before,
          { status: 'review', closedAt: null, closedBy: null, reopenReason: why },
          'reopen-year',
        );
      });
    },
  };
};

export type YearLifecycle = ReturnType<typeof createYearLifecycle>;
