import { carriedAction, planCarryOver } from '../../../shared/review/carry-over';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import { createYearRepository } from './yearRepository';

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
    assertRole('controller', context);
    if (toYear <= fromYear) throw new DomainError('review.errors.carryBackwards');
    return writeTransaction(
      db,
      context,
      { rule: 'controller', tables: ['controlActions'] },
      async (tx) => {
        await tx.check([{ kind: 'organisation' }]);
        const source = await tx.requireYear(fromYear);
        if (source.status !== 'closed')
          throw new DomainError('review.errors.carryFromOpenYear', { year: fromYear });
        const existing = await db.planYears.where('year').equals(toYear).first();
        if (!existing) await createYearRepository(db, context).create(toYear, 'planning');
        await tx.check([{ kind: 'organisation', year: toYear }]);
        const rows = await db.controlActions.where('year').anyOf([fromYear, toYear]).toArray();
        const plan = planCarryOver({ fromYear, toYear, rows, picked });
        const nextOrder = new Map<string, number>();
        for (const row of rows.filter((item) => item.year === toYear)) {
          nextOrder.set(row.unitId, Math.max(nextOrder.get(row.unitId) ?? 0, row.sortOrder + 1));
        }
        const copies = plan.toCopy.map((from) => {
          const sortOrder = nextOrder.get(from.unitId) ?? 0;
          nextOrder.set(from.unitId, sortOrder + 1);
          const after = { ...freshMeta(context), ...carriedAction(from, toYear), sortOrder };
          return { before: null, after, op: 'create' as const };
        });
        await tx.write('controlAction', copies);
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
