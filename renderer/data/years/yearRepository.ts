import type { PlanYear, PlanYearStatus } from '../../../shared/domain/plan-year';
import { closeBlockers, reviewChecklist } from '../../../shared/review/completeness';
import { ReturnCommentSchema } from '../../../shared/domain/unit-review';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { assertRole } from '../door/rules';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';
import { readReviewInput } from '../reviews/readReviewInput';

/** The moves a controller may make with the status buttons; closing and reopening have their own. */
const STEPS: Partial<Record<PlanYearStatus, PlanYearStatus[]>> = {
  planning: ['active'],
  active: ['review', 'planning'],
  review: ['active'],
};

/** What stands in the way of closing a year: every unit of the organisation, read in one go. */
export const findCloseBlockers = async (db: ValvoDatabase, year: number, today: string) => {
  const input = await readReviewInput(db, year);
  const { units } = input;
  const roots = units.filter((unit) => unit.parentId === null && unit.deletedAt === null);
  return roots.flatMap((root) =>
    closeBlockers(reviewChecklist({ ...input, year, today }, root.id)),
  );
};

/**
 * The plan years: adding one, and the transitions planning → active → review → closed, reopening
 * with a reason (controllers only). Every write is the organisation's: refused in package mode.
 */
export const createYearRepository = (db: ValvoDatabase, context: WriteContext) => {
  // Adding a year reads only the years (a carry-over adds one inside its own transaction);
  // the transitions read what closing checks.
  const write = <T>(rule: 'edit' | 'controller', body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(
      db,
      context,
      {
        rule,
        tables: rule === 'edit' ? [] : ['controlActions', 'indicators', 'risks', 'assessments'],
      },
      async (tx) => {
        await tx.check([{ kind: 'organisation' }]);
        return body(tx);
      },
    );

  const store = (
    tx: DoorTransaction,
    before: PlanYear,
    changes: Partial<PlanYear>,
    op: 'status' | 'close-year' | 'reopen-year',
  ) => tx.update('planYear', before, changes, op);

  return {
    /** Adds a plan year; refuses a year that already exists. */
    create: (year: number, status: PlanYearStatus = 'planning') =>
      write('edit', async (tx) => {
        if (await db.planYears.where('year').equals(year).first()) {
          throw new DomainError('years.errors.exists', { year });
        }
        return tx.create('planYear', {
          year,
          status,
          closedAt: null,
          closedBy: null,
          reopenReason: null,
        });
      }),

    setStatus: (year: number, status: PlanYearStatus) =>
      write('controller', async (tx) => {
        const before = await tx.requireYear(year);
        if (before.status === 'closed') throw new DomainError('years.errors.closed', { year });
        if (!STEPS[before.status]?.includes(status))
          throw new DomainError('years.errors.badTransition');
        return store(tx, before, { status }, 'status');
      }),

    /** Refused while anything is incomplete; the error lists how many of each kind. */
    close: (year: number, today: string) =>
      write('controller', async (tx) => {
        const before = await tx.requireYear(year);
        if (before.status === 'closed')
          throw new DomainError('years.errors.alreadyClosed', { year });
        if (before.status !== 'review') throw new DomainError('years.errors.closeOnlyInReview');
        const blockers = await findCloseBlockers(db, year, today);
        if (blockers.length > 0) {
          const count = (kind: string) => blockers.filter((item) => item.kind === kind).length;
          throw new DomainError('years.errors.incomplete', {
            outcomes: count('missingOutcome'),
            indicators: count('indicatorNotJudged'),
            risks: count('riskNotAssessed'),
            approvals: count('notApproved'),
          });
        }
        return store(
          tx,
          before,
          { status: 'closed', closedAt: context.now().toISOString(), closedBy: context.actor() },
          'close-year',
        );
      }),

    reopen: async (year: number, reason: string) => {
      // A reader is refused before the reason is read, as before any other write.
      assertRole('controller', context);
      const why = parseInput(ReturnCommentSchema, reason);
      return write('controller', async (tx) => {
        const before = await tx.requireYear(year);
        if (before.status !== 'closed') throw new DomainError('years.errors.notClosed', { year });
        return store(
          tx,
          before,
          { status: 'review', closedAt: null, closedBy: null, reopenReason: why },
          'reopen-year',
        );
      });
    },
  };
};

export type YearRepository = ReturnType<typeof createYearRepository>;
