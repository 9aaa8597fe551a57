import { ControlActionSchema } from '../../../shared/domain/control-action';
import { carriedRow, planCarryOver } from '../../../shared/review/carry-over';
import type { AuditDraft } from '../core/auditLog';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { assertYearWritable } from '../door/yearLock';
import { assertNotInPackageMode, packageScopeTables } from '../door/packageScope';
import { requireController } from '../door/roles';
import { createPlanYearRepository, requirePlanYear } from './planYearRepository';

export type CarryOverResult = {
  copied: number;
  alreadyCarried: number;
  ignored: number;
  createdYear: boolean;
};

/**
 * Continues a closed year's unfinished work in the next: postponed and not-done rows (and any the
 * controller picks) are copied with carriedFromId. Rows already carried are not copied again, so
 * running it twice merges instead of duplicating. Risks are not year-bound and simply carry on.
 */
export const createCarryOverRepository = (db: ValvoDatabase, context: WriteContext) => ({
  carryOver: async (
    fromYear: number,
    toYear: number,
    picked: string[] = [],
  ): Promise<CarryOverResult> => {
    requireController(context);
    if (toYear <= fromYear) throw new DomainError('review.errors.carryBackwards');
    return db.transaction(
      'rw',
      [db.planYears, db.controlActions, db.units, db.auditEvents, ...packageScopeTables(db)],
      async () => {
        await assertNotInPackageMode(db);
        const source = await requirePlanYear(db, fromYear);
        if (source.status !== 'closed')
          throw new DomainError('review.errors.carryFromOpenYear', { year: fromYear });
        const existing = await db.planYears.where('year').equals(toYear).first();
        if (!existing) await createPlanYearRepository(db, context).create(toYear, 'planning');
        await assertYearWritable(db, toYear);
        const rows = await db.controlActions.where('year').anyOf([fromYear, toYear]).toArray();
        const plan = planCarryOver({ fromYear, toYear, rows, picked });
        const nextOrder = new Map<string, number>();
        for (const row of rows.filter((item) => item.year === toYear)) {
          nextOrder.set(row.unitId, Math.max(nextOrder.get(row.unitId) ?? 0, row.sortOrder + 1));
        }
        const drafts: AuditDraft[] = [];
        for (const from of plan.toCopy) {
          const sortOrder = nextOrder.get(from.unitId) ?? 0;
          nextOrder.set(from.unitId, sortOrder + 1);
          const copy = validateRecord(ControlActionSchema, {
            ...freshMeta(context),
            ...carriedRow(from, toYear),
            sortOrder,
          });
          await db.controlActions.add(copy);
          drafts.push({
            entity: 'controlAction',
            entityId: copy.id,
            op: 'create',
            before: null,
            after: copy,
          });
        }
        await appendAuditEvents(db, context, drafts);
        return {
          copied: plan.toCopy.length,
          alreadyCarried: plan.alreadyCarried.length,
          ignored: plan.ignored.length,
          createdYear: !existing,
        };
      },
    );
  },
});

export type CarryOverRepository = ReturnType<typeof createCarryOverRepository>;
