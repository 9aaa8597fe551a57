import type { PlanYear, PlanYearStatus } from '../../../shared/domain/plan-year';
import { PlanYearSchema } from '../../../shared/domain/plan-year';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { assertNotInPackageMode, packageScopeTables } from '../door/packageScope';

export const createPlanYearRepository = (db: ValvoDatabase, context: WriteContext) => ({
  /** Adds a plan year; refuses a year that already exists. */
  create: (year: number, status: PlanYearStatus = 'planning') =>
    db.transaction('rw', [db.planYears, db.auditEvents, ...packageScopeTables(db)], async () => {
      await assertNotInPackageMode(db);
      if (await db.planYears.where('year').equals(year).first()) {
        throw new DomainError('years.errors.exists', { year });
      }
      const record: PlanYear = validateRecord(PlanYearSchema, {
        ...freshMeta(context),
        year,
        status,
        closedAt: null,
        closedBy: null,
        reopenReason: null,
      });
      await db.planYears.add(record);
      await appendAuditEvents(db, context, [
        { entity: 'planYear', entityId: record.id, op: 'create', before: null, after: record },
      ]);
      return record;
    }),
});

export type PlanYearRepository = ReturnType<typeof createPlanYearRepository>;

/** The plan year a row is written to; refuses a year that has not been created. */
export const requirePlanYear = async (db: ValvoDatabase, year: number): Promise<PlanYear> => {
  const planYear = await db.planYears.where('year').equals(year).first();
  if (!planYear || planYear.deletedAt !== null)
    throw new DomainError('years.errors.missing', { year });
  return planYear;
};
